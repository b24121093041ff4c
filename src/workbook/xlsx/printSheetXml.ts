import { address, type PrintDoc, type PrintStyle } from "../../engine";
import { textCell, utf8 } from "./sheetXml";

/** A style's identity, for the styles part: equal styles share one cell format. */
export const printStyleKey = (s: PrintStyle): string =>
  [s.size, s.bold, s.italic, s.underline, s.align, s.border, s.middle].map(String).join("|");

/** Every style a document uses. */
export const stylesOf = (doc: PrintDoc): PrintStyle[] =>
  doc.rows.flatMap((r) => r.cells.map((c) => c.style));

const MM_PER_INCH = 25.4;

/**
 * A document as a worksheet: merged cells for the spans, every covered cell of a bordered span
 * written with the border too (Excel draws a merged cell's border from each cell), row heights as
 * the document computed them, A4 fitted to the width, page breaks, page numbers in the footer.
 */
export function printSheetXml(doc: PrintDoc, styleOf: (s: PrintStyle) => number): Uint8Array {
  const merges: string[] = [];
  const breaks: number[] = [];
  const data = doc.rows.map((row, r) => {
    if (row.breakBefore && r > 0) breaks.push(r);
    const cells: string[] = [];
    for (const c of row.cells) {
      const s = styleOf(c.style);
      const ref = address(r, c.col);
      cells.push(c.text === "" ? `<c r="${ref}" s="${s}"/>` : textCell(ref, c.text, s));
      for (let k = 1; k < c.span; k++) cells.push(`<c r="${address(r, c.col + k)}" s="${s}"/>`);
      if (c.span > 1) merges.push(`${ref}:${address(r, c.col + c.span - 1)}`);
    }
    return `<row r="${r + 1}" ht="${row.height}" customHeight="1">${cells.join("")}</row>`;
  });
  const m = doc.margins;
  const inch = (mm: number) => (mm / MM_PER_INCH).toFixed(3);
  const last = address(Math.max(doc.rows.length - 1, 0), doc.columns.length - 1);
  // In pieces, encoded piece by piece: a long document never becomes one giant string.
  return utf8([
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="A1:${last}"/>` +
      '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="17"/>' +
      `<cols>${doc.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
      "<sheetData>",
    ...data,
    "</sheetData>" +
      (merges.length > 0
        ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
        : "") +
      '<printOptions horizontalCentered="1"/>' +
      `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="${doc.orientation}" fitToWidth="1" fitToHeight="0"/>` +
      '<headerFooter><oddFooter>&amp;C&amp;"Times New Roman"&amp;11Trang &amp;P/&amp;N</oddFooter></headerFooter>' +
      (breaks.length > 0
        ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>`
        : "") +
      "</worksheet>",
  ]);
}
