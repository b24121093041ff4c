import { address, columnName, sameSheetName } from "../../engine";
import { createLike } from "./editPackage";
import { type XlsxPackage, type XmlElement, isRel } from "./XlsxPackage";

/** A value the merge puts into a council's sheet: 0-based row and column. */
export interface CellValue {
  readonly row: number;
  readonly col: number;
  readonly value: number | string;
}

const colOf = (ref: string) => {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "A";
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
};

/**
 * Writes values into cells of a council's own sheet (the confirmed merge of issue 14, the one write
 * outside our sheets): each cell's content is replaced, its style kept, every other cell, row and part
 * left as it was. A row added below a table that ends just above it widens the table to hold it.
 */
export function setCells(pkg: XlsxPackage, sheetName: string, values: readonly CellValue[]): void {
  const part = pkg.sheets().find((s) => sameSheetName(s.name, sheetName) && s.path !== "");
  if (!part || values.length === 0) return;
  const doc = pkg.xml(part.path);
  const ns = pkg.ns.main;
  const root = doc.documentElement as XmlElement;
  const data = root.getElementsByTagNameNS(ns, "sheetData")[0] as XmlElement;
  const rows = new Map<number, XmlElement>();
  for (const r of Array.from(data.getElementsByTagNameNS(ns, "row")))
    rows.set(Number(r.getAttribute("r")) - 1, r);
  const rowEl = (row: number) => {
    let el = rows.get(row);
    if (el) return el;
    el = createLike(data, "row");
    el.setAttribute("r", String(row + 1));
    const after = [...rows.keys()].filter((k) => k > row).sort((a, b) => a - b)[0];
    data.insertBefore(el, after === undefined ? null : (rows.get(after) as XmlElement));
    rows.set(row, el);
    return el;
  };
  for (const v of values) {
    const row = rowEl(v.row);
    const ref = address(v.row, v.col);
    const cells = Array.from(row.getElementsByTagNameNS(ns, "c"));
    let c = cells.find((x) => x.getAttribute("r") === ref);
    if (!c) {
      c = createLike(row, "c");
      c.setAttribute("r", ref);
      row.insertBefore(c, cells.find((x) => colOf(x.getAttribute("r") ?? "") > v.col) ?? null);
    }
    while (c.firstChild) c.removeChild(c.firstChild);
    c.removeAttribute("t");
    if (typeof v.value === "number") {
      const el = createLike(c, "v");
      el.appendChild(doc.createTextNode(String(v.value)));
      c.appendChild(el);
    } else {
      c.setAttribute("t", "inlineStr");
      const is = createLike(c, "is");
      const t = createLike(is, "t");
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      t.appendChild(doc.createTextNode(v.value));
      is.appendChild(t);
      c.appendChild(is);
    }
  }
  const bottom = Math.max(...values.map((v) => v.row));
  const right = Math.max(...values.map((v) => v.col));
  const dim = root.getElementsByTagNameNS(ns, "dimension")[0];
  const ref = dim?.getAttribute("ref");
  if (dim && ref) {
    const [from = "A1", to = from] = ref.split(":");
    const toRow = Math.max(Number(/\d+$/.exec(to)?.[0] ?? 1) - 1, bottom);
    dim.setAttribute("ref", `${from}:${columnName(Math.max(colOf(to), right))}${toRow + 1}`);
  }
  pkg.setXml(part.path, doc);
  growTables(
    pkg,
    part.path,
    values.map((v) => v.row)
  );
}

/** A table whose last row is just above the rows added takes them in (as Excel's own table would). */
function growTables(pkg: XlsxPackage, sheetPath: string, written: readonly number[]): void {
  for (const rel of pkg.relationships(sheetPath).values()) {
    if (!isRel(rel.type, "table") || rel.path === null || !pkg.has(rel.path)) continue;
    const doc = pkg.xml(rel.path);
    const table = doc.documentElement as XmlElement;
    const [from = "A1", to = from] = (table.getAttribute("ref") ?? "").split(":");
    const last = Number(/\d+$/.exec(to)?.[0] ?? 0) - 1;
    const below = written.filter((r) => r > last);
    if (table.getAttribute("totalsRowCount") || Math.min(...below) !== last + 1) continue;
    const bottom = Math.max(...below);
    const grown = `${from}:${/^[A-Z]+/.exec(to)?.[0] ?? "A"}${bottom + 1}`;
    table.setAttribute("ref", grown);
    for (const f of Array.from(table.getElementsByTagNameNS(table.namespaceURI, "autoFilter")))
      f.setAttribute("ref", grown);
    pkg.setXml(rel.path, doc);
  }
}
