import type { RawValue } from "../expression/compileExpression";
import { Exact, ExpressionError, NotApplicable } from "../expression/values";
import type { Reporter } from "../messages/Reporter";
import type { Criterion, Nominee, Place } from "../model";
import { type Source } from "../read/readResults";
import { readValueCell } from "../read/readValue";
import { matchKey } from "../text/normalize";
import { divideRounded, exactCents, toCents } from "./cents";
import { CRITERION_TYPES, type Value, meetsTarget } from "./criterionTypes";

/** One nominee's points (contract §5): cents per criterion, Total, Max and Score. */
export interface NomineeScore {
  readonly nominee: Nominee;
  readonly criteria: readonly Criterion[];
  /** Signed cents per criterion index (deductions negative); absent when not applicable or in error. */
  readonly points: ReadonlyMap<number, number>;
  readonly notApplicable: ReadonlySet<number>;
  readonly totalCents: number;
  /** Max in cents; exact decimals only when a max has more than 2 decimals. */
  readonly max: Exact | number;
  /** Score in cents, null when Max is 0. */
  readonly scoreCents: number | null;
  readonly requiredMet: boolean;
  /** Criteria of the field with a bad definition (§13.3). */
  readonly broken: readonly Criterion[];
}

export interface ScoreInputs {
  /** The criterion of the nominee's field that a code key names. */
  readonly find: (codeKey: string) => Criterion | undefined;
  readonly values: ReadonlyMap<number, Source> | undefined;
  readonly judged: ReadonlyMap<number, readonly Source[]> | undefined;
  readonly dropExtremes: boolean;
}

type Read =
  | { kind: "value"; value: Value; place: Place }
  | { kind: "na" }
  | { kind: "empty"; place: Place | null }
  | { kind: "error" };

/** Scores one nominee against the criteria of its field, reporting each bad cell. */
export function scoreNominee(
  n: Nominee,
  criteria: readonly Criterion[],
  inputs: ScoreInputs,
  reporter: Reporter
): NomineeScore {
  const reads = new Map<number, Read>();
  const read = (c: Criterion): Read => {
    let r = reads.get(c.index);
    if (!r) reads.set(c.index, (r = readCriterion(n, c, inputs, reporter)));
    return r;
  };
  const points = new Map<number, number>();
  const notApplicable = new Set<number>();
  let requiredMet = true;
  let totalCents = 0;
  let maxCents = 0;
  let maxExact: Exact | null = null;
  for (const c of criteria) {
    if (c.broken) continue;
    const r = read(c);
    const rule = CRITERION_TYPES[c.type];
    let cents: number | null = null;
    if (r.kind === "na") notApplicable.add(c.index);
    else if (c.type === "formula") {
      const f = scoreFormula(n, c, inputs.find, r, read, reporter);
      if (f === "na") notApplicable.add(c.index);
      else cents = f;
    } else if (r.kind === "empty") {
      if (rule.role === "base")
        reporter.add(
          r.place ? "missingCell" : "noCell",
          r.place ?? n.idPlace,
          { code: c.code },
          n.index
        );
      cents = 0;
    } else if (r.kind === "value") {
      const p = rule.score(r.value, c);
      if ("error" in p)
        reporter.add(
          p.error,
          r.place,
          { code: c.code, value: String(r.value.value), max: c.max },
          n.index
        );
      else cents = p.cents;
    }
    if (
      c.required &&
      r.kind !== "na" &&
      r.kind !== "error" &&
      !(c.type === "formula" && r.kind === "empty" && r.place === null)
    ) {
      const v = r.kind === "value" ? r.value.value : 0;
      if (!meetsTarget(v, c)) {
        requiredMet = false;
        reporter.add(
          "requiredNotMet",
          r.kind === "value" ? r.place : (r.place ?? n.idPlace),
          { code: c.code },
          n.index
        );
      }
    }
    if (rule.role === "base" && !notApplicable.has(c.index)) {
      // A criterion in error still counts in Max: the nominee is unranked anyway, and Max is never 0 by mistake.
      const m = c.max * 100;
      if (Number.isInteger(m) && maxExact === null) maxCents += m;
      else maxExact = (maxExact ?? new Exact(maxCents)).plus(new Exact(String(c.max)).times(100));
    }
    if (cents === null) continue;
    const signed = rule.role === "deduction" && cents !== 0 ? -cents : cents;
    points.set(c.index, signed);
    totalCents += signed;
  }
  const max = maxExact ?? maxCents;
  const zero = typeof max === "number" ? max === 0 : max.isZero();
  const broken = criteria.filter((c) => c.broken);
  // A bad definition or a bad nominee row already unranks the nominee: no second, misleading reason.
  if (zero && broken.length === 0 && !n.invalid) reporter.add("noMax", n.idPlace, {}, n.index);
  const scoreCents = zero
    ? null
    : typeof max === "number"
      ? divideRounded(totalCents * 10000, max)
      : exactCents(new Exact(totalCents).div(max).times(100));
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
  };
}

