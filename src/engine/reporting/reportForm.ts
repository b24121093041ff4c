import type { CriteriaBook, Criterion, Nominee } from "../model";
import { columnName } from "../messages/message";
import type { OutputColumn, OutputValue } from "../output/buildOutputTable";
import { findInput } from "../read/findInput";
import { SCORES } from "../read/inputs";
import { cellText } from "../cell/readValue";
import type { WorkbookSnapshot } from "../snapshot";
import { matchKey } from "../text/normalize";
import { dateText, deadline } from "../read/quarters";
import { type ReportingUnit, reportFileName, reportingUnits } from "./reportingUnits";
import { selfScoreFormula } from "./selfScore";

/** The period a form reports: a quarter of a year, or the whole year (`quarter` null). */
export interface ReportPeriod {
  readonly year: number;
  readonly quarter: number | null;
}

/** A cell the unit's Excel computes. */
export interface FormulaValue {
  readonly formula: string;
}

export interface FormColumn extends OutputColumn {
  readonly note: string;
  /** The unit types here: the one column left unlocked, with the rest of the sheet protected. */
  readonly input?: boolean;
}

/** One unit's form, as data each adapter draws the same way (issue 14 §1). */
export interface ReportForm {
  readonly unit: ReportingUnit;
  readonly file: string;
  readonly period: ReportPeriod;
  /** Excel day serial of the deadline. */
  readonly deadline: number;
  /** Lines above the table: title, unit, period and deadline. */
  readonly title: readonly string[];
  readonly columns: readonly FormColumn[];
  readonly rows: readonly (readonly (OutputValue | FormulaValue)[])[];
  /** `Thông tin`: label, value, and whether the unit fills it. */
  readonly info: readonly {
    readonly label: string;
    readonly value: OutputValue;
    readonly input: boolean;
  }[];
  /** The signature lines under `Thông tin`: title and what to write, per signer. */
  readonly signatures: readonly (readonly [string, string])[];
}

export const REPORT_SHEET = "Báo cáo";
export const REPORT_TABLE = "BaoCao";
export const INFO_SHEET = "Thông tin";

/** The form's columns, in the order of issue 14 §1; the readers find them by these headers. */
export const FORM_COLUMNS: readonly FormColumn[] = [
  { header: "Mã đối tượng", format: "text", width: 14, note: "Mã của Hội đồng: không sửa." },
  { header: "Tên", format: "longText", width: 28, note: "Tên tập thể, cá nhân." },
  {
    header: "Mã tiêu chí",
    format: "text",
    width: 11,
    note: "Mã tiêu chí của Hội đồng: không sửa.",
  },
  { header: "Tiêu chí", format: "longText", width: 48, note: "Nội dung tiêu chí." },
  { header: "Chỉ tiêu", format: "text", width: 10, note: "Chỉ tiêu Hội đồng giao." },
  { header: "Điểm tối đa", format: "text", width: 11, note: "Điểm tối đa của tiêu chí." },
  {
    header: "Giá trị",
    format: "input",
    width: 12,
    input: true,
    note: "Số liệu thực hiện: nhập số (ví dụ 95 hoặc 12,5); KAD nếu tiêu chí không áp dụng.",
  },
  {
    header: "Minh chứng",
    format: "inputText",
    width: 40,
    input: true,
    note: "Văn bản, quyết định, số liệu chứng minh (ghi số, ngày hoặc đường link). Không có minh chứng có thể không được chấm điểm.",
  },
  {
    header: "Điểm tự chấm",
    format: "decimal",
    width: 13,
    note: "Tự tính theo quy tắc của Hội đồng khi nhập Giá trị. Tiêu chí công thức: điểm tính khi Hội đồng tổng hợp.",
  },
];

/** Column indexes the formula reads, by header. */
const at = (header: string) => FORM_COLUMNS.findIndex((c) => c.header === header);
const VALUE = at("Giá trị");
const TARGET = at("Chỉ tiêu");
const MAX = at("Điểm tối đa");

/** The rows of `Thông tin`; the reader of a returned report finds them by these labels. */
export const INFO_LABELS = {
  unit: "Đơn vị",
  unitId: "Mã đơn vị",
  year: "Năm",
  quarter: "Quý",
  deadline: "Hạn nộp",
  reporter: "Người báo cáo",
  title: "Chức vụ",
  date: "Ngày báo cáo",
  phone: "Điện thoại",
  email: "Thư điện tử",
} as const;

