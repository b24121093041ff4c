import type { PrintDoc, PrintRow, PrintStyle } from "../../engine";
import { writeRows } from "./chunks";

// Office.js enums are strings; the literals need no `Excel` global when the module loads.
const ALIGN = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
} as const satisfies Record<PrintStyle["align"], `${Excel.HorizontalAlignment}`>;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const;
const POINTS_PER_MM = 72 / 25.4;

/** Excel's column width in points for a width in characters of Calibri 11 (7 px a character, 5 px padding). */
const widthPoints = (chars: number) => (chars * 7 + 5) * 0.75;

/** Rows laid out alike (the same cells, spans and styles) share their formatting calls. */
const layoutOf = (row: PrintRow) => JSON.stringify(row.cells.map((c) => [c.col, c.span, c.style]));

/** Consecutive runs of rows that share a key: [first row, count]. */
function runs<T>(items: readonly T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last[0]] as T) === key(item)) last[1]++;
    else out.push([i, 1]);
  });
  return out;
}

/** One cell's formatting over a run of rows laid out alike. */
function formatCells(sheet: Excel.Worksheet, row: PrintRow, first: number, count: number): void {
  for (const c of row.cells) {
    const range = sheet.getRangeByIndexes(first, c.col, count, c.span);
    range.format.font.size = c.style.size;
    range.format.font.bold = c.style.bold === true;
    range.format.font.italic = c.style.italic === true;
    if (c.style.underline) range.format.font.underline = "Single";
    range.format.horizontalAlignment = ALIGN[c.style.align];
    if (c.style.middle) range.format.verticalAlignment = "Center";
    if (c.style.border)
      for (const edge of EDGES.slice(0, c.span > 1 ? 4 : 5)) {
        range.format.borders.getItem(edge).style = "Continuous";
        range.format.borders.getItem(edge).weight = "Thin";
      }
  }
}

/**
 * A document on a new sheet of ours: text format over the whole area first, then the formatting in a
 * call per run of rows laid out alike (a 10,000-nominee ranking is a few calls, not a call a cell),
 * heights per run of equal heights, the page as the document says, the texts in chunks under the
 * 5 MB request limit, one sync each, and last the spans merged, each row on its own (merge across):
 * merging after the values keeps each span's text in its first cell, where Excel keeps it.
 */
export async function writeDocument(
  context: Excel.RequestContext,
  alive: () => void,
  sheet: Excel.Worksheet,
  doc: PrintDoc
): Promise<void> {
  const width = doc.columns.length;
  const values = doc.rows.map((row) => {
    const line = Array.from({ length: width }, () => "");
    for (const c of row.cells) line[c.col] = c.text;
    return line;
  });
  if (values.length === 0) return;
  const all = sheet.getRangeByIndexes(0, 0, values.length, width);
  all.numberFormat = "@" as unknown as string[][];
  all.format.font.name = "Times New Roman";
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  doc.columns.forEach((w, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w);
  });
  const alike = runs(doc.rows, layoutOf);
  for (const [first, count] of alike) formatCells(sheet, doc.rows[first] as PrintRow, first, count);
  for (const [first, count] of runs(doc.rows, (r) => String(r.height)))
    sheet.getRangeByIndexes(first, 0, count, 1).format.rowHeight = (
      doc.rows[first] as PrintRow
    ).height;
  doc.rows.forEach((row, r) => {
    if (row.breakBefore && r > 0)
      sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(r, 0, 1, 1));
  });
  sheet.showGridlines = false;
  const layout = sheet.pageLayout;
  layout.orientation = doc.orientation === "portrait" ? "Portrait" : "Landscape";
  layout.paperSize = "A4";
  layout.topMargin = doc.margins.top * POINTS_PER_MM;
  layout.bottomMargin = doc.margins.bottom * POINTS_PER_MM;
  layout.leftMargin = doc.margins.left * POINTS_PER_MM;
  layout.rightMargin = doc.margins.right * POINTS_PER_MM;
  layout.centerHorizontally = true;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (doc.titleRows) layout.setPrintTitleRows(`$${doc.titleRows[0]}:$${doc.titleRows[1]}`);
  await writeRows(context, alive, sheet, 0, width, values);
  for (const [first, count] of alike)
    for (const c of (doc.rows[first] as PrintRow).cells)
      if (c.span > 1) sheet.getRangeByIndexes(first, c.col, count, c.span).merge(true);
  alive();
  await context.sync();
}
