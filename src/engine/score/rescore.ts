import type { Criterion } from "../model";
import { readValueCell, tooBig } from "../cell/readValue";
import { CRITERION_TYPES, signedPoints } from "./criterionTypes";
import { type NomineeScore, type ScoreInputs, maxOf, scoreOf } from "./scoreNominee";

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
  inputs: Pick<ScoreInputs, "cell" | "judged">
): NomineeScore | null {
  if (before.scoreCents === null) return null;
  const points = before.points.slice();
  // Cents are integers: the Total moves by exactly what the moved positions do.
  let totalCents = before.totalCents;
  for (const i of moved) {
    const c = criteria[i] as Criterion;
    if (c.broken || before.notApplicable[i]) continue;
    if (Number.isNaN(points[i]) || (inputs.judged?.get(c.index)?.length ?? 0) > 0) return null;
    const cell = inputs.cell(c);
    // No cell or an empty one scores 0 at any weight.
    if (cell === undefined || cell === null) continue;
    let value: number;
    if (cell.t === "n" && !cell.pct && !cell.date && !tooBig(cell.v)) value = cell.v;
    else {
      const v = readValueCell(cell);
      if (v.kind === "empty") continue;
      if (v.kind !== "number") return null;
      value = v.value;
    }
    const cents = CRITERION_TYPES[c.type].score(value, undefined, c);
    if (typeof cents !== "number") return null;
    const signed = signedPoints(c, cents);
    totalCents += signed - (points[i] as number);
    points[i] = signed;
  }
  const max = maxOf(criteria, before.notApplicable);
  const scoreCents = scoreOf(totalCents, max);
  if (scoreCents === null) return null;
  // Spelled out, not spread: one object shape for every score, which keeps the hot paths monomorphic.
  return {
    nominee: before.nominee,
    criteria,
    points,
    notApplicable: before.notApplicable,
    totalCents,
    max,
    scoreCents,
    requiredMet: before.requiredMet,
    broken: before.broken,
    judging: before.judging,
    messages: before.messages,
  };
}
