import { Exact } from "../expression/values";
import type { Criterion, CriterionType } from "../model";
import { exactCents, numberCents, toCents } from "./cents";

/** A value to score: the double, and the exact decimal when it is not the double's shortest form (a judges' mean). */
export interface Value {
  readonly value: number;
  readonly exact?: Exact;
}

export type Points = { readonly cents: number } | { readonly error: "negative" | "outOfRange" };

/** How a criterion's points count: in Total and Max, or as a bonus or deduction (§5). */
export type Role = "base" | "bonus" | "deduction";

interface TypeRule {
  readonly role: Role;
  /** Points of a read value; formulas are scored by `scoreFormula`. */
  readonly score: (v: Value, c: Criterion) => Points;
}

const exactOf = (v: Value) => v.exact ?? new Exact(String(v.value));
const cents = (v: Value) => (v.exact ? exactCents(v.exact) : numberCents(v.value));

/** Achievement a = v/T (higher) or T/v (lower, 1 at v = 0), times `scale`, exactly on demand. */
function achievement(
  v: Value,
  c: Criterion,
  scale: number
): { approx: number; exact: () => Exact } {
  const t = c.target ?? 1;
  if (c.lower) {
    if (v.value === 0) return { approx: scale, exact: () => new Exact(scale) };
    return {
      approx: (scale * t) / v.value,
      exact: () => new Exact(String(t)).times(scale).div(exactOf(v)),
    };
  }
  return {
    approx: (scale * v.value) / t,
    exact: () =>
      exactOf(v)
        .times(scale)
        .div(new Exact(String(t))),
  };
}

/** v ≥ T (higher) or v ≤ T (lower): the target is met. */
export function meetsTarget(v: number, c: Criterion): boolean {
  const t = c.target ?? 0;
  return c.lower ? v <= t : v >= t;
}

function inRange(v: Value, c: Criterion): Points {
  return v.value < 0 || v.value > c.max ? { error: "outOfRange" } : { cents: cents(v) };
}

const ratio: TypeRule = {
  role: "base",
  score: (v, c) => {
    if (v.value < 0) return { error: "negative" };
    if (meetsTarget(v.value, c)) return { cents: numberCents(c.max) };
    const a = achievement(v, c, c.max);
    return { cents: toCents(a.approx, a.exact) };
  },
};

const threshold: TypeRule = {
  role: "base",
  score: (v, c) =>
    v.value < 0
      ? { error: "negative" }
      : { cents: meetsTarget(v.value, c) ? numberCents(c.max) : 0 },
};

const bands: TypeRule = {
  role: "base",
  score: (v, c) => {
    if (v.value < 0) return { error: "negative" };
    const a = achievement(v, c, 100);
    const band = c.bands.find((b) => {
      const near = Math.abs(a.approx - b.threshold) <= Math.max(1, Math.abs(b.threshold)) * 1e-9;
      return near ? a.exact().gte(new Exact(String(b.threshold))) : a.approx >= b.threshold;
    });
    return { cents: band ? numberCents(band.points) : 0 };
  },
};

const direct = (role: Role): TypeRule => ({ role, score: inRange });

/** The seven criterion types of contract §5, one table. */
export const CRITERION_TYPES: Readonly<Record<CriterionType, TypeRule>> = {
  ratio,
  threshold,
  bands,
  points: direct("base"),
  formula: { role: "base", score: inRange },
  bonus: direct("bonus"),
  deduction: direct("deduction"),
};
