import { groupBy } from "../groupBy";
import {
  type RankedList,
  type Standing,
  compareStandings,
  rankStandings,
  ranksAbove,
} from "./rankNominees";

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

/** Standings grouped by key and ranked within each group, groups in order of first appearance. */
export function rankedGroups(
  standings: readonly Standing[],
  keyOf: KeyOf
): Map<string, RankedList> {
  const result = new Map<string, RankedList>();
  for (const [key, list] of groupBy(standings, keyOf))
    if (key !== null) result.set(key, rankStandings(list));
  return result;
}

/**
 * A ranked list sorted only as far as it is read: what handing out an award needs when it stops where the
 * quota is full (the what-ifs and `Độ ổn định`, issue 15). Places come from the top, merging the earlier
 * order of the standings that did not move with the moved ones, drawn from a heap in competition order:
 * the same list a full sort gives, read to the k-th place in O(moved + k log moved).
 */
export class TopDownList {
  /** The places read so far, with their shared ranks. */
  private readonly sorted: Standing[] = [];
  private readonly ranks: number[] = [];
  private readonly heap: Standing[];
  /** The next place of the earlier list to look at. */
  private next = 0;

  constructor(
    private readonly earlier: readonly Standing[],
    moved: readonly Standing[],
    private readonly now: Moves["now"],
    /** How many standings the list holds. */
    readonly size: number
  ) {
    this.heap = moved.slice();
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** The standing at place i (0-based) and its rank; i must be below `size`. */
  at(i: number): Standing {
    while (this.sorted.length <= i) this.take();
    return this.sorted[i] as Standing;
  }

  rankAt(i: number): number {
    this.at(i);
    return this.ranks[i] as number;
  }

  private take(): void {
    const kept = this.keptHead();
    const top = this.heap[0];
    const s =
      top !== undefined && (kept === undefined || compareStandings(top, kept) < 0)
        ? this.pop()
        : (this.next++, kept);
    if (s === undefined) throw new RangeError("past the end of a ranked list");
    const i = this.sorted.length;
    const prev = this.sorted[i - 1];
    this.sorted.push(s);
    this.ranks.push(prev && !ranksAbove(prev, s) ? (this.ranks[i - 1] as number) : i + 1);
  }

  /** The first earlier standing from `next` on that is still there unmoved. */
  private keptHead(): Standing | undefined {
    while (this.next < this.earlier.length) {
      const s = this.earlier[this.next] as Standing;
      if (this.now[s.score.nominee.index] === s) return s;
      this.next++;
    }
    return undefined;
  }

  private pop(): Standing {
    const heap = this.heap;
    const top = heap[0] as Standing;
    const last = heap.pop() as Standing;
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && compareStandings(heap[l] as Standing, heap[m] as Standing) < 0) m = l;
      if (r < heap.length && compareStandings(heap[r] as Standing, heap[m] as Standing) < 0) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as Standing, heap[i] as Standing];
      i = m;
    }
  }
}

/** A ranked list as handing out an award reads it: its size, and each place from the top with its rank. */
export interface Places {
  readonly size: number;
  at(i: number): Standing;
  rankAt(i: number): number;
}

/** The places of a list sorted whole. */
export function placesOf({ sorted, ranks }: RankedList): Places {
  return {
    size: sorted.length,
    at: (i) => sorted[i] as Standing,
    rankAt: (i) => ranks[i] as number,
  };
}

/**
 * `rankedGroups` from an earlier ranking, each moved group as a `TopDownList`: for an allocation that reads
 * only the top of each group. Groups none of whose members moved are the earlier lists.
 */
export function topDownGroups(
  keyOf: KeyOf,
  { groups, moves }: { readonly groups: Groups; readonly moves: Moves }
): Map<string, Places> {
  const appeared = new Set(moves.appeared);
  const moved = new Map<string, { now: Standing[]; left: number }>();
  for (const s of moves.changed) {
    const key = keyOf(s);
    if (key === null) continue;
    let m = moved.get(key);
    if (!m) moved.set(key, (m = { now: [], left: 0 }));
    // A changed standing is a member's new one (or a newcomer's), or one that left.
    if (moves.now[s.score.nominee.index] === s) {
      m.now.push(s);
      if (!appeared.has(s)) m.left++;
    } else m.left++;
  }
  const result = new Map<string, Places>();
  for (const [key, list] of groups) {
    const m = moved.get(key);
    if (!m) result.set(key, placesOf(list));
    else {
      const size = list.sorted.length - m.left + m.now.length;
      if (size > 0) result.set(key, new TopDownList(list.sorted, m.now, moves.now, size));
    }
  }
  for (const [key, m] of moved)
    if (!groups.has(key) && m.now.length > 0)
      result.set(key, new TopDownList([], m.now, moves.now, m.now.length));
  return result;
}
