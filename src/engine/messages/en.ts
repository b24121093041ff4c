import type { ReasonKey } from "./reasons";
import type { ForeignFile, MessageKey, PartReason } from "./codes";
import type { Params } from "./message";

const SAVE_AS = "open it in Excel or LibreOffice, Save As → Excel Workbook (.xlsx), and try again.";

const FOREIGN = {
  xls: `The file is an Excel 97-2003 workbook (.xls), not an .xlsx: ${SAVE_AS}`,
  ods: `The file is an OpenDocument spreadsheet (.ods), not an .xlsx: ${SAVE_AS}`,
  xlsb: `The file is an Excel binary workbook (.xlsb), not an .xlsx: ${SAVE_AS}`,
  spreadsheetXml: `The file is an XML Spreadsheet 2003, not an .xlsx: ${SAVE_AS}`,
  html: `The file is a web page (HTML) named as a spreadsheet, not an .xlsx: ${SAVE_AS}`,
  csv: "The file is text (CSV), not a workbook: create the template (binhxet template, or Create template), paste the data into the Criteria, Nominees and Results sheets and save it as .xlsx.",
  empty: "The file is empty (0 bytes): choose the .xlsx workbook again.",
  unknown:
    "The file is not an .xlsx workbook: choose a file saved as .xlsx by Excel, LibreOffice or Google Sheets.",
} satisfies Record<ForeignFile, string>;

const REASON = {
  truncated: "the zip directory is not found (is the file cut short?)",
  directory: "the zip directory is damaged",
  missingData: "the part's data is not found",
  method: "an unsupported compression method",
  crc: "the data does not match its CRC",
  inflate: "the compressed data is damaged",
  duplicate: "two parts have the same name",
  missingPart: "the part is missing",
  noSheetPart: "the sheet has no data part",
  xml: "its XML cannot be read",
  zip64: "a ZIP64 archive (over 4 GB)",
  partSize: "one part inflates past 400 MB",
  totalSize: "the parts inflate past 2 GB in all",
  sheetCells: "the sheet needs more than 50 million cells",
  encryptedEntry: "the part is encrypted",
  relTarget: "a relationship points at a part of another kind",
} satisfies Record<PartReason, string>;

/** Why an expression is refused or fails (engine/expression/reasons.ts). */
const EXPRESSION = {
  tooLong: (p) => `longer than ${p.max} characters`,
  singleQuote: () => 'text goes in double quotes "…", not single quotes',
  hash: () => "the '#' sign is not allowed",
  radix: () => "only decimal numbers (no 0x, 0b, 0o)",
  separator: (p) => (p.what === ";" ? "the ';' sign is not allowed" : "write it on one line"),
  tooDeep: (p) => `parentheses nested more than ${p.max} deep`,
  syntax: (p) => `a syntax error at character ${p.at}`,
  functionDefinition: () => "functions cannot be defined (f(x) = …)",
  assignment: () => "values cannot be assigned (x = …): use == to compare",
  access: () => "properties and elements cannot be read (a.b, a[0])",
  collection: () => "lists and ranges are not allowed ([…], {…}, 1:10)",
  structure: () => "a construct that is not allowed",
  missingOperand: () => "an operand is missing",
  constant: () => "a constant that is not allowed",
  notFinite: () => "a number that is not finite (NaN, Infinity, 1e309)",
  badName: () => "an invalid name",
  function: (p) =>
    `the function '${p.name}' is not allowed (use min, max, abs, round, floor, ceil)`,
  arity: (p) => `${p.name} takes ${p.lo === p.hi ? p.lo : `${p.lo} to ${p.hi}`} arguments`,
  implicit: () => "a multiplication sign * is missing (write 2 * x, not 2x)",
  percent: () => "'%' is not allowed: write 0.3 or 30",
  operator: (p) => `the operator '${p.op}' is not allowed`,
  comparison: () => "an invalid comparison",
  tooCostly: (p) => `too heavy to compute (${p.cost} > ${p.max} units): use fewer powers`,
  emptyFormula: () => "the formula is empty",
  divByZero: () => "division by 0",
  bigExponent: () => "the exponent is too large (at most 1000)",
  notFiniteResult: () => "the result is too large, not finite",
  needsNumber: () => "a calculation needs a number but met text",
  logicOnText: () => "a logical operator (and, or, not) on text",
  orderText: () => "text cannot be ordered against a number",
  places: () => "the number of decimals must be 0 to 15",
  criterionError: (p) => `criterion ${p.code} has an error`,
  notNumber: () => "the result is not a number",
} satisfies Record<ReasonKey, (p: Params) => string>;

const reason = (p: Params) => EXPRESSION[p.reason as ReasonKey]?.(p) ?? String(p.reason);

