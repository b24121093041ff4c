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
export function resultCells(book: WorkbookSnapshot, codes: ReadonlySet<string>) {
  const main = findInput(book, RESULTS, codes);
  const quarters = findQuarterResults(book, codes);
  const added = new Map<string, RowToAdd>();
  const next = new Map<string, number>();
  const nextRow = (g: Grid) => {
    const n = next.get(g.sheet) ?? Math.max(g.headerRow, ...g.rows) + 1;
    next.set(g.sheet, n + 1);
    return n;
  };
  const long = (g: Grid | null): g is Grid =>
    g !== null &&
    g.columns.nominee !== undefined &&
    g.columns.criterion !== undefined &&
    g.columns.value !== undefined;
  const wideRows = new Map<Grid, Map<string, number>>();
  const rowsOf = (g: Grid) => {
    let m = wideRows.get(g);
    if (!m) {
      m = new Map();
      for (const r of g.rows) {
        const k = textKey(cellText(g.cell(r, g.columns.id ?? g.left)));
        if (k && !m.has(k)) m.set(k, r);
      }
      wideRows.set(g, m);
    }
    return m;
  };
  const longRows = new Map<string, number>();
  if (long(main))
    for (const r of main.rows) {
      const q =
        main.columns.quarter === undefined
          ? 0
          : (parseQuarter(main.cell(r, main.columns.quarter)) ?? 0);
      const k = [
        cellText(main.cell(r, main.columns.nominee as number)),
        cellText(main.cell(r, main.columns.criterion as number)),
      ];
      const key = `${textKey(k[0] ?? "")}\u0000${matchKey(k[1] ?? "")}\u0000${q}`;
      if (!longRows.has(key)) longRows.set(key, r);
    }

  function wide(g: Grid, id: string, name: string, code: string): Slot {
    const col = g.headers.find((h) => matchKey(h.text) === matchKey(code))?.col;
    if (col === undefined) return { none: "noColumn", sheet: g.sheet };
    const rows = rowsOf(g);
    const key = textKey(id);
    let row = rows.get(key);
    let add: RowToAdd | null = null;
    if (row === undefined) {
      row = nextRow(g);
      rows.set(key, row);
      const nameCol = g.headers.find((h) => ["ten", "name"].includes(matchKey(h.text)))?.col;
      add = {
        sheet: g.sheet,
        row,
        cells: [
          { col: g.columns.id ?? g.left, value: id },
          ...(nameCol === undefined ? [] : [{ col: nameCol, value: name }]),
        ],
      };
      added.set(`${g.sheet}\u0000${row}`, add);
    } else add = added.get(`${g.sheet}\u0000${row}`) ?? null;
    return { cell: { sheet: g.sheet, row, col }, current: g.cell(row, col), row: add };
  }

  function longSlot(g: Grid, id: string, code: string, quarter: number | null): Slot {
    if (quarter !== null && g.columns.quarter === undefined)
      return { none: "noQuarter", sheet: g.sheet };
    const key = `${textKey(id)}\u0000${matchKey(code)}\u0000${quarter ?? 0}`;
    const valueCol = g.columns.value as number;
    const found = longRows.get(key);
    if (found !== undefined) {
      const add = added.get(`${g.sheet}\u0000${found}`) ?? null;
      return {
        cell: { sheet: g.sheet, row: found, col: valueCol },
        current: g.cell(found, valueCol),
        row: add,
      };
    }
    const row = nextRow(g);
    longRows.set(key, row);
    const add: RowToAdd = {
      sheet: g.sheet,
      row,
      cells: [
        { col: g.columns.nominee as number, value: id },
        { col: g.columns.criterion as number, value: code },
        ...(quarter !== null ? [{ col: g.columns.quarter as number, value: quarter }] : []),
      ],
    };
    added.set(`${g.sheet}\u0000${row}`, add);
    return { cell: { sheet: g.sheet, row, col: valueCol }, current: null, row: add };
  }

  return {
    /** The place of a value: the quarter's when `quarter` is set. */
    slot(id: string, name: string, code: string, quarter: number | null): Slot {
      if (long(main)) return longSlot(main, id, code, quarter);
      if (quarter === null)
        return main ? wide(main, id, name, code) : { none: "noQuarter", sheet: RESULTS.sheets[0] };
      const q = quarters.find((x) => x.quarter === quarter);
      return q ? wide(q.grid, id, name, code) : { none: "noQuarter", sheet: RESULTS.sheets[0] };
    },
  };
}
