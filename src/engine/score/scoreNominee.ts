import type { RawValue } from "../expression/compileExpression";
import { Exact, ExpressionError, NotApplicable } from "../expression/values";
import type { Message } from "../messages/message";
import { NomineeMessages, type Say } from "../messages/Reporter";
import type { Criterion, JudgeScore, Nominee, Place } from "../model";
import { readValueCell, tooBig } from "../cell/readValue";
import { reasonParams } from "../messages/reasons";
import type { Cell } from "../snapshot";
import { matchKey } from "../text/normalize";
import { divideRounded, exactCents, toCents } from "./cents";
import { CRITERION_TYPES, meetsTarget, signedPoints } from "./criterionTypes";

/** One nominee's points (contract §5): cents per criterion, Total, Max and Score. */
export interface NomineeScore {
  readonly nominee: Nominee;
  readonly criteria: readonly Criterion[];
  /** Signed cents at each criterion's position (deductions negative); NaN when not applicable or in error. */
  readonly points: readonly number[];
  /** True at the positions of the criteria that are not applicable. */
  readonly notApplicable: readonly boolean[];
  readonly totalCents: number;
  /** Max in cents; exact decimals only when a max has more than 2 decimals. */
  readonly max: Exact | number;
  /** Score in cents, null when Max is 0. */
  readonly scoreCents: number | null;
  readonly requiredMet: boolean;
  /** Criteria of the field with a bad definition (§13.3). */
  readonly broken: readonly Criterion[];
  /** At the positions scored by judges: how many, how far apart, who was left out (issue 7 §4). */
  readonly judging: ReadonlyMap<number, JudgingNote>;
  /** What scoring said of the nominee: its bad cells, unmet requirements. */
  readonly messages: readonly Message[];
}

export interface JudgingNote {
  readonly judges: number;
  /** Highest minus lowest score used. */
  readonly spread: number;
  /** Judges left out because they score their own unit. */
  readonly excluded: readonly string[];
  readonly normalized: boolean;
}

/** Where a nominee's values are: its results cells, its judge score cells. */
export interface ScoreInputs {
  /** The position in the field's criteria of the criterion a code key names, or -1. */
  readonly positionOf: (codeKey: string) => number;
  /** The results cell of a criterion; undefined when the nominee has none. */
  readonly cell: (c: Criterion) => Cell | undefined;
  readonly place: (c: Criterion) => Place;
  readonly judged: ReadonlyMap<number, readonly JudgeScore[]> | undefined;
  readonly dropExtremes: boolean;
}

// What reading a criterion's value gave, per position.
const UNREAD = 0;
const VALUE = 1;
const NA = 2;
const EMPTY = 3; // an empty cell
const NONE = 4; // no cell at all
const ERROR = 5;

/** Scores one nominee against the criteria of its field, reporting each bad cell. */
export function scoreNominee(
  n: Nominee,
  criteria: readonly Criterion[],
  inputs: ScoreInputs
): NomineeScore {
  const reporter = new NomineeMessages();
  const count = criteria.length;
  // Plain arrays: small typed arrays cost more to allocate than they save here.
  const state: number[] = new Array<number>(count).fill(UNREAD);
  const values: number[] = new Array<number>(count).fill(0);
  const exacts = new Map<number, Exact>();
  const judging = new Map<number, JudgingNote>();
  const read = (i: number): number => {
    if (state[i] === UNREAD)
      state[i] = readValue(
        n,
        criteria[i] as Criterion,
        i,
        inputs,
        { values, exacts, judging },
        reporter
      );
    return state[i] as number;
  };
  const points: number[] = new Array<number>(count).fill(NaN);
  // Made only for a nominee with a criterion not applicable: the others share one list.
  let na: boolean[] | null = null;
  const notApplicableAt = (i: number) => ((na ??= new Array<boolean>(count).fill(false))[i] = true);
  let requiredMet = true;
  let totalCents = 0;
  for (let i = 0; i < count; i++) {
    const c = criteria[i] as Criterion;
    if (c.broken) continue;
    const s = read(i);
    const rule = CRITERION_TYPES[c.type];
    let cents: number | null = null;
    if (s === NA) notApplicableAt(i);
    else if (c.type === "formula") {
      const f = scoreFormula(n, c, i, inputs, read, values, reporter);
      if (f === "na") notApplicableAt(i);
      else cents = f;
    } else if (s === EMPTY || s === NONE) {
      if (rule.role === "base")
        reporter.add(
          s === EMPTY ? "missingCell" : "noCell",
          s === EMPTY ? inputs.place(c) : n.idPlace,
          { code: c.code },
          n.index
        );
      cents = 0;
    } else if (s === VALUE)
      cents = valueCents(n, c, values[i] as number, exacts.get(i), inputs, reporter);
    if (!meetsRequired(n, c, s, values[i] as number, inputs, reporter)) requiredMet = false;
    if (cents === null) continue;
    const signed = signedPoints(c, cents);
    points[i] = signed;
    totalCents += signed;
  }
  const notApplicable = na ?? allApplicable(count);
  const max = maxOf(criteria, notApplicable);
  const scoreCents = scoreOf(totalCents, max);
  const broken = criteria.filter((c) => c.broken);
  // A bad definition or a bad nominee row already unranks the nominee: no second, misleading reason.
  if (scoreCents === null && broken.length === 0 && !n.invalid)
    reporter.add("noMax", n.idPlace, {}, n.index);
  return {
    nominee: n,
    criteria,
    points,
    notApplicable,
    totalCents,
    max,
    scoreCents,
    requiredMet,
    broken,
    judging,
    messages: reporter.list,
  };
}

