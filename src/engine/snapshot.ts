/**
 * What every adapter hands the engine: cell values with the one formatting
 * fact the contract reads (a percentage format), laid out as on the sheet.
 */
export type Cell =
  | null
  | { readonly t: "n"; readonly v: number; readonly pct?: boolean; readonly date?: boolean }
  | { readonly t: "s"; readonly v: string }
  | { readonly t: "b"; readonly v: boolean }
  | { readonly t: "e"; readonly v: string };

/** A cell the adapter could not take as a value: a reference beyond Excel's grid (a damaged file). */
export interface CellProblem {
  /** The reference as the file gave it. */
  readonly cell: string;
  readonly key: "outOfGrid";
}

export interface SheetSnapshot {
  readonly name: string;
  /** rows[r][c], 0-based from A1; missing rows and cells are empty. An adapter may read them on first use. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell> | undefined>;
  /** Cells left out of `rows`, each with why (read with `rows`). */
  readonly problems?: readonly CellProblem[];
  /**
   * False when the adapter could not replace this sheet's content safely (its part is shared, or is
   * no worksheet): a sheet of ours by that name is then written beside it.
   */
  readonly replaceable?: boolean;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An Excel table (ListObject). */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  /** The workbook's defined names: a table the product adds must not take one. */
  readonly definedNames?: readonly string[];
  /** The file carries a digital signature, which writing it invalidates. */
  readonly signed?: boolean;
  /** Date serials count from 1904-01-01 (a Mac Excel option) instead of 1899-12-30. */
  readonly date1904?: boolean;
}
