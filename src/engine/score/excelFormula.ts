import type { Criterion } from "../model";

/** The cells a self-score formula reads, as A1 references on the form's row. */
export interface ScoreCells {
  readonly value: string;
  readonly target: string;
  readonly max: string;
}

/** A type's points as an Excel formula over those cells (without `=`); null: no self-score on the form. */
export type ExcelScore = (c: Criterion, at: ScoreCells) => string | null;

/** Achievement ≥ `threshold` %, as products (100·v ≥ thr·T, or 100·T ≥ thr·v) so no division rounds it. */
export function reaches(
  c: Criterion,
  { value: v, target: t }: ScoreCells,
  threshold: number
): string {
  if (!c.lower) return `100*${v}>=${threshold}*${t}`;
  // Lower is better: v = 0 is achievement 100 %, which reaches a threshold of 100 or less.
  return `${threshold <= 100 ? "OR" : "AND"}(${v}${threshold <= 100 ? "=" : ">"}0,100*${t}>=${threshold}*${v})`;
}

/** A typed value counted only between 0 and the max, blank otherwise, as the engine refuses it. */
export const withinMax = (expr: string, { value: v, max: m }: ScoreCells) =>
  `IF(AND(${v}>=0,${v}<=${m}),${expr},"")`;
