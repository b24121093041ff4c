import type { Criterion } from "../model";
import { CRITERION_TYPES, WEIGHTED_TYPES } from "../score/criterionTypes";
import type { ScoreCells } from "../score/excelFormula";

/**
 * The self-score cell's formula (without `=`): blank until a number is typed, and blank for a value
 * the council would refuse (negative, out of range) or not count (`KAD`), as the engine does.
 */
export function selfScoreFormula(c: Criterion, at: ScoreCells): string | null {
  const body = CRITERION_TYPES[c.type].excel(c, at);
  if (body === null) return null;
  // The typed-points types check their range themselves; those measured against a target refuse a
  // negative value first.
  const guarded = WEIGHTED_TYPES.has(c.type) ? `IF(${at.value}<0,"",${body})` : body;
  return `IF(ISNUMBER(${at.value}),${guarded},"")`;
}
