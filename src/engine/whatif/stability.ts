import { groupBy } from "../groupBy";
import type { Criterion } from "../model";
import { WEIGHTED_TYPES } from "../score/criterionTypes";
import type { NomineeResult, RankResult } from "../result";
import { NO_AWARDS, sameAwards } from "./whatIf";

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
 * Past this many nominee re-scorings (for each weighted criterion, the nominees it applies to, twice) the
 * figure is left out, so that ranking stays quick. A re-ranking scores again only the nominees a weight
 * applies to, and ranks again only their groups (issue 15): 10,000 nominees with 40 criteria each, in
 * four fields, are 780,000 and given. `npm run bench` times it.
 */
export const STABILITY_LIMIT = 1_000_000;

/**
 * Re-ranks the workbook with each weighted criterion's max points (and band points) at 90 % and 110 %,
 * one at a time, and counts the ranked nominees whose proposed awards never change. Null when the
 * workbook is too large for it to be quick.
 */
export function stability(base: RankResult, limit = STABILITY_LIMIT): Stability | null {
  const weighted = (base.criteria?.all ?? []).filter(
    (c) => !c.broken && WEIGHTED_TYPES.has(c.type)
  );
  if (weighted.length === 0 || rescorings(base, weighted) > limit) return null;
  const ranked = base.nominees.filter((n) => n.rank !== null);
  const rankedAt = new Map(ranked.map((n) => [n.nominee.index, n]));
  const awarded = ranked.filter((n) => n.awards.length > 0);
  const fragile = new Map<number, { id: string; criterion: string; factor: number }>();
  for (const c of weighted)
    for (const factor of [0.9, 1.1]) {
      const after = base.rerank((x: Criterion) => (x.index === c.index ? factor : 1)).awards;
      const check = (n: NomineeResult) => {
        const i = n.nominee.index;
        if (!fragile.has(i) && !sameAwards(after.get(i) ?? NO_AWARDS, n.awards))
          fragile.set(i, { id: n.nominee.id, criterion: c.code, factor });
      };
      // Only a nominee with awards before or after can have other awards: not all of them are walked.
      for (const n of awarded) check(n);
      for (const i of after.keys()) {
        const n = rankedAt.get(i);
        if (n && n.awards.length === 0) check(n);
      }
    }
  return {
    stable: ranked.length - fragile.size,
    ranked: ranked.length,
    fragile: ranked.flatMap((n) => fragile.get(n.nominee.index) ?? []),
  };
}

/** How many nominee scores the figure takes again: per weighted criterion, the nominees it applies to, ×2. */
function rescorings(base: RankResult, weighted: readonly Criterion[]): number {
  const isWeighted = new Set(weighted);
  let count = 0;
  for (const [fieldKey, list] of groupBy(base.nominees, (r) => r.nominee.fieldKey)) {
    const own = base.criteria?.forField(fieldKey) ?? [];
    count += list.length * own.filter((c) => isWeighted.has(c)).length * 2;
  }
  return count;
}
