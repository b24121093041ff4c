import type { Reporter } from "../messages/Reporter";
import type { CriteriaBook, Criterion, Nominee, Scope, Settings } from "../model";
import { pointsAt } from "../score/points";
import type { NomineeScore } from "../score/scoreNominee";
import { matchKey } from "../text/normalize";

/** A ranked nominee's sort key: Score, then each tie-break, in cents. */
export interface Standing {
  readonly score: NomineeScore;
  readonly scoreCents: number;
  readonly ties: readonly number[];
}

/** Competition order of §7: Score, tie-breaks, highest first; then id by code point. */
export function compareStandings(a: Standing, b: Standing): number {
  if (a.scoreCents !== b.scoreCents) return b.scoreCents - a.scoreCents;
  for (let i = 0; i < a.ties.length; i++) {
    const d = (b.ties[i] ?? 0) - (a.ties[i] ?? 0);
    if (d !== 0) return d;
  }
  const x = a.score.nominee.id;
  const y = b.score.nominee.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a ranks strictly above b: a higher Score, or the same Score and better tie-breaks (§7); ids aside. */
export function ranksAbove(a: Standing, b: Standing): boolean {
  if (a.scoreCents !== b.scoreCents) return a.scoreCents > b.scoreCents;
  for (let i = 0; i < a.ties.length; i++) {
    const d = (a.ties[i] ?? 0) - (b.ties[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** Equal rank: neither ranks above the other. */
function sameRank(a: Standing, b: Standing): boolean {
  return !ranksAbove(a, b) && !ranksAbove(b, a);
}

/** The grade band of a Score in cents (§11): the first, highest threshold it reaches; "" for none. */
export function gradeAt(grades: Settings["grades"], scoreCents: number): string {
  return grades.find((g) => scoreCents / 100 >= g.threshold)?.name ?? "";
}

/** Standings in competition order, and the shared rank at each position (1, 2, 2, 4). */
export interface RankedList {
  readonly sorted: readonly Standing[];
  readonly ranks: readonly number[];
}

/** Sorts standings and gives each its shared rank. */
export function rankStandings(list: readonly Standing[]): RankedList {
  const sorted = [...list].sort(compareStandings);
  const ranks: number[] = [];
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    ranks.push(prev && sameRank(prev, s) ? (ranks[i - 1] as number) : i + 1);
  });
  return { sorted, ranks };
}

/** The scope group of a nominee (§7, §13.7): a text key and the first spelling seen. */
export function scopeKey(n: Nominee, scope: Scope): string {
  switch (scope) {
    case "field":
      return n.fieldKey;
    case "cluster":
      return n.clusterKey;
    case "unit":
      return n.unitKey;
    case "all":
      return "";
  }
}

export function scopeName(n: Nominee, scope: Scope): string {
  return scope === "field"
    ? n.field
    : scope === "cluster"
      ? n.cluster
      : scope === "unit"
        ? n.unit
        : "Toàn bộ";
}

/**
 * Tie-break values of a nominee: sums of points, a code before a group name; absent or not applicable
 * is 0 (§13.7). `reads` gives the positions each value sums, for a criteria list.
 */
export interface TieReader {
  (s: NomineeScore): number[];
  readonly reads: (list: readonly Criterion[]) => readonly (readonly number[])[];
}

export function tieBreakReader(
  settings: Settings,
  criteria: CriteriaBook,
  reporter: Reporter
): TieReader {
  const codes = new Set(criteria.all.map((c) => c.codeKey));
  const groups = new Map(criteria.groups.map((g) => [matchKey(g), g]));
  const entries: { code?: string; group?: string }[] = [];
  for (const t of settings.tieBreaks) {
    const key = matchKey(t.entry);
    if (codes.has(key)) entries.push({ code: key });
    else if (groups.has(key)) entries.push({ group: groups.get(key) as string });
    else reporter.add("unknownTieBreak", t.place, { entry: t.entry });
  }
  // Per criteria list (one per field), the positions each entry sums: found once, not per nominee.
  const positions = new Map<readonly Criterion[], number[][]>();
  const reads = (list: readonly Criterion[]) => {
    let at = positions.get(list);
    if (!at)
      positions.set(
        list,
        (at = entries.map((e) =>
          list.flatMap((c, i) =>
            (e.code !== undefined ? c.codeKey === e.code : c.group === e.group) ? [i] : []
          )
        ))
      );
    return at;
  };
  const of = (s: NomineeScore) =>
    reads(s.criteria).map((list) => {
      let sum = 0;
      for (const i of list) sum += pointsAt(s, i) ?? 0;
      return sum;
    });
  return Object.assign(of, { reads });
}
