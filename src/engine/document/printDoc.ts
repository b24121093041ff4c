import { fitCell } from "../output/fitCell";

/**
 * A printed sheet as data: the documents a council signs (issue 12 §2) are built here once and drawn
 * by each adapter (the xlsx writer, Office.js, the web page's print view) the same way.
 */

export interface PrintStyle {
  /** Points; Times New Roman throughout (NĐ 30/2020 Phụ lục I). */
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly align: "left" | "center" | "right" | "justify";
  /** A thin border on every side: the cells of a list's table. */
  readonly border?: boolean;
  /** Vertically centred (headers of a table); else top. */
  readonly middle?: boolean;
}

export interface PrintCell {
  /** 0-based column where the cell starts; it spans `span` columns (merged). */
  readonly col: number;
  readonly span: number;
  readonly text: string;
  readonly style: PrintStyle;
}

export interface PrintRow {
  readonly cells: readonly PrintCell[];
  /** Points, computed from the wrapped text: neither Excel nor LibreOffice grows a row on load. */
  readonly height: number;
  /** A page break before this row. */
  readonly breakBefore?: boolean;
}

export interface PrintDoc {
  /** Column widths in characters of the workbook's default font. */
  readonly columns: readonly number[];
  readonly orientation: "portrait" | "landscape";
  /** Margins in millimetres. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  readonly rows: readonly PrintRow[];
  /** 1-based rows repeated at the top of every printed page, when the document has a table. */
  readonly titleRows: readonly [number, number] | null;
}

/** Points one character of column width stands for (Calibri 11, Excel's default: 7 px at 96 dpi). */
export const POINTS_PER_WIDTH = 5.25;

/**
 * Lines a text takes in a span of columns. Times New Roman averages about 0.36 of its size per
 * character of Vietnamese text, upper case or bold about 0.5 (measured on the rendered PDFs); erring
 * long keeps every line on paper.
 */
export function linesOf(text: string, width: number, style: PrintStyle): number {
  const room = Math.max(1, width * POINTS_PER_WIDTH - 4);
  const perChar = style.size * (style.bold || text === text.toUpperCase() ? 0.5 : 0.36);
  return text
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * perChar) / room)), 0);
}

/** Points Excel allows a row at most (Microsoft: "Excel specifications and limits"). */
const MAX_ROW_HEIGHT = 409;

/** A row of cells, each text as a cell holds it, its height fitted to the tallest wrapped cell. */
export function printRow(
  columns: readonly number[],
  given: readonly PrintCell[],
  breakBefore = false
): PrintRow {
  const cells = given.map((c) => ({ ...c, text: fitCell(c.text) }));
  const height = Math.max(
    1,
    ...cells.map((c) => {
      const width = columns.slice(c.col, c.col + c.span).reduce((a, b) => a + b, 0);
      return linesOf(c.text, width, c.style) * c.style.size * 1.3 + 3;
    })
  );
  return {
    cells,
    height: Math.min(MAX_ROW_HEIGHT, Math.ceil(height)),
    ...(breakBefore ? { breakBefore } : {}),
  };
}

/** One cell across the whole width: a paragraph, a title. */
export function wide(columns: readonly number[], text: string, style: PrintStyle): PrintRow {
  return printRow(columns, [{ col: 0, span: columns.length, text, style }]);
}

/** An empty line of the body's size. */
export function blank(size = 13): PrintRow {
  return { cells: [], height: Math.ceil(size * 1.3) };
}

/** NĐ 30/2020's page: A4 portrait, margins 20 / 20 mm top and bottom, 30 mm left, 15 mm right. */
export function portraitDoc(
  columns: readonly number[],
  rows: readonly PrintRow[],
  titleRows: PrintDoc["titleRows"] = null
): PrintDoc {
  return {
    columns,
    orientation: "portrait",
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    rows,
    titleRows,
  };
}

/** The styles of a bordered table at one size: cells left, centred and right, the header, a section row, a note. */
export function tableStyles(size: number) {
  const cell: PrintStyle = { size, align: "left", border: true };
  return {
    cell,
    center: { ...cell, align: "center" } as PrintStyle,
    right: { ...cell, align: "right" } as PrintStyle,
    head: { size, bold: true, align: "center", border: true, middle: true } as PrintStyle,
    section: { size, bold: true, align: "left", border: true } as PrintStyle,
    note: { size, italic: true, align: "left", border: true } as PrintStyle,
  };
}
