import { Exact } from "../expression/values";
import type { Criterion, CriterionType } from "../model";
import { exactCents, numberCents, toCents } from "./cents";

/**
 * Points of a read value in cents, or the error it is. `exact` is the value's
 * exact decimal when it is not the double's shortest form (a judges' mean).
 */
export type Points = number | "negative" | "outOfRange";

/** How a criterion's points count: in Total and Max, or as a bonus or deduction (§5). */
export type Role = "base" | "bonus" | "deduction";

interface TypeRule {
  readonly role: Role;
  readonly score: (v: number, exact: Exact | undefined, c: Criterion) => Points;
}

const exactOf = (v: number, exact: Exact | undefined) => exact ?? new Exact(String(v));

/** Achievement a = v/T (higher) or T/v (lower, 1 at v = 0), times `scale`: the double, and the exact decimal on demand. */
function achievement(
  v: number,
  exact: Exact | undefined,
  c: Criterion,
  scale: number
): [number, () => Exact] {
  const t = c.target ?? 1;
  if (c.lower) {
    if (v === 0) return [scale, () => new Exact(scale)];
    return [(scale * t) / v, () => new Exact(String(t)).times(scale).div(exactOf(v, exact))];
  }
  return [
    (scale * v) / t,
    () =>
      exactOf(v, exact)
        .times(scale)
        .div(new Exact(String(t))),
  ];
}

/** v ≥ T (higher) or v ≤ T (lower): the target is met. */
export function meetsTarget(v: number, c: Criterion): boolean {
  const t = c.target ?? 0;
  return c.lower ? v <= t : v >= t;
}

function inRange(v: number, exact: Exact | undefined, c: Criterion): Points {
  if (v < 0 || v > c.max) return "outOfRange";
  return exact ? exactCents(exact) : numberCents(v);
}

const ratio: TypeRule = {
  role: "base",
  score: (v, exact, c) => {
    if (v < 0) return "negative";
    if (meetsTarget(v, c)) return numberCents(c.max);
    const [approx, exactly] = achievement(v, exact, c, c.max);
    return toCents(approx, exactly);
  },
};

const threshold: TypeRule = {
  role: "base",
  score: (v, _exact, c) => (v < 0 ? "negative" : meetsTarget(v, c) ? numberCents(c.max) : 0),
};

const bands: TypeRule = {
  role: "base",
  score: (v, exact, c) => {
    if (v < 0) return "negative";
    const [approx, exactly] = achievement(v, exact, c, 100);
    const band = c.bands.find((b) => {
      // Near a threshold the double may sit on the wrong side: decide on the exact decimal.
      const near = Math.abs(approx - b.threshold) <= Math.max(1, Math.abs(b.threshold)) * 1e-9;
      return near ? exactly().gte(new Exact(String(b.threshold))) : approx >= b.threshold;
    });
    return band ? numberCents(band.points) : 0;
  },
};

const direct = (role: Role): TypeRule => ({ role, score: inRange });

/** The seven criterion types of contract §5, one table. Formulas compute their value first (`scoreNominee`). */
export const CRITERION_TYPES: Readonly<Record<CriterionType, TypeRule>> = {
  ratio,
  threshold,
  bands,
  points: direct("base"),
  formula: direct("base"),
  bonus: direct("bonus"),
  deduction: direct("deduction"),
};
