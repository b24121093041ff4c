import { address } from "../messages/message";
import type { Reporter } from "../messages/Reporter";
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
  /** Found as a table (ListObject) rather than a sheet. */
  readonly isTable?: boolean;
  cell(row: number, col: number): Cell;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * Finds an input by table name, then by sheet name (contract §1, §13.1), in the order of the names the
 * input accepts. A table or sheet is the input only if it has the columns the input requires: one
 * named like it that does not (an XLSForm's `settings`, a macro's config) is skipped with a warning,
 * and when two qualify, the first is used and both are named. When none qualifies the first
 * candidate is returned, so that its missing columns are reported. `extraHeaders` are further known
 * headers (criterion codes for the results).
 */
export function findInput<C extends string>(
  workbook: WorkbookSnapshot,
  spec: InputSpec<C>,
  extraHeaders: ReadonlySet<string> = new Set(),
  reporter?: Reporter
): InputGrid<C> | null {
  const candidates = candidatesOf(workbook, spec, extraHeaders);
  const chosen = candidates.find((g) => qualifies(g, spec));
  if (!chosen) return candidates[0] ?? null;
  const input = spec.sheets[0] as string;
  // A table of the input's name is the input by the contract: the sheets named like it are not in question.
  if (chosen === candidates[0] && chosen.isTable) return chosen;
  for (const g of candidates) {
    if (g === chosen) continue;
    if (qualifies(g, spec))
      reporter?.add(
        "inputAmbiguous",
        { sheet: g.sheet, cell: "" },
        { input, chosen: chosen.sheet, other: g.sheet }
      );
    else
      reporter?.add(
        "inputSkipped",
        { sheet: g.sheet, cell: g.headerRow < 0 ? "A1" : address(g.headerRow, g.left) },
        { input, sheet: g.sheet, columns: missingColumns(g, spec).join(", ") }
      );
  }
  return chosen;
}

/** The input's table, then each sheet with one of its names (in the order of the names), as grids. */
function candidatesOf<C extends string>(
  workbook: WorkbookSnapshot,
  spec: InputSpec<C>,
  extraHeaders: ReadonlySet<string>
): InputGrid<C>[] {
  const grids: InputGrid<C>[] = [];
  const tableKey = matchKey(spec.table);
  const table = workbook.tables.find((t) => matchKey(t.name) === tableKey);
  const tableSheet = table && workbook.sheets.find((s) => s.name === table.sheet);
  // A table said to have no header row is read as its sheet, header found as on any sheet: ExcelJS
  // writes every table it saves again with headerRowCount="0", its header still in the first row.
  if (table && tableSheet && !table.headerRow)
    grids.push(sheetGrid(tableSheet, spec, extraHeaders));
  else if (table && tableSheet) {
    const { top, left, bottom, right } = table.range;
    // A table's range is what the file says; the rows are what the sheet holds.
    const last = Math.min(table.totalsRow ? bottom - 1 : bottom, tableSheet.rows.length - 1);
    const rows: number[] = [];
    for (let r = top + 1; r <= last; r++) if (!rowEmpty(tableSheet, r, left, right)) rows.push(r);
    grids.push({ ...grid(tableSheet, spec, top, left, right, rows), isTable: true });
  }
  for (const key of spec.sheets.map(matchKey))
    for (const sheet of workbook.sheets)
      if (matchKey(sheet.name) === key && sheet !== tableSheet)
        grids.push(sheetGrid(sheet, spec, extraHeaders));
  return grids;
}

/** A sheet read as the input: its header row is the first of ten with two known headers (§1). */
function sheetGrid<C extends string>(
  sheet: SheetSnapshot,
  spec: InputSpec<C>,
  extraHeaders: ReadonlySet<string>
): InputGrid<C> {
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

function missingColumns<C extends string>(g: InputGrid<C>, spec: InputSpec<C>): string[] {
  const absent = (id: C) => g.columns[id] === undefined;
  const required = (Object.entries(spec.columns) as [C, { header: string; required: boolean }][])
    .filter(([id, c]) => c.required && absent(id))
    .map(([, c]) => c.header);
  const sets = spec.anyOf ?? [];
  if (required.length > 0 || sets.length === 0 || sets.some((set) => !set.some(absent)))
    return required;
  return (sets[0] as readonly C[]).filter(absent).map((id) => spec.columns[id].header);
}

/** A header row holding every required column (and, for the results, one of its two forms). */
function qualifies<C extends string>(g: InputGrid<C>, spec: InputSpec<C>): boolean {
  return g.headerRow >= 0 && missingColumns(g, spec).length === 0;
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
