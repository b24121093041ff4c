import type { MessageKey } from "./codes";
import type { Params } from "./message";

/** English sentences, chosen by the setting `Ngôn ngữ` = en. */
export const en = {
  missingSheet: (p) => `No table or sheet '${p.sheet}' was found.`,
  notWorkbook: (p) => `The file cannot be read: it is not an .xlsx workbook (${p.reason}).`,
  missingColumn: (p) => `The required column '${p.column}' is missing.`,
  duplicateCode: (p) => `Criterion code ${p.code} is repeated: this row is ignored.`,
  duplicateNominee: (p) => `Nominee ID ${p.id} is repeated: not ranked.`,
  duplicateResultRow: (p) => `Nominee ${p.id} has two results rows: not ranked.`,
  duplicateLongRow: (p) => `Criterion ${p.code} has two results rows: not ranked.`,
  unknownField: (p) => `Field '${p.field}' has no criteria.`,
  unknownCriterion: (p) => `Criterion ${p.code} is not in the nominee's field: ignored.`,
  notJudged: (p) => `Criterion ${p.code} is not of type points: the judge scores are ignored.`,
  unreadable: (p) => `The value '${p.value}' cannot be read as a number.`,
  ambiguous: (p) =>
    `The value '${p.value}' is ambiguous (thousands or decimal separator): write it unambiguously.`,
  negative: (p) => `The negative value '${p.value}' is not valid for criterion ${p.code}.`,
  notAValue: (p) => `The cell holds '${p.value}', which is not a number.`,
  badKind: (p) => `Kind '${p.value}' is not valid: use Collective or Individual.`,
  emptyId: () => `The ID cell is empty: this row is skipped.`,
  unknownId: (p) => `ID '${p.id}' is not in the nominees list.`,
  badDefinition: (p) => `Column '${p.column}' holds the invalid value '${p.value}'.`,
  emptyKey: (p) => `The '${p.column}' cell is empty: this row is ignored.`,
  missingCell: (p) => `Empty cell: criterion ${p.code} scores 0 points.`,
  noCell: (p) => `No data for criterion ${p.code}: it scores 0 points.`,
  noMax: () => `No criterion applies: no score can be computed.`,
  formulaNeedsValue: (p) =>
    `The formula of criterion ${p.code} needs a value but there is no cell: it scores 0 points.`,
  emptyScore: (p) => `Empty judge score for criterion ${p.code}: skipped.`,
  outOfRange: (p) => `${p.value} points for criterion ${p.code} is outside 0 to ${p.max}.`,
  badSyntax: (p) => `Invalid expression: ${p.reason}.`,
  unknownName: (p) => `The expression uses an unknown name: ${p.name}.`,
  runtimeError: (p) => `The expression failed${p.id ? ` for ${p.id}` : ""}: ${p.reason}.`,
  noTarget: (p) => `The formula uses 'target' but criterion ${p.code} has no target.`,
  unknownSetting: (p) => `The setting key '${p.key}' is not supported.`,
  badSettingValue: (p) => `'${p.value}' is not a valid value for '${p.key}': the default is kept.`,
  unknownTieBreak: (p) =>
    `Tie-break '${p.entry}' is neither a criterion code nor a group: skipped.`,
  tieAtQuota: (p) => `Tied at the quota edge of '${p.award}': the council decides.`,
  requiredNotMet: (p) => `Required target ${p.code} not met: no award can be proposed.`,
  badHistoryValue: (p) =>
    `'${p.value}' is not valid for '${p.header}' (use: ${p.allowed}): this history row is left out.`,
  historyNeedsYear: () =>
    "There is an award history but Cấu hình has no review year (Năm xét): consecutive years cannot be counted.",
  historyMismatch: (p) =>
    `'${p.header}' is typed as ${p.typed}, the history gives ${p.derived}: the typed value is used.`,
  badQuarter: (p) => `'${p.value}' is not a quarter (1, 2, 3, 4 or Q1…Q4): this row is left out.`,
  quarterNoRule: (p) =>
    `Criterion ${p.code} has quarterly results but no quarter roll-up (sum, mean, last, min, on time): the mean is used.`,
  judgeTooFew: (p) =>
    `Judge '${p.judge}' has only ${p.count} scores for ${p.code} (at least ${p.minimum} needed): not normalised, the raw scores are used.`,
  pending: (p) => `Not enough data to decide '${p.award}': ${p.headers} still empty; not proposed.`,
} satisfies Record<MessageKey, (p: Params) => string>;
