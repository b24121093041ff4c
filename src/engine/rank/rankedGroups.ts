import { groupBy } from "../groupBy";
import { type RankedList, type Standing, rankStandings } from "./rankNominees";

/** Ranked lists by group key. */
export type Groups = ReadonlyMap<string, RankedList>;

/** How the standings of a re-ranking differ from an earlier one (the what-ifs, issue 15). */
export interface Moves {
  /** The standing of each nominee index now; undefined for a nominee not ranked now. */
  readonly now: readonly (Standing | undefined)[];
  /** The standings now that were not there before, and the earlier standings no longer there. */
  readonly changed: readonly Standing[];
  /** The standings now of nominees not ranked before. */
  readonly appeared: readonly Standing[];
}

/** The group key of a standing; null leaves it out of every group. */
export type KeyOf = (s: Standing) => string | null;

/**
 * Standings grouped by key and ranked within each group, groups in order of first appearance. From an
 * earlier ranking, a group none of whose members moved keeps its ranked list as it was, and a group with a
 * moved member sorts again from its earlier order: the work follows the nominees a weight moved.
 */
export function rankedGroups(
  standings: readonly Standing[],
  keyOf: KeyOf,
  earlier?: { readonly groups: Groups; readonly moves: Moves }
): Map<string, RankedList> {
  if (!earlier) {
    const result = new Map<string, RankedList>();
    for (const [key, list] of groupBy(standings, keyOf))
      if (key !== null) result.set(key, rankStandings(list));
    return result;
  }
  const { groups, moves } = earlier;
  const dirty = new Set<string>();
  for (const s of moves.changed) {
    const key = keyOf(s);
    if (key !== null) dirty.add(key);
  }
  const joining = groupBy(moves.appeared, keyOf);
  const result = new Map<string, RankedList>();
  for (const [key, list] of groups) {
    if (!dirty.has(key)) {
      result.set(key, list);
      continue;
    }
    const members: Standing[] = [];
    for (const s of list.sorted) {
      const now = moves.now[s.score.nominee.index];
      if (now) members.push(now);
    }
    members.push(...(joining.get(key) ?? []));
    // In the earlier order, nearly sorted: the sort (a merge sort that finds runs) is quick.
    if (members.length > 0) result.set(key, rankStandings(members));
  }
  for (const [key, list] of joining)
    if (key !== null && !groups.has(key)) result.set(key, rankStandings(list));
  return result;
}
