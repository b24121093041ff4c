import type { Criterion } from "../model";
import { WEIGHTED_TYPES } from "../score/criterionTypes";
import type { RankResult } from "../result";

/** "Độ ổn định" (issue 6 §4): the share of ranked nominees whose awards survive every weight changed by ±10 %. */
export interface Stability {
  readonly stable: number;
  readonly ranked: number;
  /** Nominees whose awards change under some ±10 % weight, with the first change that does it. */
  readonly fragile: ReadonlyArray<{
    readonly id: string;
    readonly criterion: string;
    readonly factor: number;
  }>;
}

/**
 * Past this many nominee re-rankings (nominees × weighted criteria × 2) the figure is left out, so that
 * ranking stays quick: about a second on the bench's machine (issue 15; `npm run bench` measures it).
 */
export const STABILITY_LIMIT = 500_000;

/**
 * Re-ranks the workbook with each weighted criterion's max points (and band points) at 90 % and 110 %,
 * one at a time, and counts the ranked nominees whose proposed awards never change. Null when the
 * workbook is too large for it to be quick.
 */
export function stability(base: RankResult, limit = STABILITY_LIMIT): Stability | null {
  const weighted = (base.criteria?.all ?? []).filter(
    (c) => !c.broken && WEIGHTED_TYPES.has(c.type)
  );
  if (weighted.length === 0 || base.nominees.length * weighted.length * 2 > limit) return null;
  const key = (awards: readonly string[] | undefined) => (awards ?? []).join("\u0000");
  const fragile = new Map<number, { id: string; criterion: string; factor: number }>();
  for (const c of weighted)
    for (const factor of [0.9, 1.1]) {
      const after = base.rerank((x: Criterion) => (x.index === c.index ? factor : 1)).awards;
      for (const n of base.nominees)
        if (
          n.rank !== null &&
          !fragile.has(n.nominee.index) &&
          key(after.get(n.nominee.index)) !== key(n.awards)
        )
          fragile.set(n.nominee.index, { id: n.nominee.id, criterion: c.code, factor });
    }
  const ranked = base.nominees.filter((n) => n.rank !== null).length;
  return { stable: ranked - fragile.size, ranked, fragile: [...fragile.values()] };
}