/**
 * The codes the council's judges score: those the `Chấm điểm` sheet holds scores for. A `Chấm điểm`
 * criterion without judge scores is typed in `Kết quả` (a head of unit's assessment) and so reported.
 */
export function judgedCodes(book: WorkbookSnapshot): ReadonlySet<string> {
  const grid = findInput(book, SCORES);
  const col = grid?.columns.criterion;
  const codes = new Set<string>();
  if (grid && col !== undefined)
    for (const r of grid.rows) codes.add(matchKey(cellText(grid.cell(r, col))));
  return codes;
}

/**
 * The criteria a unit reports for a nominee: those of its field and the common ones, but neither one
 * the council's judges score nor the on-time criterion (the report's own date fills it, §4).
 */
export function reportedCriteria(
  n: Nominee,
  criteria: CriteriaBook,
  judged: ReadonlySet<string>
): readonly Criterion[] {
  return criteria
    .forField(n.fieldKey)
    .filter((c) => !(c.type === "points" && judged.has(c.codeKey)) && c.rollup !== "onTime");
}

/** The table's header row (0-based): under the three title lines and a blank one. */
export const FORM_HEADER_ROW = 4;

/** One row of the table: what the council set, blank cells to fill, and the live self-score. */
function formRow(n: Nominee, c: Criterion, sheetRow: number): (OutputValue | FormulaValue)[] {
  const ref = (col: number) => `${columnName(col)}${sheetRow}`;
  const formula = selfScoreFormula(c, { value: ref(VALUE), target: ref(TARGET), max: ref(MAX) });
  return [n.id, n.name, c.code, c.name, c.target, c.max, null, null, formula ? { formula } : null];
}

const periodText = (p: ReportPeriod) =>
  p.quarter ? `Quý ${p.quarter}/${p.year}` : `Năm ${p.year}`;

/** The deadline: the 15th of the quarter's last month; for the year, that of its last quarter. */
export const periodDeadline = (p: ReportPeriod) => deadline(p.quarter ?? 4, p.year);

/** Every reporting unit's form for the period, in the nominees sheet's order. */
export function reportForms(
  book: WorkbookSnapshot,
  nominees: readonly Nominee[],
  criteria: CriteriaBook,
  period: ReportPeriod,
  council: string
): ReportForm[] {
  const due = periodDeadline(period);
  const judged = judgedCodes(book);
  return reportingUnits(nominees.filter((n) => !n.invalid)).map((unit) => {
    const pairs = unit.members.flatMap((n) =>
      reportedCriteria(n, criteria, judged).map((c) => [n, c] as const)
    );
    const rows = pairs.map(([n, c], i) => formRow(n, c, FORM_HEADER_ROW + 2 + i));
    return {
      unit,
      file: reportFileName(unit),
      period,
      deadline: due,
      title: [
        `BÁO CÁO KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA ${periodText(period).toUpperCase()}`,
        `Đơn vị: ${unit.name}${unit.id !== unit.name ? ` (${unit.id})` : ""}${council ? ` · Gửi: ${council}` : ""}`,
        `Kỳ báo cáo: ${periodText(period)} · Hạn nộp: ${dateText(due)} · Điền cột Giá trị và Minh chứng; Điểm tự chấm tự tính.`,
      ],
      columns: FORM_COLUMNS,
      rows,
      info: [
        { label: INFO_LABELS.unit, value: unit.name, input: false },
        { label: INFO_LABELS.unitId, value: unit.id, input: false },
        { label: INFO_LABELS.year, value: period.year, input: false },
        { label: INFO_LABELS.quarter, value: period.quarter, input: false },
        { label: INFO_LABELS.deadline, value: dateText(due), input: false },
        { label: INFO_LABELS.reporter, value: null, input: true },
        { label: INFO_LABELS.title, value: null, input: true },
        { label: INFO_LABELS.date, value: null, input: true },
        { label: INFO_LABELS.phone, value: null, input: true },
        { label: INFO_LABELS.email, value: null, input: true },
      ],
      signatures: [
        ["NGƯỜI LẬP BÁO CÁO", "(Ký, ghi rõ họ tên)"],
        ["THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"],
      ],
    };
  });
}
