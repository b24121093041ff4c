/** Message codes of contract §10, and which of them unrank a nominee (§13.9). */
export const MESSAGE_CODES = [
  "missing-sheet",
  "missing-column",
  "duplicate-id",
  "unknown-field",
  "unknown-criterion",
  "bad-value",
  "missing",
  "out-of-range",
  "bad-expression",
  "bad-setting",
  "tie-at-quota",
  "required-not-met",
  "pending",
  // Beyond contract v1 (issue 7): a typed attribute that the history contradicts.
  "history-mismatch",
  // Beyond contract v1 (issue 7): a judge with too few scores to be normalised.
  "judge-sample",
] as const;

export type MessageCode = (typeof MESSAGE_CODES)[number];

/** Each sentence of the catalogues, and the code it reports under. */
export const MESSAGE_KEYS = {
  missingSheet: "missing-sheet",
  notWorkbook: "missing-sheet",
  missingColumn: "missing-column",
  duplicateCode: "duplicate-id",
  duplicateNominee: "duplicate-id",
  duplicateResultRow: "duplicate-id",
  duplicateLongRow: "duplicate-id",
  unknownField: "unknown-field",
  unknownCriterion: "unknown-criterion",
  notJudged: "unknown-criterion",
  unreadable: "bad-value",
  ambiguous: "bad-value",
  negative: "bad-value",
  notAValue: "bad-value",
  badKind: "bad-value",
  emptyId: "bad-value",
  unknownId: "bad-value",
  badDefinition: "bad-value",
  emptyKey: "bad-value",
  missingCell: "missing",
  noCell: "missing",
  noMax: "missing",
  formulaNeedsValue: "missing",
  emptyScore: "missing",
  outOfRange: "out-of-range",
  badSyntax: "bad-expression",
  unknownName: "bad-expression",
  runtimeError: "bad-expression",
  noTarget: "bad-expression",
  unknownSetting: "bad-setting",
  badSettingValue: "bad-setting",
  unknownTieBreak: "bad-setting",
  tieAtQuota: "tie-at-quota",
  requiredNotMet: "required-not-met",
  pending: "pending",
  badHistoryValue: "bad-value",
  historyNeedsYear: "bad-setting",
  historyMismatch: "history-mismatch",
  judgeTooFew: "judge-sample",
  badQuarter: "bad-value",
  quarterNoRule: "missing",
} as const satisfies Record<string, MessageCode>;

export type MessageKey = keyof typeof MESSAGE_KEYS;

/** Errors leave the nominee unranked; everything else is a warning. */
export function isError(key: MessageKey): boolean {
  const code = MESSAGE_KEYS[key];
  if (code === "missing") return key === "noMax";
  return [
    "bad-value",
    "out-of-range",
    "bad-expression",
    "duplicate-id",
    "unknown-field",
    "missing-sheet",
    "missing-column",
  ].includes(code);
}
