import type { Criterion, Place } from "../model";
import { WEIGHTED_TYPES } from "../score/criterionTypes";
import type { RankResult } from "../result";

/** What a what-if weight applies to: one criterion's max points, or every weighted criterion of a group. */
export interface WeightTarget {
  readonly key: string;
  readonly kind: "criterion" | "group";
  /** The criterion's code (and field), or the group's name. */
  readonly label: string;
  /** The max points now: a criterion's, or the sum of the group's weighted criteria (across fields). */
  readonly max: number;
  /** Where the secretary changes it: the criterion's code cell, or the group's first criterion. */
  readonly place: Place;
  readonly applies: (c: Criterion) => boolean;
}

/** One nominee whose rank or awards would change. */
export interface Move {
  readonly id: string;
  readonly name: string;
  readonly rankBefore: number | null;
  readonly rankAfter: number | null;
  readonly awardsBefore: readonly string[];
  readonly awardsAfter: readonly string[];
}

const weighted = (c: Criterion) => !c.broken && WEIGHTED_TYPES.has(c.type);

/** The criteria and groups a slider can weigh: only types whose max points are a weight (§5). */
export function weightTargets(result: RankResult): WeightTarget[] {
  const all = (result.criteria?.all ?? []).filter(weighted);
  const criteria = all.map((c): WeightTarget => ({
    key: `c${c.index}`,
    kind: "criterion",
    label: c.fieldKey === null ? c.code : `${c.code} (${fieldOf(result, c)})`,
    max: c.max,
    place: c.codePlace,
    applies: (x) => x.index === c.index,
  }));
  const groups = result.groups.flatMap((g): WeightTarget[] => {
    const members = all.filter((c) => c.group === g);
    const first = members[0];
    if (!first) return [];
    return [
      {
        key: `g${g}`,
        kind: "group",
        label: g,
        max: members.reduce((sum, c) => sum + c.max, 0),
        place: first.codePlace,
        applies: (x) => x.group === g,
      },
    ];
  });
  return [...groups, ...criteria];
}

const fieldOf = (result: RankResult, c: Criterion) =>
  result.nominees.find((n) => n.nominee.fieldKey === c.fieldKey)?.nominee.field ?? c.fieldKey ?? "";

/**
 * Re-ranks with one target's weight times `factor` and lists who would move, in the base result's
 * order. Nothing is written: the base result holds a copy of the workbook's values.
 */
export function whatIf(base: RankResult, target: WeightTarget, factor: number): Move[] {
  const after = base.rerank((c) => (target.applies(c) ? factor : 1));
  return base.nominees.flatMap((b): Move[] => {
    const i = b.nominee.index;
    const rankAfter = after.rankOf(i);
    const awardsAfter = after.awards.get(i) ?? NO_AWARDS;
    const same = rankAfter === b.rank && sameAwards(awardsAfter, b.awards);
    if (same) return [];
    return [
      {
        id: b.nominee.id,
        name: b.nominee.name,
        rankBefore: b.rank,
        rankAfter,
        awardsBefore: b.awards,
        awardsAfter,
      },
    ];
  });
}

export const NO_AWARDS: readonly string[] = [];

/** The same awards, in the same order. */
export function sameAwards(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
