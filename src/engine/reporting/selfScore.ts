import type { Criterion, CriterionType } from "../model";
import { WEIGHTED_TYPES } from "../score/criterionTypes";

/** The cells a self-score formula reads, as A1 references on the form's row. */
export interface ScoreCells {
  readonly value: string;
  readonly target: string;
  readonly max: string;
}

type Rule = (c: Criterion, at: ScoreCells) => string | null;

/** Achievement ≥ `threshold` %, as products (100·v ≥ thr·T, or 100·T ≥ thr·v) so no division rounds it. */
function reaches(c: Criterion, { value: v, target: t }: ScoreCells, threshold: number): string {
  if (!c.lower) return `100*${v}>=${threshold}*${t}`;
  // Lower is better: v = 0 is achievement 100 %, which reaches a threshold of 100 or less.
  return `${threshold <= 100 ? "OR" : "AND"}(${v}${threshold <= 100 ? "=" : ">"}0,100*${t}>=${threshold}*${v})`;
}

const inRange = (expr: string, { value: v, max: m }: ScoreCells) =>
  `IF(AND(${v}>=0,${v}<=${m}),${expr},"")`;

/**
 * Contract §5 as Excel formulas, one per type, so that a unit sees as it types what the council will
 * compute (issue 14 §1). `null`: the type shows no self-score on the form (a formula may read other
 * criteria: its points come with the merge).
 */
const RULES: Readonly<Record<CriterionType, Rule>> = {
  ratio: (c, { value: v, target: t, max: m }) =>
    c.lower
      ? `IF(${v}<=${t},${m},ROUND(${m}*${t}/${v},2))`
      : `IF(${v}>=${t},${m},ROUND(${m}*${v}/${t},2))`,
  threshold: (c, { value: v, target: t, max: m }) => `IF(${v}${c.lower ? "<=" : ">="}${t},${m},0)`,
  bands: (c, at) =>
    c.bands.reduceRight(
      (otherwise, b) => `IF(${reaches(c, at, b.threshold)},${b.points},${otherwise})`,
      "0"
    ),
  points: (_c, at) => inRange(at.value, at),
  formula: () => null,
  bonus: (_c, at) => inRange(at.value, at),
  // `0-v`, not `-v`: a deduction of 0 is then 0, where LibreOffice would store -0.
  deduction: (_c, at) => inRange(`0-${at.value}`, at),
};

/**
 * The self-score cell's formula (without `=`): blank until a number is typed, and blank for a value
 * the council would refuse (negative, out of range) or not count (`KAD`), as the engine does.
 */
export function selfScoreFormula(c: Criterion, at: ScoreCells): string | null {
  const body = RULES[c.type](c, at);
  if (body === null) return null;
  // The typed-points types check their range themselves; those measured against a target refuse a
  // negative value first.
  const guarded = WEIGHTED_TYPES.has(c.type) ? `IF(${at.value}<0,"",${body})` : body;
  return `IF(ISNUMBER(${at.value}),${guarded},"")`;
}