/**
 * Max in cents (§5): the base criteria's max points, but for those not applicable. A criterion in error
 * still counts: the nominee is unranked anyway, and Max is never 0 by mistake.
 */
export function maxOf(
  criteria: readonly Criterion[],
  notApplicable: readonly boolean[]
): Exact | number {
  // Most nominees have every criterion applicable: their Max is their field's.
  const plain = notApplicable === ALL_APPLICABLE[criteria.length] || !notApplicable.includes(true);
  const known = plain ? plainMax.get(criteria) : undefined;
  if (known !== undefined) return known;
  const max = sumOfMax(criteria, notApplicable);
  if (plain) plainMax.set(criteria, max);
  return max;
}

const plainMax = new WeakMap<readonly Criterion[], Exact | number>();

/** One shared list per length for the nominees with every criterion applicable: most, and no copy each. */
const ALL_APPLICABLE: (readonly boolean[])[] = [];
const allApplicable = (count: number) =>
  (ALL_APPLICABLE[count] ??= Object.freeze(new Array<boolean>(count).fill(false)));

function sumOfMax(
  criteria: readonly Criterion[],
  notApplicable: readonly boolean[]
): Exact | number {
  let cents = 0;
  let exact: Exact | null = null;
  criteria.forEach((c, i) => {
    if (c.broken || notApplicable[i] || CRITERION_TYPES[c.type].role !== "base") return;
    // A max of at most 2 decimals is whole cents: the double nearest to m / 100 is the max read.
    const m = Math.round(c.max * 100);
    if (exact === null && m / 100 === c.max) cents += m;
    else exact = (exact ?? new Exact(cents)).plus(new Exact(String(c.max)).times(100));
  });
  return exact ?? cents;
}

/** Score in cents: Total over Max, rounded half away from zero; null when Max is 0. */
export function scoreOf(totalCents: number, max: Exact | number): number | null {
  if (typeof max === "number") return max === 0 ? null : divideRounded(totalCents * 10000, max);
  return max.isZero() ? null : exactCents(new Exact(totalCents).div(max).times(100));
}

/** The points of a read value, or null with its error said at its cell. */
function valueCents(
  n: Nominee,
  c: Criterion,
  value: number,
  exact: Exact | undefined,
  inputs: ScoreInputs,
  reporter: Say
): number | null {
  const p = CRITERION_TYPES[c.type].score(value, exact, c);
  if (typeof p === "number") return p;
  reporter.add(p, placeOf(c, inputs), { code: c.code, value: String(value), max: c.max }, n.index);
  return null;
}

/**
 * Bắt buộc (§13.3): not applicable meets it; empty or absent counts as 0; a formula without a cell is not
 * checked. An unmet requirement is said at the value's cell.
 */
function meetsRequired(
  n: Nominee,
  c: Criterion,
  s: number,
  value: number,
  inputs: ScoreInputs,
  reporter: Say
): boolean {
  if (!c.required || s === NA || s === ERROR || (c.type === "formula" && s === NONE)) return true;
  if (meetsTarget(s === VALUE ? value : 0, c)) return true;
  reporter.add(
    "requiredNotMet",
    s === NONE ? n.idPlace : placeOf(c, inputs),
    { code: c.code },
    n.index
  );
  return false;
}

/** What reading a nominee's values collects, by position. */
interface Found {
  readonly values: number[];
  readonly exacts: Map<number, Exact>;
  readonly judging: Map<number, JudgingNote>;
}

/** The place of a criterion's value: the first judge score, or its results cell. */
function placeOf(c: Criterion, inputs: ScoreInputs): Place {
  return inputs.judged?.get(c.index)?.[0]?.place ?? inputs.place(c);
}

