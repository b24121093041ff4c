import { matchKey, textKey } from "../text/normalize";
import { type InputGrid, findInput } from "../read/findInput";
import { RESULTS } from "../read/inputs";
import { findQuarterResults } from "../read/quarterResults";
import { parseQuarter } from "../read/quarters";
import { cellText } from "../cell/readValue";
import type { Cell, WorkbookSnapshot } from "../snapshot";

type Grid = InputGrid<keyof typeof RESULTS.columns>;

/** A cell of the council's results to write: 0-based row and column of its sheet. */
export interface ResultCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Where one value of a nominee for a criterion goes, with what is there now; or why there is no place. */
export type Slot =
  | { readonly cell: ResultCell; readonly current: Cell; readonly row: RowToAdd | null }
  | { readonly none: "noColumn" | "noQuarter"; readonly sheet: string };

/** A row the merge adds below the results: its identifying cells, written with the value (all empty now). */
export interface RowToAdd {
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly { readonly col: number; readonly value: string | number }[];
}

/**
 * The council's results as places to write (issue 14 §2): the wide sheet by id row and code column, the
 * long form by (nominee, criterion, quarter) row, a quarter's own sheet `Kết quả Qn` for a quarter when
 * the wide form is used. A nominee or pair with no row gets one below the last, made once.
 */
export function resultCells(book: WorkbookSnapshot, codes: ReadonlySet<string>): ResultCells {
  return new ResultCells(book, codes);
}

const isLong = (g: Grid | null): g is Grid =>
  g !== null &&
  g.columns.nominee !== undefined &&
  g.columns.criterion !== undefined &&
  g.columns.value !== undefined;

const longKey = (id: string, code: string, quarter: number) =>
  `${textKey(id)}\u0000${matchKey(code)}\u0000${quarter}`;

class ResultCells {
  private readonly main: Grid | null;
  private readonly quarters: ReturnType<typeof findQuarterResults>;
  /** Rows added so far, by sheet and row. */
  private readonly added = new Map<string, RowToAdd>();
  /** The next free row of each sheet. */
  private readonly next = new Map<string, number>();
  /** The row of each id, per wide grid. */
  private readonly wideRows = new Map<Grid, Map<string, number>>();
  /** The row of each (nominee, criterion, quarter) of the long form. */
  private readonly longRows = new Map<string, number>();

  constructor(book: WorkbookSnapshot, codes: ReadonlySet<string>) {
    const main = findInput(book, RESULTS, codes);
    this.main = main;
    this.quarters = findQuarterResults(book, codes);
    if (isLong(main))
      for (const r of main.rows) {
        const q =
          main.columns.quarter === undefined
            ? 0
            : (parseQuarter(main.cell(r, main.columns.quarter)) ?? 0);
        const id = cellText(main.cell(r, main.columns.nominee as number));
        const key = longKey(id, cellText(main.cell(r, main.columns.criterion as number)), q);
        if (!this.longRows.has(key)) this.longRows.set(key, r);
      }
  }

  /** The place of a value: the quarter's when `quarter` is set. */
  slot(id: string, name: string, code: string, quarter: number | null): Slot {
    const main = this.main;
    if (isLong(main)) return this.longSlot(main, id, code, quarter);
    if (quarter === null)
      return main
        ? this.wide(main, id, name, code)
        : { none: "noQuarter", sheet: RESULTS.sheets[0] };
    const q = this.quarters.find((x) => x.quarter === quarter);
    return q ? this.wide(q.grid, id, name, code) : { none: "noQuarter", sheet: RESULTS.sheets[0] };
  }

  private nextRow(g: Grid): number {
    const n = this.next.get(g.sheet) ?? Math.max(g.headerRow, ...g.rows) + 1;
    this.next.set(g.sheet, n + 1);
    return n;
  }

  private rowsOf(g: Grid): Map<string, number> {
    let m = this.wideRows.get(g);
    if (!m) {
      m = new Map();
      for (const r of g.rows) {
        const k = textKey(cellText(g.cell(r, g.columns.id ?? g.left)));
        if (k && !m.has(k)) m.set(k, r);
      }
      this.wideRows.set(g, m);
    }
    return m;
  }

  private addRow(add: RowToAdd): RowToAdd {
    this.added.set(`${add.sheet}\u0000${add.row}`, add);
    return add;
  }

  private addedAt(g: Grid, row: number): RowToAdd | null {
    return this.added.get(`${g.sheet}\u0000${row}`) ?? null;
  }

  private wide(g: Grid, id: string, name: string, code: string): Slot {
    const col = g.headers.find((h) => matchKey(h.text) === matchKey(code))?.col;
    if (col === undefined) return { none: "noColumn", sheet: g.sheet };
    const rows = this.rowsOf(g);
    const found = rows.get(textKey(id));
    if (found !== undefined)
      return {
        cell: { sheet: g.sheet, row: found, col },
        current: g.cell(found, col),
        row: this.addedAt(g, found),
      };
    const row = this.nextRow(g);
    rows.set(textKey(id), row);
    const nameCol = g.headers.find((h) => ["ten", "name"].includes(matchKey(h.text)))?.col;
    const add = this.addRow({
      sheet: g.sheet,
      row,
      cells: [
        { col: g.columns.id ?? g.left, value: id },
        ...(nameCol === undefined ? [] : [{ col: nameCol, value: name }]),
      ],
    });
    return { cell: { sheet: g.sheet, row, col }, current: g.cell(row, col), row: add };
  }

  private longSlot(g: Grid, id: string, code: string, quarter: number | null): Slot {
    if (quarter !== null && g.columns.quarter === undefined)
      return { none: "noQuarter", sheet: g.sheet };
    const key = longKey(id, code, quarter ?? 0);
    const valueCol = g.columns.value as number;
    const found = this.longRows.get(key);
    if (found !== undefined)
      return {
        cell: { sheet: g.sheet, row: found, col: valueCol },
        current: g.cell(found, valueCol),
        row: this.addedAt(g, found),
      };
    const row = this.nextRow(g);
    this.longRows.set(key, row);
    const add = this.addRow({
      sheet: g.sheet,
      row,
      cells: [
        { col: g.columns.nominee as number, value: id },
        { col: g.columns.criterion as number, value: code },
        ...(quarter !== null ? [{ col: g.columns.quarter as number, value: quarter }] : []),
      ],
    });
    return { cell: { sheet: g.sheet, row, col: valueCol }, current: null, row: add };
  }
}
