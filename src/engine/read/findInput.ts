import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { matchKey } from "../text/normalize";
import type { InputSpec } from "./inputs";

/** An input located in the workbook: its header and data rows, cells by column. */
export interface InputGrid<C extends string> {
  readonly sheet: string;
  /** 0-based header row, or -1 when none was found. */
  readonly headerRow: number;
  readonly left: number;
  /** Column index of each known column present. */
  readonly columns: Partial<Record<C, number>>;
  /** Every header cell: column index and its text. */
  readonly headers: ReadonlyArray<{ readonly col: number; readonly text: string }>;
  readonly rows: readonly number[];
  cell(row: number, col: number): Cell;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * Finds an input by table name, then by sheet name (contract §1, §13.1).
 * `extraHeaders` are further known headers (criterion codes for the results).
 */
export function findInput<C extends string>(
  workbook: WorkbookSnapshot,
  spec: InputSpec<C>,
  extraHeaders: ReadonlySet<string> = new Set()
): InputGrid<C> | null {
  const tableKey = matchKey(spec.table);
  const table = workbook.tables.find((t) => matchKey(t.name) === tableKey);
  const sheetOf = (name: string) => workbook.sheets.find((s) => s.name === name);
  if (table) {
    const sheet = sheetOf(table.sheet);
    if (sheet) {
      const { top, left, bottom, right } = table.range;
      const header = table.headerRow ? top : -1;
      const last = table.totalsRow ? bottom - 1 : bottom;
      const rows: number[] = [];
      for (let r = header + 1 === 0 ? top : header + 1; r <= last; r++)
        if (!rowEmpty(sheet, r, left, right)) rows.push(r);
      return grid(sheet, spec, header, left, right, rows);
    }
  }
  const sheetKeys = new Set(spec.sheets.map(matchKey));
  const sheet = workbook.sheets.find((s) => sheetKeys.has(matchKey(s.name)));
  if (!sheet) return null;
  const known = new Set([
    ...Object.values<{ aliases: readonly string[] }>(spec.columns).flatMap((c) =>
      c.aliases.map(matchKey)
    ),
    ...extraHeaders,
  ]);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    const hits = row.filter((c) => c !== null && c.t === "s" && known.has(matchKey(c.v))).length;
    if (hits >= 2) {
      const right = row.length - 1;
      const rows: number[] = [];
      for (
        let d = r + 1;
        d < sheet.rows.length && !rowEmpty(sheet, d, 0, Number.MAX_SAFE_INTEGER);
        d++
      )
        rows.push(d);
      return grid(sheet, spec, r, 0, right, rows);
    }
  }
  return grid(sheet, spec, -1, 0, -1, []);
}

function rowEmpty(sheet: SheetSnapshot, r: number, left: number, right: number): boolean {
  const row = sheet.rows[r];
  if (!row) return true;
  for (let c = left; c <= Math.min(right, row.length - 1); c++) {
    const cell = row[c] ?? null;
    if (cell !== null && !(cell.t === "s" && cell.v.trim() === "")) return false;
  }
  return true;
}

function grid<C extends string>(
  sheet: SheetSnapshot,
  spec: InputSpec<C>,
  headerRow: number,
  left: number,
  right: number,
  rows: number[]
): InputGrid<C> {
  const headers: { col: number; text: string }[] = [];
  const columns: Partial<Record<C, number>> = {};
  const byKey = new Map<string, C>();
  for (const [id, c] of Object.entries<{ aliases: readonly string[] }>(spec.columns))
    for (const a of c.aliases) byKey.set(matchKey(a), id as C);
  const headerCells = headerRow >= 0 ? (sheet.rows[headerRow] ?? []) : [];
  for (let c = left; c <= right && c < headerCells.length; c++) {
    const cell = headerCells[c] ?? null;
    if (cell === null) continue;
    const text = String(cell.v).normalize("NFC").trim();
    if (text === "") continue;
    headers.push({ col: c, text });
    const id = byKey.get(matchKey(text));
    if (id !== undefined && columns[id] === undefined) columns[id] = c;
  }
  const data = sheet.rows;
  return {
    sheet: sheet.name,
    headerRow,
    left,
    columns,
    headers,
    rows,
    cell: (r, c) => data[r]?.[c] ?? null,
  };
}