/** Reads the value at position `i`: the judges' mean where there are judge rows, else the results cell (§4, §13.4). */
function readValue(
  n: Nominee,
  c: Criterion,
  i: number,
  inputs: ScoreInputs,
  found: Found,
  reporter: Say
): number {
  const { values } = found;
  const judged = inputs.judged?.get(c.index);
  if (judged && judged.length > 0)
    return judgesMean(n, c, i, judged, inputs.dropExtremes, found, reporter);
  const cell = inputs.cell(c);
  if (cell === undefined) return NONE;
  // The fast path for a plain number; anything past the magnitude bound goes through the checks below.
  if (cell !== null && cell.t === "n" && !cell.pct && !cell.date && !tooBig(cell.v)) {
    values[i] = cell.v;
    return VALUE;
  }
  const v = readValueCell(cell);
  switch (v.kind) {
    case "empty":
      return EMPTY;
    case "na":
      return NA;
    case "number":
      values[i] = v.value;
      return VALUE;
    case "bad":
      reporter.add(v.key, inputs.place(c), { value: v.shown, code: c.code }, n.index);
      return ERROR;
  }
}

function judgesMean(
  n: Nominee,
  c: Criterion,
  i: number,
  sources: readonly JudgeScore[],
  dropExtremes: boolean,
  { values, exacts, judging }: Found,
  reporter: Say
): number {
  const scores: number[] = [];
  const excluded: string[] = [];
  let normalized = false;
  let skipped = false;
  let failed = false;
  for (const s of sources) {
    if (s.conflict) {
      excluded.push(s.judge);
      continue;
    }
    const v = readValueCell(s.cell);
    if (v.kind === "na") skipped = true;
    else if (v.kind === "empty") reporter.add("emptyScore", s.place, { code: c.code }, n.index);
    else if (v.kind === "bad") {
      reporter.add(v.key, s.place, { value: v.shown }, n.index);
      failed = true;
    } else if (v.value < 0 || v.value > c.max) {
      reporter.add(
        "outOfRange",
        s.place,
        { code: c.code, value: String(v.value), max: c.max },
        n.index
      );
      failed = true;
    } else {
      normalized ||= s.normalized !== undefined;
      scores.push(s.normalized ?? v.value);
    }
  }
  if (failed) return ERROR;
  if (scores.length === 0) return skipped ? NA : EMPTY;
  const used =
    dropExtremes && scores.length >= 5 ? [...scores].sort((a, b) => a - b).slice(1, -1) : scores;
  judging.set(i, {
    judges: used.length,
    spread: Math.max(...used) - Math.min(...used),
    excluded,
    normalized,
  });
  const exact = used
    .reduce((sum, x) => sum.plus(new Exact(String(x))), new Exact(0))
    .div(used.length);
  values[i] = exact.toNumber();
  exacts.set(i, exact);
  return VALUE;
}

/** Formula points (§13.5): `value`, `target`, `max` and the other codes of the nominee. */
function scoreFormula(
  n: Nominee,
  c: Criterion,
  i: number,
  inputs: ScoreInputs,
  read: (position: number) => number,
  values: number[],
  reporter: Say
): number | "na" | null {
  const f = c.formula;
  const own = read(i);
  if (!f || own === ERROR) return null;
  if (own === EMPTY) {
    reporter.add("missingCell", inputs.place(c), { code: c.code }, n.index);
    return 0;
  }
  if (own === NONE && f.names.has("value")) {
    reporter.add("formulaNeedsValue", n.idPlace, { code: c.code }, n.index);
    return 0;
  }
  const lookup = (name: string): RawValue => {
    if (name === "value") return own === VALUE ? (values[i] as number) : 0;
    if (name === "target") return c.target ?? 0;
    if (name === "max") return c.max;
    const p = inputs.positionOf(matchKey(name));
    if (p < 0) return 0;
    const s = read(p);
    if (s === NA) throw new NotApplicable(name);
    if (s === ERROR) throw new ExpressionError({ k: "criterionError", code: name });
    return s === VALUE ? (values[p] as number) : 0;
  };
  try {
    const result = f.evaluate(lookup);
    const value = result.value;
    if (typeof value !== "number") throw new ExpressionError({ k: "notNumber" });
    if (value < 0 || value > c.max) {
      reporter.add(
        "outOfRange",
        own === VALUE ? inputs.place(c) : c.formulaPlace,
        { code: c.code, value: String(value), max: c.max },
        n.index
      );
      return null;
    }
    return toCents(
      value,
      () => result.exact ?? f.evaluate(lookup, true).exact ?? new Exact(String(value))
    );
  } catch (e) {
    if (e instanceof NotApplicable) return "na";
    if (e instanceof ExpressionError) {
      reporter.add(
        "runtimeError",
        c.formulaPlace,
        { ...reasonParams(e.reason), id: n.id },
        n.index
      );
      return null;
    }
    throw e;
  }
}