/** English sentences, chosen by the setting `Ngôn ngữ` = en. */
export const en = {
  missingSheet: (p) => `No table or sheet '${p.sheet}' was found.`,
  notWorkbook: (p) => `The file cannot be read: it is not an .xlsx workbook (${p.reason}).`,
  fileNotFound: (p) => `File '${p.path}' not found: check the path.`,
  encrypted: () =>
    "The workbook is password-protected: open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and try again.",
  foreignFile: (p) => FOREIGN[p.kind as ForeignFile] ?? FOREIGN.unknown,
  damagedPart: (p) =>
    `The .xlsx file is damaged${p.part ? ` in part '${p.part}'` : ""}: ${REASON[p.reason as PartReason] ?? p.reason}${p.detail ? ` (${p.detail})` : ""}. Open it in Excel (Excel offers to repair it), save it and try again.`,
  tooLarge: (p) =>
    `The file inflates too large${p.part ? ` in part '${p.part}'` : ""}: ${REASON[p.reason as PartReason] ?? p.reason}${p.detail ? ` (${p.detail})` : ""}; no council workbook is that large, the file may be damaged or inflated on purpose.`,
  outOfGrid: (p) =>
    `Cell '${p.cell}' lies outside Excel's grid (at most XFD1048576): the file is damaged, the cell is skipped.`,
  nameTaken: (p) =>
    `'${p.name}' exists in the workbook but was not written by Bình Xét, so it is kept; the result goes to '${p.instead}'.`,
  inputSkipped: (p) =>
    `Sheet '${p.sheet}' is named like the input '${p.input}' but lacks the columns ${p.columns}: it is not used.`,
  inputAmbiguous: (p) =>
    `Two sheets could be '${p.input}': '${p.chosen}' is used, '${p.other}' is skipped. Rename the one not used.`,
  provisional: (p) =>
    `'${p.award}' in '${p.scope}' is a DRAFT: ${p.waiting} could not be ranked; fix those cells and rank again.`,
  provisionalHolder: (p) =>
    `The proposal of '${p.award}' is a DRAFT: it waits for ${p.waiting} in '${p.scope}'.`,
  signatureLost: () =>
    "The workbook is digitally signed: the written copy (with the Xếp hạng sheet) no longer carries a valid signature; sign it again if needed.",
  missingColumn: (p) => `The required column '${p.column}' is missing.`,
  duplicateCode: (p) => `Criterion code ${p.code} is repeated: this row is ignored.`,
  duplicateNominee: (p) => `Nominee ID ${p.id} is repeated: not ranked.`,
  duplicateResultRow: (p) => `Nominee ${p.id} has two results rows: not ranked.`,
  duplicateLongRow: (p) => `Criterion ${p.code} has two results rows: not ranked.`,
  unknownField: (p) => `Field '${p.field}' has no criteria.`,
  unknownCriterion: (p) => `Criterion ${p.code} is not in the nominee's field: ignored.`,
  notJudged: (p) => `Criterion ${p.code} is not of type points: the judge scores are ignored.`,
  unreadable: (p) => `'${p.value}' is not a number: type a number, such as 90 or 12.5.`,
  ambiguous: (p) =>
    `The value '${p.value}' is ambiguous (thousands or decimal separator): write it unambiguously.`,
  negative: (p) => `The negative value '${p.value}' is not valid for criterion ${p.code}.`,
  tooBig: (p) =>
    `Value '${p.value}' is too large (at most 1,000,000,000,000,000 in size): it cannot be used.`,
  notAValue: (p) =>
    `The cell holds '${p.value}', which is not a number: type a number, such as 90.`,
  badKind: (p) => `Kind '${p.value}' is not valid: use Collective or Individual.`,
  emptyId: () => `The ID cell is empty: this row is skipped.`,
  unknownId: (p) => `ID '${p.id}' is not in the nominees list.`,
  badDefinition: (p) => `Column '${p.column}' holds the invalid value '${p.value}'.`,
  tooManyAwards: (p) =>
    `The sheet has ${p.count} award rows, more than ${p.max}: only the first ${p.max} are used, from this row on they are skipped.`,
  gapBudget: (p) =>
    `The gap to the next award could be computed for ${p.done} of ${p.total} nominees only (too many awards or tied nominees): the other cells are left empty.`,
  emptyKey: (p) => `The '${p.column}' cell is empty: this row is ignored.`,
  missingCell: (p) => `Empty cell: criterion ${p.code} scores 0 points.`,
  noCell: (p) => `No data for criterion ${p.code}: it scores 0 points.`,
  noMax: () => `No criterion applies: no score can be computed.`,
  formulaNeedsValue: (p) =>
    `The formula of criterion ${p.code} needs a value but there is no cell: it scores 0 points.`,
  emptyScore: (p) => `Empty judge score for criterion ${p.code}: skipped.`,
  outOfRange: (p) => `${p.value} points for criterion ${p.code} is outside 0 to ${p.max}.`,
  badSyntax: (p) => `Invalid expression: ${reason(p)}.`,
  unknownName: (p) => `The expression uses an unknown name: ${p.name}.`,
  runtimeError: (p) => `The expression failed${p.id ? ` for ${p.id}` : ""}: ${reason(p)}.`,
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
  printSkipped: (p) =>
    `${p.count} nominees, more than the ${p.max} that can be printed: the In xếp hạng and Giải thích sheets are not written; print from Xếp hạng filtered by cluster or field.`,
  ballotUnknownAward: (p) =>
    `Ballot for '${p.award}': no such award in the Awards sheet; row skipped.`,
  ballotUnknownNominee: (p) => `Ballot for ID '${p.id}': not in the nominee list; row skipped.`,
  ballotNotBalloted: (p) =>
    `'${p.award}' is not decided by ballot (its condition does not use the vote share): this ballot row is not used.`,
  badBallot: (p) =>
    `Vote count '${p.value}' is not valid: enter a whole number from 0 to ${p.members}. '${p.award}' for ${p.id} waits for a valid count.`,
  ballotTooMany: (p) =>
    `${p.yes} for and ${p.no} against add up to more than the council's ${p.members} members: check the count; '${p.award}' for ${p.id} waits for a valid count.`,
  ballotDuplicate: (p) =>
    `${p.id} has two ballot rows for '${p.award}': the later one is used; delete the other.`,
  ballotNeedsMembers: () =>
    "There are ballots but Settings has no 'Council members': the shares cannot be computed, balloted awards stay pending.",
  ballotNeedsPresent: () =>
    "There are ballots but Settings has no 'Members present': the quorum cannot be checked, balloted awards stay pending.",
  noQuorum: (p) =>
    `Only ${p.present} of ${p.members} members present, under two thirds (${p.needed} needed): the meeting cannot vote, no balloted award is proposed.`,
  ballotMismatch: (p) =>
    `Cell '${p.header}' says ${p.typed} but the ballot for '${p.award}' gives ${p.share}% (${p.yes}/${p.members}): the ballot is used.`,
  ballotByVotes: (p) =>
    `'${p.award}' has more candidates than its quota at rank ${p.rank}: taken by votes for, highest first (${p.votes}).`,
  conditionWordsStale: (p) =>
    `The words no longer match the condition (edited?): it now reads "${p.words}"; update this cell to match.`,
  exampleRows: (p) =>
    `${p.count} example rows of the template (${p.ids}) are not ranked: when you enter the real nominees, delete the rows whose Ví dụ is Có on the Đối tượng sheet and their rows on Kết quả and Chấm điểm.`,
  pending: (p) => `Not enough data to decide '${p.award}': ${p.headers} still empty; not proposed.`,
  reportNoTable: () =>
    "The file has no BaoCao table of the report form (sheet Báo cáo): fill in the form the council sent (binhxet forms, Report forms).",
  reportUnknownUnit: (p) =>
    `Unit id '${p.id}' is none of the council's reporting units: check the Thông tin sheet or send the unit its form again.`,
  reportUnknownNominee: (p) =>
    `Nominee id '${p.id}' does not belong to unit ${p.unit}: the id was edited in the form; this report is not merged.`,
  reportUnknownCriterion: (p) =>
    `Criterion code '${p.code}' is not a reported criterion of ${p.id}: the form was edited; this report is not merged.`,
  reportRowMissing: (p) =>
    `The row of ${p.id}, criterion ${p.code} is missing (rows deleted or another criteria set): this report is not merged; send the unit a new form.`,
  reportRowRepeated: (p) =>
    `Repeated row: ${p.id}, criterion ${p.code} is already on row ${p.row}: this report is not merged.`,
  reportWrongPeriod: (p) =>
    `The report is for ${p.found}, not for ${p.expected} being collected: this report is not merged.`,
  reportSameUnit: (p) =>
    `Unit ${p.unit} sent two reports: ${p.files}. Neither is merged; to take the later one (${p.later}), confirm it (command line: --lay-ban-sau).`,
  reportConflict: (p) =>
    `The cell holds ${p.old}, the report says ${p.value} (${p.source}): not overwritten unless the secretary confirms (command line: --ghi-de).`,
  reportNoReport: (p) => `Unit ${p.unit} has sent no report.`,
  reportRequiredEmpty: (p) =>
    `${p.unit}: ${p.id} left the required criterion ${p.code} empty: ask the unit to complete it.`,
  reportDateFromFile: (p) =>
    `The Thông tin sheet gives no report date: the file's modified date (${p.date}) decides whether it was on time.`,
  reportLate: (p) => `Report dated ${p.date}, after the deadline ${p.deadline}: not on time.`,
  reportNoColumn: (p) =>
    `Sheet ${p.sheet} has no column ${p.code}: add it and collect again; this criterion's values are not written.`,
  reportNoQuarter: (p) =>
    `The workbook has no sheet Kết quả Q${p.quarter} nor a Quý column for quarter ${p.quarter}'s figures: add one and collect again.`,
} satisfies Record<MessageKey, (p: Params) => string>;
