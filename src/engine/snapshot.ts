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

export interface SheetSnapshot {
  readonly name: string;
  /** rows[r][c], 0-based from A1; missing rows and cells are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell> | undefined>;
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
  /** Date serials count from 1904-01-01 (a Mac Excel option) instead of 1899-12-30. */
  readonly date1904?: boolean;
}
