import { Exact } from "../expression/values";
import type { Criterion, CriterionType } from "../model";
import { exactCents, numberCents, quickCents } from "./cents";
import { compareProducts, quotientCents } from "./compareExactly";

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

/** A type as the `Loại` cell writes it (§13.1): the template's drop-down and the reader both take these. */
interface TypeWords {
  readonly words: { readonly vi: string; readonly en: string };
}

const exactOf = (v: number, exact: Exact | undefined) => exact ?? new Exact(String(v));

/** Achievement a = v/T (higher) or T/v (lower, 1 at v = 0), times `scale`, as a double. */
function achievement(v: number, c: Criterion, scale: number): number {
  const t = c.target ?? 1;
  if (c.lower) return v === 0 ? scale : (scale * t) / v;
  return (scale * v) / t;
}

/** The same, exactly: only called at a rounding edge. */
function exactAchievement(v: number, exact: Exact | undefined, c: Criterion, scale: number): Exact {
  const t = new Exact(String(c.target ?? 1));
  if (c.lower) return v === 0 ? new Exact(scale) : t.times(scale).div(exactOf(v, exact));
  return exactOf(v, exact).times(scale).div(t);
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
    const q = quickCents(achievement(v, c, c.max));
    if (!Number.isNaN(q)) return q;
    if (exact) return exactCents(exactAchievement(v, exact, c, c.max));
    // On a rounding edge (66.1 / 80 × 20 = 16.525): the exact quotient decides.
    return c.lower
      ? quotientCents(c.max, c.target ?? 1, v)
      : quotientCents(c.max, v, c.target ?? 1);
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
    const approx = achievement(v, c, 100);
    const t = c.target ?? 1;
    const band = c.bands.find((b) => {
      const near = Math.abs(approx - b.threshold) <= Math.max(1, Math.abs(b.threshold)) * 1e-9;
      if (!near) return approx >= b.threshold;
      // Near a threshold the double may sit on the wrong side: decide exactly, 100·v ≥ thr·T (or 100·T ≥ thr·v).
      if (exact) return exactAchievement(v, exact, c, 100).gte(new Exact(String(b.threshold)));
      if (c.lower) return v === 0 || compareProducts(100, t, b.threshold, v) >= 0;
      return compareProducts(100, v, b.threshold, t) >= 0;
    });
    return band ? numberCents(band.points) : 0;
  },
};

const direct = (role: Role): TypeRule => ({ role, score: inRange });

const words = (vi: string, en: string) => ({ words: { vi, en } });

/**
 * The seven criterion types of contract §5, one table, in the template's order: role, score and words.
 * Formulas compute their value first (`scoreNominee`).
 */
export const CRITERION_TYPES: Readonly<Record<CriterionType, TypeRule & TypeWords>> = {
  ratio: { ...ratio, ...words("Tỷ lệ", "ratio") },
  threshold: { ...threshold, ...words("Ngưỡng", "threshold") },
  bands: { ...bands, ...words("Bậc", "bands") },
  points: { ...direct("base"), ...words("Chấm điểm", "points") },
  formula: { ...direct("base"), ...words("Công thức", "formula") },
  bonus: { ...direct("bonus"), ...words("Cộng", "bonus") },
  deduction: { ...direct("deduction"), ...words("Trừ", "deduction") },
};
