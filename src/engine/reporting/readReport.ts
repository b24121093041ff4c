import { type Message, address, message } from "../messages/message";
import type { MessageKey } from "../messages/codes";
import type { Params } from "../messages/message";
import { findInput } from "../read/findInput";
import { rowReader } from "../read/gridCells";
import { REPORT } from "../read/inputs";
import { dayOf, parseQuarter } from "../read/quarters";
import { cellText } from "../cell/readValue";
import type { Cell, WorkbookSnapshot } from "../snapshot";
import { matchKey, textKey } from "../text/normalize";
import { INFO_LABELS, INFO_SHEET } from "./reportForm";

/** One row of a returned form: which nominee and criterion, the value as typed, and where it is. */
export interface ReportRow {
  readonly nomineeId: string;
  readonly nomineeKey: string;
  readonly code: string;
  readonly codeKey: string;
  readonly value: Cell;
  readonly evidence: string;
  /** The unit's self-score as its spreadsheet last computed it; null when the file holds none. */
  readonly selfScore: number | null;
  /** The value cell, e.g. `Báo cáo!G7`, and the row's id cell. */
  readonly valueCell: string;
  readonly idCell: string;
  readonly codeCell: string;
}

/** A returned report form, read (issue 14 §2). */
export interface Report {
  readonly file: string;
  readonly sheet: string;
  /** `Mã đơn vị` from `Thông tin`; empty when the sheet does not say. */
  readonly unitId: string;
  readonly year: number | null;
  readonly quarter: number | null;
  /** Excel day of the report: `Ngày báo cáo`, else the file's modified day; null when neither is known. */
  readonly date: number | null;
  readonly dateFrom: "report" | "file" | null;
  readonly reporter: string;
  readonly rows: readonly ReportRow[];
  /** What is wrong with the file itself (no form table): nothing of it can be merged. */
  readonly problems: readonly Message[];
}

const INFO_ROWS = 40;

/** `Thông tin`: label in the first column, value in the second, found by label. */
function infoOf(book: WorkbookSnapshot): (label: string) => Cell {
  const sheet = book.sheets.find((s) => ["thongtin", "info"].includes(matchKey(s.name)));
  const found = new Map<string, Cell>();
  for (const row of sheet?.rows.slice(0, INFO_ROWS) ?? []) {
    const label = matchKey(cellText(row?.[0] ?? null));
    if (label && !found.has(label)) found.set(label, row?.[1] ?? null);
  }
  return (label) => found.get(matchKey(label)) ?? null;
}

const numberOf = (cell: Cell): number | null => {
  if (cell?.t === "n") return cell.v;
  const t = cellText(cell);
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
};

/**
 * Reads a returned form: its `BaoCao` rows and its `Thông tin`. `modified` is the file's own modified
 * day, the report's date when `Thông tin` gives none (the caller records which was used).
 */
export function readReport(book: WorkbookSnapshot, file: string, modified: number | null): Report {
  const info = infoOf(book);
  const stated = dayOf(info(INFO_LABELS.date), book.date1904 === true);
  const quarterCell = info(INFO_LABELS.quarter);
  const base = {
    file,
    unitId: cellText(info(INFO_LABELS.unitId)),
    year: numberOf(info(INFO_LABELS.year)),
    quarter: cellText(quarterCell) === "" ? null : parseQuarter(quarterCell),
    date: stated ?? modified,
    dateFrom: stated !== null ? ("report" as const) : modified !== null ? ("file" as const) : null,
    reporter: cellText(info(INFO_LABELS.reporter)),
  };
  const grid = findInput(book, REPORT);
  const fail = (key: MessageKey, params: Params = {}) => ({
    ...base,
    sheet: INFO_SHEET,
    rows: [],
    problems: [message(key, "", "", params, file)],
  });
  if (!grid || grid.columns.nominee === undefined || grid.columns.criterion === undefined)
    return fail("reportNoTable");
  const rows: ReportRow[] = [];
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "nominee");
    const id = cellText(row.cell("nominee"));
    const code = cellText(row.cell("criterion"));
    if (id === "" && code === "") continue;
    const self = row.cell("selfScore");
    rows.push({
      nomineeId: id,
      nomineeKey: textKey(id),
      code,
      codeKey: matchKey(code),
      value: row.cell("value"),
      evidence: cellText(row.cell("evidence")),
      selfScore: self?.t === "n" ? self.v : null,
      valueCell: address(r, grid.columns.value ?? grid.left),
      idCell: row.place("nominee").cell,
      codeCell: row.place("criterion").cell,
    });
  }
  return { ...base, sheet: grid.sheet, rows, problems: [] };
}
