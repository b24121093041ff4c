import type { Exact } from "../expression/values";
import type { Message } from "../messages/message";
import type { Criterion, Nominee } from "../model";
import type { JudgingNote, NomineeScore } from "./scoreNominee";

/** The signed cents of the criterion at position `i`, or undefined when it has none. */
export function pointsAt(s: NomineeScore, i: number): number | undefined {
  const p = s instanceof MovedScore ? s.pointAt(i) : s.points[i];
  return p === undefined || Number.isNaN(p) ? undefined : p;
}

/** Whether `s` has the points of `before` at every position of `lists` (the tie-breaks' inputs). */
export function samePointsAt(
  s: NomineeScore,
  before: NomineeScore,
  lists: readonly (readonly number[])[]
): boolean {
  for (const list of lists)
    for (const i of list)
      if (
        !(s instanceof MovedScore && s.keeps(before, i)) &&
        pointsAt(s, i) !== pointsAt(before, i)
      )
        return false;
  return true;
}

/**
 * A score under other weights (`rescore`): the earlier score's points but at the moved positions. The
 * re-rankings of `Độ ổn định` read a few positions of each (the tie-breaks), so the whole list is copied
 * only when it is read whole: a copy per nominee per re-ranking was most of their memory (issue 15).
 */
export class MovedScore implements NomineeScore {
  readonly nominee: Nominee;
  readonly notApplicable: readonly boolean[];
  readonly requiredMet: boolean;
  readonly broken: readonly Criterion[];
  readonly judging: ReadonlyMap<number, JudgingNote>;
  readonly messages: readonly Message[];
  #points: readonly number[] | null = null;

  constructor(
    private readonly before: NomineeScore,
    readonly criteria: readonly Criterion[],
    private readonly moved: { readonly at: readonly number[]; readonly points: readonly number[] },
    readonly totalCents: number,
    readonly max: Exact | number,
    readonly scoreCents: number
  ) {
    this.nominee = before.nominee;
    this.notApplicable = before.notApplicable;
    this.requiredMet = before.requiredMet;
    this.broken = before.broken;
    this.judging = before.judging;
    this.messages = before.messages;
  }

  /** Whether this is `before` under other weights, with its points at position `i`: nothing to read. */
  keeps(before: NomineeScore, i: number): boolean {
    return this.before === before && !this.moved.at.includes(i);
  }

  /** The signed cents at position `i`, NaN when none, without copying the list. */
  pointAt(i: number): number | undefined {
    const m = this.moved.at.indexOf(i);
    return m < 0 ? this.before.points[i] : this.moved.points[m];
  }

  get points(): readonly number[] {
    if (!this.#points) {
      const points = this.before.points.slice();
      this.moved.at.forEach((i, m) => (points[i] = this.moved.points[m] as number));
      this.#points = points;
    }
    return this.#points;
  }
}