/** A criterion's value: the judges' mean where there are judge rows, else its results cell (§4, §13.4). */
function readCriterion(n: Nominee, c: Criterion, inputs: ScoreInputs, reporter: Reporter): Read {
  const judged = inputs.judged?.get(c.index);
  if (judged && judged.length > 0) return judgesMean(n, c, judged, inputs.dropExtremes, reporter);
  const source = inputs.values?.get(c.index);
  if (!source) return { kind: "empty", place: null };
  const v = readValueCell(source.cell);
  switch (v.kind) {
    case "empty":
      return { kind: "empty", place: source.place };
    case "na":
      return { kind: "na" };
    case "number":
      return { kind: "value", value: { value: v.value }, place: source.place };
    case "bad":
      reporter.add(v.key, source.place, { value: v.shown, code: c.code }, n.index);
      return { kind: "error" };
  }
}

function judgesMean(
  n: Nominee,
  c: Criterion,
  sources: readonly Source[],
  dropExtremes: boolean,
  reporter: Reporter
): Read {
  const scores: number[] = [];
  let skipped = false;
  let failed = false;
  for (const s of sources) {
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
    } else scores.push(v.value);
  }
  if (failed) return { kind: "error" };
  if (scores.length === 0)
    return skipped ? { kind: "na" } : { kind: "empty", place: sources[0]?.place ?? null };
  const used =
    dropExtremes && scores.length >= 5 ? [...scores].sort((a, b) => a - b).slice(1, -1) : scores;
  const exact = used
    .reduce((sum, x) => sum.plus(new Exact(String(x))), new Exact(0))
    .div(used.length);
  return {
    kind: "value",
    value: { value: exact.toNumber(), exact },
    place: sources[0]?.place ?? n.idPlace,
  };
}

/** Formula points (§13.5): `value`, `target`, `max` and the other codes of the nominee. */
function scoreFormula(
  n: Nominee,
  c: Criterion,
  find: ScoreInputs["find"],
  own: Read,
  read: (c: Criterion) => Read,
  reporter: Reporter
): number | "na" | null {
  const f = c.formula;
  if (!f || own.kind === "error") return null;
  if (own.kind === "empty" && own.place !== null) {
    reporter.add("missingCell", own.place, { code: c.code }, n.index);
    return 0;
  }
  if (own.kind === "empty" && f.names.has("value")) {
    reporter.add("formulaNeedsValue", n.idPlace, { code: c.code }, n.index);
    return 0;
  }
  const lookup = (name: string): RawValue => {
    if (name === "value") return own.kind === "value" ? own.value.value : 0;
    if (name === "target") return c.target ?? 0;
    if (name === "max") return c.max;
    const other = find(matchKey(name));
    if (!other) return 0;
    const r = read(other);
    if (r.kind === "na") throw new NotApplicable(name);
    if (r.kind === "error") throw new ExpressionError(`tiêu chí ${other.code} lỗi`);
    return r.kind === "value" ? r.value.value : 0;
  };
  const place = own.kind === "value" ? own.place : c.formulaPlace;
  try {
    const result = f.evaluate(lookup);
    const value = result.value;
    if (typeof value !== "number") throw new ExpressionError("kết quả không phải là số");
    if (value < 0 || value > c.max) {
      reporter.add(
        "outOfRange",
        place,
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
      reporter.add("runtimeError", c.formulaPlace, { reason: e.message, id: n.id }, n.index);
      return null;
    }
    throw e;
  }
}
