import type { Criterion } from "../model";
import { NEEDS_TARGET } from "../read/readCriteria";
import type { RankResult } from "../rankCouncil";

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

/** Past this many nominee × weight runs the figure is left out, so that ranking stays quick. */
export const STABILITY_LIMIT = 20_000;

const awardsOf = (r: RankResult) =>
  new Map(r.nominees.map((n) => [n.nominee.index, n.awards.join("\u0000")]));

/**
 * Re-ranks the workbook with each weighted criterion's max points (and band points) at 90 % and 110 %,
 * one at a time, and counts the ranked nominees whose proposed awards never change. Null when the
 * workbook is too large for it to be quick.
 */
export function stability(base: RankResult): Stability | null {
  const weighted = (base.criteria?.all ?? []).filter((c) => !c.broken && NEEDS_TARGET.has(c.type));
  if (weighted.length === 0 || base.nominees.length * weighted.length * 2 > STABILITY_LIMIT)
    return null;
  const before = awardsOf(base);
  const fragile = new Map<number, { id: string; criterion: string; factor: number }>();
  for (const c of weighted)
    for (const factor of [0.9, 1.1]) {
      const after = awardsOf(base.rerank((x: Criterion) => (x.index === c.index ? factor : 1)));
      for (const n of base.nominees)
        if (
          n.rank !== null &&
          !fragile.has(n.nominee.index) &&
          after.get(n.nominee.index) !== before.get(n.nominee.index)
        )
          fragile.set(n.nominee.index, { id: n.nominee.id, criterion: c.code, factor });
    }
  const ranked = base.nominees.filter((n) => n.rank !== null).length;
  return { stable: ranked - fragile.size, ranked, fragile: [...fragile.values()] };
}
