import { Exact } from "../expression/values";
import type { Criterion, CriterionType } from "../model";
import { exactCents, numberCents, quickCents } from "./cents";
import { compareProducts, quotientCents } from "./compareExactly";
import { type ExcelScore, reaches, withinMax } from "./excelFormula";

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
  /**
   * §5 inverted, for the gap to the next award: the value that gives `wanted` cents of points (the signed
   * cents, a deduction's at most 0), or null when no value can. Checked against `score` by its caller.
   */
  readonly inverse: (c: Criterion, wanted: number) => number | null;
  /** Measured against a target: it needs `Chỉ tiêu`, and its max points are a weight (the what-ifs). */
  readonly weighted: boolean;
  /** §5 as an Excel formula, for the report form's `Điểm tự chấm` (issue 14 §1). */
  readonly excel: ExcelScore;
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

const up2 = (v: Exact) => v.times(100).ceil().div(100).toNumber();
const down2 = (v: Exact) => v.times(100).floor().div(100).toNumber();
const targetOf = (c: Criterion) => new Exact(String(c.target ?? 1));
const fullCents = (c: Criterion) => Math.round(c.max * 100);

const ratio: TypeRule = {
  role: "base",
  weighted: true,
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
  inverse: (c, wanted) => {
    if (wanted > fullCents(c)) return null;
    if (wanted === fullCents(c)) return c.target;
    // round(100·M·v/T) ≥ wanted ⇔ v ≥ (wanted − ½)·T/(100·M), mirrored for lower-is-better.
    const edge = new Exact(wanted).minus(0.5);
    if (edge.lte(0)) return null;
    return c.lower
      ? down2(targetOf(c).times(c.max).times(100).div(edge))
      : up2(edge.times(targetOf(c)).div(100).div(c.max));
  },
  excel: (c, { value: v, target: t, max: m }) =>
    c.lower
      ? `IF(${v}<=${t},${m},ROUND(${m}*${t}/${v},2))`
      : `IF(${v}>=${t},${m},ROUND(${m}*${v}/${t},2))`,
};

const threshold: TypeRule = {
  role: "base",
  weighted: true,
  score: (v, _exact, c) => (v < 0 ? "negative" : meetsTarget(v, c) ? numberCents(c.max) : 0),
  inverse: (c, wanted) => (wanted <= fullCents(c) ? c.target : null),
  excel: (c, { value: v, target: t, max: m }) => `IF(${v}${c.lower ? "<=" : ">="}${t},${m},0)`,
};

const bands: TypeRule = {
  role: "base",
  weighted: true,
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
  inverse: (c, wanted) => {
    const band = [...c.bands]
      .filter((b) => Math.round(b.points * 100) >= wanted)
      .sort((a, b) => a.points - b.points)[0];
    if (!band) return null;
    if (c.lower)
      return band.threshold > 0 ? down2(targetOf(c).times(100).div(band.threshold)) : null;
    return up2(targetOf(c).times(band.threshold).div(100));
  },
  excel: (c, at) =>
    c.bands.reduceRight(
      (otherwise, b) => `IF(${reaches(c, at, b.threshold)},${b.points},${otherwise})`,
      "0"
    ),
};

/** A typed value is the points: a deduction's value is its points taken away. */
const direct = (role: Role): TypeRule => ({
  role,
  weighted: false,
  score: inRange,
  inverse: (c, wanted) =>
    role === "deduction"
      ? wanted <= 0 && -wanted <= fullCents(c)
        ? -wanted / 100
        : null
      : wanted <= fullCents(c)
        ? wanted / 100
        : null,
  // `0-v`, not `-v`: a deduction of 0 is then 0, where LibreOffice would store -0.
  excel: (_c, at) => withinMax(role === "deduction" ? `0-${at.value}` : at.value, at),
});

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
  // A formula's value is no points: no value reaches a gap alone, and the form shows its points only
  // after the merge (it may read other criteria).
  formula: {
    ...direct("base"),
    inverse: () => null,
    excel: () => null,
    ...words("Công thức", "formula"),
  },
  bonus: { ...direct("bonus"), ...words("Cộng", "bonus") },
  deduction: { ...direct("deduction"), ...words("Trừ", "deduction") },
};

/** The types whose max points are a weight, and which need a target. */
export const WEIGHTED_TYPES: ReadonlySet<CriterionType> = new Set(
  (Object.keys(CRITERION_TYPES) as CriterionType[]).filter((t) => CRITERION_TYPES[t].weighted)
);

/** A criterion's points as they count: a deduction's taken away. */
export const signedPoints = (c: Criterion, cents: number): number =>
  CRITERION_TYPES[c.type].role === "deduction" && cents !== 0 ? -cents : cents;
