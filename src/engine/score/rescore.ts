import type { Criterion, Judged } from "../model";
import type { Cell } from "../snapshot";
import { readValueCell, tooBig } from "../cell/readValue";
import { CRITERION_TYPES, signedPoints } from "./criterionTypes";
import { MovedScore } from "./points";
import { type NomineeScore, maxOf, scoreOf } from "./scoreNominee";

/** What a re-ranking reads for the nominees of one field: the same object for each of them. */
export interface RescoreInputs {
  /** Nominee index and criterion to cell, and to judge scores. */
  readonly cell: (nominee: number, c: Criterion) => Cell | undefined;
  readonly judged: Judged;
  /** Per moved position, the column of the field's nominees, by the nominee's `row`. */
  readonly columns: readonly Column[];
}

/**
 * A criterion position's cells and points before, for the nominees of a field: read once, a re-ranking
 * reads these contiguous numbers, not a cell object and a points list per nominee.
 */
export interface Column {
  /** The plain numbers of the cells (`plainNumber`). */
  readonly values: Float64Array;
  /** The signed cents before (NaN for none). */
  readonly points: Float64Array;
}

/**
 * A cell's value where it is a plain number, which a re-ranking reads as it is; NaN where the cell is
 * read in full. The what-ifs read a column of these once, not the cells of every nominee each time.
 */
export function plainNumber(cell: Cell | undefined): number {
  return cell && cell.t === "n" && !cell.pct && !cell.date && !tooBig(cell.v) ? cell.v : NaN;
}

/**
 * A nominee's score under other weights, from its score before (issue 15): only the positions `moved`,
 * whose criterion has another weight, are scored again, from the same cells; Total, Max and Score
 * follow. Messages, the required criteria and the judges' notes cannot change with a weight. Null where
 * this would not be exact: a moved position in error, averaged from judges or holding what is not a plain
 * number, or a Max of 0 before or after (its message comes and goes); the nominee is then scored afresh.
 */
export function rescore(
  before: NomineeScore,
  criteria: readonly Criterion[],
  moved: readonly number[],
  inputs: RescoreInputs,
  row: number
): NomineeScore | null {
  if (before.scoreCents === null) return null;
  const n = before.nominee.index;
  const judged = inputs.judged.get(n);
  const points = new Array<number>(moved.length);
  // Cents are integers: the Total moves by exactly what the moved positions do.
  let totalCents = before.totalCents;
  for (let m = 0; m < moved.length; m++) {
    const column = inputs.columns[m] as Column;
    points[m] = column.points[row] as number;
    const i = moved[m] as number;
    const c = criteria[i] as Criterion;
    if (c.broken || before.notApplicable[i]) continue;
    if (Number.isNaN(points[m]) || (judged?.get(c.index)?.length ?? 0) > 0) return null;
    let value = column.values[row] as number;
    if (Number.isNaN(value)) {
      const cell = inputs.cell(n, c);
      // No cell or an empty one scores 0 at any weight.
      if (cell === undefined || cell === null) continue;
      const v = readValueCell(cell);
      if (v.kind === "empty") continue;
      if (v.kind !== "number") return null;
      value = v.value;
    }
    const cents = CRITERION_TYPES[c.type].score(value, undefined, c);
    if (typeof cents !== "number") return null;
    const signed = signedPoints(c, cents);
    totalCents += signed - (points[m] as number);
    points[m] = signed;
  }
  const max = maxOf(criteria, before.notApplicable);
  const scoreCents = scoreOf(totalCents, max);
  if (scoreCents === null) return null;
  return new MovedScore(before, criteria, { at: moved, points }, totalCents, max, scoreCents);
}
