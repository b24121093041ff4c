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
  // Beyond contract v1 (issue 16): a file that is no usable .xlsx package (the reason says what to do).
  "bad-file",
  // Beyond contract v1 (issues 16, 17): a sheet or table of ours whose name the council's own holds.
  "name-taken",
  // Beyond contract v1 (issue 16): two sheets could be the same input, or one by name only was skipped.
  "input-choice",
  // Beyond contract v1 (issue 16): the workbook's digital signature does not survive the writing.
  "signature-lost",
  // Beyond contract v1 (issue 12): an award that stays a draft while a nominee of its group is unranked.
  "provisional",
  // Beyond contract v1 (issue 12 §5): the ballot sheet, the quorum and the votes at the quota's edge.
  "ballot",
  // Beyond contract v1 (issue 12 §3): a council too large for the printed ranking and explanations.
  "print-skipped",
  // Beyond contract v1 (issue 18): the template's example rows, left out of the ranking.
  "example",
  // Beyond contract v1 (issue 14): the units' returned reports, as they are merged into the results.
  "report",
] as const;

export type MessageCode = (typeof MESSAGE_CODES)[number];

/** Why a part of an .xlsx package cannot be read (the `reason` of `damagedPart` and `tooLarge`). */
export const PART_REASONS = [
  "truncated",
  "directory",
  "missingData",
  "method",
  "crc",
  "inflate",
  "duplicate",
  "missingPart",
  "noSheetPart",
  "xml",
  "zip64",
  "partSize",
  "totalSize",
  "sheetCells",
  "encryptedEntry",
  "relTarget",
] as const;
export type PartReason = (typeof PART_REASONS)[number];

/** What a file that is no .xlsx package is (the `kind` of `foreignFile`). */
export const FOREIGN_FILES = [
  "xls",
  "ods",
  "xlsb",
  "spreadsheetXml",
  "html",
  "csv",
  "empty",
  "unknown",
] as const;
export type ForeignFile = (typeof FOREIGN_FILES)[number];

/** Each sentence of the catalogues, and the code it reports under. */
export const MESSAGE_KEYS = {
  missingSheet: "missing-sheet",
  notWorkbook: "bad-file",
  fileNotFound: "bad-file",
  encrypted: "bad-file",
  foreignFile: "bad-file",
  damagedPart: "bad-file",
  tooLarge: "bad-file",
  outOfGrid: "bad-value",
  nameTaken: "name-taken",
  inputSkipped: "input-choice",
  inputAmbiguous: "input-choice",
  signatureLost: "signature-lost",
  provisional: "provisional",
  provisionalHolder: "provisional",
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
  tooBig: "bad-value",
  badKind: "bad-value",
  emptyId: "bad-value",
  unknownId: "bad-value",
  badDefinition: "bad-value",
  tooManyAwards: "bad-value",
  gapBudget: "missing",
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
  ballotUnknownAward: "ballot",
  ballotUnknownNominee: "ballot",
  ballotNotBalloted: "ballot",
  badBallot: "ballot",
  ballotTooMany: "ballot",
  ballotDuplicate: "ballot",
  ballotNeedsMembers: "ballot",
  ballotNeedsPresent: "ballot",
  noQuorum: "ballot",
  ballotMismatch: "ballot",
  ballotByVotes: "ballot",
  printSkipped: "print-skipped",
  exampleRows: "example",
  conditionWordsStale: "bad-setting",
  reportNoTable: "report",
  reportUnknownUnit: "report",
  reportUnknownNominee: "report",
  reportUnknownCriterion: "report",
  reportRowMissing: "report",
  reportRowRepeated: "report",
  reportWrongPeriod: "report",
  reportSameUnit: "report",
  reportConflict: "report",
  reportNoReport: "report",
  reportRequiredEmpty: "report",
  reportNoColumn: "report",
  reportNoQuarter: "report",
  reportDateFromFile: "report",
  reportLate: "report",
} as const satisfies Record<string, MessageCode>;

export type MessageKey = keyof typeof MESSAGE_KEYS;

/** What keeps a returned report out of the merge until it is fixed or confirmed (issue 14, bad input). */
const REPORT_ERRORS: ReadonlySet<MessageKey> = new Set([
  "reportNoTable",
  "reportUnknownUnit",
  "reportUnknownNominee",
  "reportUnknownCriterion",
  "reportRowMissing",
  "reportRowRepeated",
  "reportWrongPeriod",
  "reportSameUnit",
]);

/** Errors leave the nominee unranked (or a report unmerged); everything else is a warning. */
export function isError(key: MessageKey): boolean {
  const code = MESSAGE_KEYS[key];
  if (code === "report") return REPORT_ERRORS.has(key);
  if (code === "missing") return key === "noMax";
  return [
    "bad-value",
    "out-of-range",
    "bad-expression",
    "duplicate-id",
    "unknown-field",
    "missing-sheet",
    "missing-column",
    "bad-file",
  ].includes(code);
}
