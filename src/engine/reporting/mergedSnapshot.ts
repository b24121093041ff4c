import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { MergePlan } from "./planMerge";

/** A value as the adapters write it: a number, or a text cell. */
const cellOf = (v: number | string): Cell =>
  typeof v === "number" ? { t: "n", v } : { t: "s", v };

/** Every cell the plan writes, with the identifying cells of the rows it adds, once each. */
export function cellsToWrite(plan: MergePlan) {
  const out = new Map<
    string,
    { sheet: string; row: number; col: number; value: number | string }
  >();
  const put = (sheet: string, row: number, col: number, value: number | string) =>
    out.set(`${sheet}\u0000${row}\u0000${col}`, { sheet, row, col, value });
  for (const w of plan.writes) {
    for (const c of w.row?.cells ?? []) put(w.row?.sheet ?? "", w.row?.row ?? 0, c.col, c.value);
    put(w.cell.sheet, w.cell.row, w.cell.col, w.value);
  }
  return [...out.values()];
}

/** The council workbook as it will be once the plan is applied: what the ranking after the merge reads. */
export function mergedSnapshot(book: WorkbookSnapshot, plan: MergePlan): WorkbookSnapshot {
  const cells = cellsToWrite(plan);
  const sheets = book.sheets.map((s): SheetSnapshot => {
    const mine = cells.filter((c) => c.sheet === s.name);
    if (mine.length === 0) return s;
    const rows = s.rows.map((r) => (r ? [...r] : undefined));
    for (const c of mine) {
      const row = (rows[c.row] ??= []);
      while (row.length < c.col) row.push(null);
      row[c.col] = cellOf(c.value);
    }
    return { ...s, rows };
  });
  // A table the rows are added under grows with them, as the adapters make it.
  const tables = book.tables.map((t) => {
    const below = cells
      .filter((c) => c.sheet === t.sheet && c.row > t.range.bottom)
      .map((c) => c.row);
    return below.length > 0 && Math.min(...below) === t.range.bottom + 1 && !t.totalsRow
      ? { ...t, range: { ...t.range, bottom: Math.max(...below) } }
      : t;
  });
  return { ...book, sheets, tables };
}
