import type { PrintDoc, PrintRow, PrintStyle } from "../engine";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const css = (s: PrintStyle) =>
  [
    `font-size:${s.size}pt`,
    s.bold ? "font-weight:bold" : "",
    s.italic ? "font-style:italic" : "",
    s.underline ? "text-decoration:underline" : "",
    `text-align:${s.align}`,
    `vertical-align:${s.middle ? "middle" : "top"}`,
    s.border ? "border:0.5pt solid #000" : "",
  ]
    .filter(Boolean)
    .join(";");

function rowHtml(row: PrintRow, width: number): string {
  const cells: string[] = [];
  let col = 0;
  for (const c of row.cells) {
    for (; col < c.col; col++) cells.push("<td></td>");
    cells.push(
      `<td${c.span > 1 ? ` colspan="${c.span}"` : ""} style="${css(c.style)}">${escapeHtml(c.text).replace(/\n/g, "<br>")}</td>`
    );
    col += c.span;
  }
  for (; col < width; col++) cells.push("<td></td>");
  return `<tr style="height:${row.height}pt">${cells.join("")}</tr>`;
}

/**
 * A document as a page to print (the web page's "In", where the browser saves it as PDF): the same
 * rows, spans, fonts and borders as the sheet, A4 with the document's margins, the table's header
 * repeated on each page, a page break where the document has one.
 */
export function documentHtml(doc: PrintDoc, title: string): string {
  const width = doc.columns.length;
  const total = doc.columns.reduce((a, b) => a + b, 0);
  const colgroup = `<colgroup>${doc.columns.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join("")}</colgroup>`;
  // One table per printed block: a break starts a new one; the header rows repeat as its <thead>.
  const blocks: PrintRow[][] = [[]];
  doc.rows.forEach((row, i) => {
    if (row.breakBefore && i > 0) blocks.push([]);
    (blocks[blocks.length - 1] as PrintRow[]).push(row);
  });
  let at = 0;
  const table = (cls: string, head: string, body: readonly string[]) =>
    `<table${cls}>${colgroup}${head}<tbody>${body.join("")}</tbody></table>`;
  const tables = blocks.map((rows, b) => {
    const head = doc.titleRows ? doc.titleRows[0] - 1 - at : -1;
    at += rows.length;
    const body = rows.map((r) => rowHtml(r, width));
    const cls = b > 0 ? ' class="page"' : "";
    if (head < 0 || head >= rows.length) return table(cls, "", body);
    // The rows above the table's header, then the table with its header repeated on each page.
    return (
      table(cls, "", body.slice(0, head)) +
      table("", `<thead>${body[head]}</thead>`, body.slice(head + 1))
    );
  });
  const m = doc.margins;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
@page{size:A4 ${doc.orientation};margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}
body{margin:0;font-family:"Times New Roman","Liberation Serif",Times,serif}
table{width:100%;border-collapse:collapse;table-layout:fixed}
table.page{break-before:page}
td{padding:1pt 2pt;overflow-wrap:break-word}
thead{display:table-header-group}
</style></head><body>${tables.join("")}</body></html>`;
}
