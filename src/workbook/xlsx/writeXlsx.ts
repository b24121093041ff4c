import {
  type ChartBlock,
  MEMORY_COLUMNS,
  type OutputColumn,
  type OutputValue,
  type PrintDoc,
  type PrintStyle,
  sameSheetName,
} from "../../engine";
import type { RunOutput } from "../port";
import { emptyPackage } from "./emptyPackage";
import { printSheetXml, stylesOf } from "./printSheetXml";
import { blockTops, chartSheetXml, chartXml, drawingXml } from "./chartXml";
import { type SheetContent, type SheetStyles, headerRowOf, sheetXml, tableXml } from "./sheetXml";
import { ensureStyles } from "./styles";
import {
  addOverride,
  addRelationship,
  createLike,
  relativeTarget,
  removeOverride,
} from "./editPackage";
import { EOF, OPEN } from "./xmlReader";
import {
  CONTENT_TYPES,
  NS,
  type SheetPart,
  XlsxPackage,
  type XmlElement,
  isRel,
} from "./XlsxPackage";

export interface LogContent {
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputValue[])[];
}

/**
 * Writes the run's sheets into the package under the names the output gives: the ranking with its table,
 * the proposal list, the hidden memory and the log. A sheet is replaced only when it is ours; every
 * other part stays byte for byte.
 */
export function writeXlsx(pkg: XlsxPackage, output: RunOutput, log: LogContent): Uint8Array {
  const own = output.sheets;
  const styles = ensureStyles(
    pkg,
    output.documents.flatMap((d) => stylesOf(d.doc))
  );
  const removed: string[] = [];
  putTableSheet(
    pkg,
    own.names.ranking,
    own.table,
    { ...output.table, styles, print: true },
    removed
  );
  for (const d of output.documents)
    putDocument(pkg, own.names[d.sheet], d.doc, styles.print, removed);
  putChartSheet(pkg, own.names.chart, output.charts, styles, removed);
  const memory = putSheet(pkg, own.names.memory, removed);
  ownPart(
    pkg,
    memory.path,
    sheetXml({ columns: MEMORY_COLUMNS, rows: output.memory, styles, print: false })
  );
  hideSheet(pkg, own.names.memory);
  const logPart = putSheet(pkg, own.names.log, removed);
  ownPart(
    pkg,
    logPart.path,
    sheetXml({ columns: log.columns, rows: log.rows, styles, print: false })
  );
  setPrintTitles(pkg, own.names.ranking, 1);
  // A part of the last run that was not written again loses its content type; one written again keeps its place.
  for (const path of removed) if (!pkg.has(path)) removeOverride(pkg, path);
  return pkg.toBytes();
}

/** Writes a sheet holding one table over all its content, replacing the sheet when it exists. */
export function putTableSheet(
  pkg: XlsxPackage,
  sheetName: string,
  tableName: string,
  content: Omit<SheetContent, "tableRelId">,
  removed: string[] = []
): void {
  const part = putSheet(pkg, sheetName, removed);
  const tableId = nextTableId(pkg);
  const tablePath = pkg.freeName("xl/tables/table", ".xml", tableId);
  ownPart(
    pkg,
    tablePath,
    new TextEncoder().encode(
      tableXml(tableId, tableName, content.columns, content.rows.length, headerRowOf(content))
    ),
    CONTENT_TYPES.table
  );
  ownPart(
    pkg,
    XlsxPackage.relsPath(part.path),
    new TextEncoder().encode(
      relsXml([
        { id: "rId1", type: pkg.relType("table"), target: relativeTarget(part.path, tablePath) },
      ])
    ),
    CONTENT_TYPES.rels
  );
  ownPart(pkg, part.path, sheetXml({ ...content, tableRelId: "rId1" }));
}

/**
 * Stores a part we write, in the package's conformance class (Strict namespaces in a Strict package),
 * with a content type: the one given, else whatever its extension's default says.
 */
function ownPart(pkg: XlsxPackage, path: string, data: Uint8Array, contentType?: string): void {
  pkg.setBytes(path, pkg.ns.main === NS.main ? data : conform(data, pkg.ns));
  if (contentType && pkg.contentType(path) !== contentType) addOverride(pkg, path, contentType);
}

/** Our parts declare their namespaces on the root element only: rewriting its start tag is enough. */
function conform(data: Uint8Array, ns: XlsxPackage["ns"]): Uint8Array {
  const head = new TextDecoder().decode(data.subarray(0, 1024));
  const end = head.indexOf(">", head.indexOf("<", head.indexOf("?>") + 2)) + 1;
  const root = head.slice(0, end).replace(NS.main, ns.main).replace(`${NS.rel}"`, `${ns.rel}"`);
  const rootBytes = new TextEncoder().encode(root);
  const rest = data.subarray(new TextEncoder().encode(head.slice(0, end)).length);
  const out = new Uint8Array(rootBytes.length + rest.length);
  out.set(rootBytes);
  out.set(rest, rootBytes.length);
  return out;
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/**
 * The sheet's part, emptied of what the last run wrote; a new sheet at the end when absent. `own`
 * has checked that a sheet of that name is ours; only its own table parts are removed with it.
 */
function putSheet(pkg: XlsxPackage, name: string, removed: string[]): SheetPart {
  const existing = pkg.sheets().find((s) => sameSheetName(s.name, name) && s.path !== "");
  if (existing) {
    // Our sheet's own parts go with it: its table, its drawing and the drawing's charts.
    const drop = (path: string) => {
      pkg.remove(path);
      removed.push(path);
    };
    for (const rel of pkg.relationships(existing.path).values()) {
      if (rel.path === null || !pkg.has(rel.path)) continue;
      const path = pkg.nameOf(rel.path);
      if (isRel(rel.type, "table")) drop(path);
      else if (isRel(rel.type, "drawing")) {
        for (const chart of pkg.relationships(path).values())
          if (isRel(chart.type, "chart") && chart.path !== null && pkg.has(chart.path))
            drop(pkg.nameOf(chart.path));
        pkg.remove(XlsxPackage.relsPath(path));
        drop(path);
      }
    }
    pkg.remove(XlsxPackage.relsPath(existing.path));
    return existing;
  }
  const wbPath = pkg.workbookPath;
  const wb = pkg.xml(wbPath);
  const root = wb.documentElement as XmlElement;
  const sheets =
    (root.getElementsByTagNameNS(pkg.ns.main, "sheets")[0] as XmlElement | undefined) ??
    (root.appendChild(createLike(root, "sheets")) as XmlElement);
  const sheetId = Math.max(0, ...pkg.sheets().map((s) => s.sheetId || 0)) + 1;
  const path = pkg.freeName("xl/worksheets/sheet", ".xml");
  const rId = addRelationship(pkg, wbPath, pkg.relType("worksheet"), path);
  const sheet = createLike(sheets, "sheet");
  sheet.setAttribute("name", name);
  sheet.setAttribute("sheetId", String(sheetId));
  sheet.setAttributeNS(pkg.ns.rel, prefixFor(root, pkg.ns.rel, "r"), rId);
  sheets.appendChild(sheet);
  pkg.setXml(wbPath, wb);
  addOverride(pkg, path, CONTENT_TYPES.worksheet);
  pkg.setText(path, "");
  return { name, sheetId, rId, path, notWorksheet: false, state: "visible" };
}

/** `r:id`, or whichever prefix the root element binds the namespace to. */
function prefixFor(root: XmlElement, ns: string, fallback: string): string {
  const prefix = root.lookupPrefix(ns);
  return `${prefix ?? fallback}:id`;
}

function nextTableId(pkg: XlsxPackage): number {
  let max = 0;
  for (const p of pkg.paths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(p)) continue;
    const r = pkg.reader(p);
    for (let t = r?.next(); r && t !== EOF; t = r.next())
      if (t === OPEN) {
        max = Math.max(max, Number(r.attr("id")) || 0);
        break;
      }
  }
  return max + 1;
}

/** Repeats a header row on every printed page. */
function setPrintTitles(pkg: XlsxPackage, sheetName: string, row: number | null): void {
  const wbPath = pkg.workbookPath;
  const wb = pkg.xml(wbPath);
  const root = wb.documentElement as XmlElement;
  const index = pkg.sheets().findIndex((s) => sameSheetName(s.name, sheetName));
  let names = root.getElementsByTagNameNS(pkg.ns.main, "definedNames")[0];
  if (!names && row === null) return;
  if (!names) {
    names = createLike(root, "definedNames");
    const after = [
      "calcPr",
      "oleSize",
      "customWorkbookViews",
      "pivotCaches",
      "smartTagPr",
      "smartTagTypes",
      "webPublishing",
      "fileRecoveryPr",
      "webPublishObjects",
      "extLst",
    ];
    const next = Array.from(root.childNodes).find((n) =>
      after.includes((n as XmlElement).localName ?? "")
    );
    root.insertBefore(names, next ?? null);
  }
  for (const d of Array.from(names.getElementsByTagNameNS(pkg.ns.main, "definedName")))
    if (
      d.getAttribute("name") === "_xlnm.Print_Titles" &&
      d.getAttribute("localSheetId") === String(index)
    )
      names.removeChild(d);
  if (row === null) return pkg.setXml(wbPath, wb);
  const d = createLike(names, "definedName");
  d.setAttribute("name", "_xlnm.Print_Titles");
  d.setAttribute("localSheetId", String(index));
  d.appendChild(wb.createTextNode(`'${sheetName.replace(/'/g, "''")}'!$${row}:$${row}`));
  names.appendChild(d);
  pkg.setXml(wbPath, wb);
}

/**
 * `Biểu đồ`: the scores per scope group as cells and a native bar chart per group, a drawing part with
 * a chart part each. A Strict package gets the cells alone: its DrawingML would be Strict too.
 */
function putChartSheet(
  pkg: XlsxPackage,
  name: string,
  blocks: readonly ChartBlock[],
  styles: SheetStyles,
  removed: string[]
): void {
  const part = putSheet(pkg, name, removed);
  const encode = (xml: string) => new TextEncoder().encode(xml);
  if (pkg.ns.main !== NS.main || blocks.length === 0) {
    ownPart(pkg, part.path, encode(chartSheetXml(blocks, styles, null)));
    return;
  }
  const drawing = pkg.freeName("xl/drawings/drawing", ".xml");
  ownPart(pkg, drawing, encode(drawingXml(blocks)), CONTENT_TYPES.drawing);
  const tops = blockTops(blocks);
  const charts = blocks.map((b, i) => {
    const path = pkg.freeName("xl/charts/chart", ".xml");
    ownPart(pkg, path, encode(chartXml(b, name, tops[i] as number)), CONTENT_TYPES.chart);
    return path;
  });
  const rel = (kind: "drawing" | "chart", from: string, to: string, i: number) => ({
    id: `rId${i + 1}`,
    type: pkg.relType(kind),
    target: relativeTarget(from, to),
  });
  ownPart(
    pkg,
    XlsxPackage.relsPath(drawing),
    encode(relsXml(charts.map((c, i) => rel("chart", drawing, c, i)))),
    CONTENT_TYPES.rels
  );
  ownPart(pkg, part.path, encode(chartSheetXml(blocks, styles, "rId1")));
  ownPart(
    pkg,
    XlsxPackage.relsPath(part.path),
    encode(relsXml([rel("drawing", part.path, drawing, 0)])),
    CONTENT_TYPES.rels
  );
}

/** A sheet of ours without a table: a header row and rows (a report form's `Thông tin`). */
export function putPlainSheet(pkg: XlsxPackage, name: string, content: SheetContent): void {
  ownPart(pkg, putSheet(pkg, name, []).path, sheetXml(content));
}

/** A document on a sheet of ours, with its repeated rows. */
export function putDocument(
  pkg: XlsxPackage,
  name: string,
  doc: PrintDoc,
  styleOf: (s: PrintStyle) => number,
  removed: string[] = []
): void {
  const part = putSheet(pkg, name, removed);
  ownPart(pkg, part.path, printSheetXml(doc, styleOf));
  setPrintTitles(pkg, name, doc.titleRows?.[0] ?? null);
}

/** One document alone, as a workbook of one sheet: what the CLI turns into a PDF. */
export function documentXlsx(name: string, doc: PrintDoc): Uint8Array {
  const pkg = emptyPackage();
  const styles = ensureStyles(pkg, stylesOf(doc));
  putDocument(pkg, name, doc, styles.print);
  return pkg.toBytes();
}

/** Hides a sheet of ours (the run's memory): it is data for the next run, not for reading. */
function hideSheet(pkg: XlsxPackage, name: string): void {
  const wb = pkg.xml(pkg.workbookPath);
  for (const s of Array.from(wb.getElementsByTagNameNS(pkg.ns.main, "sheet")))
    if (sameSheetName(s.getAttribute("name") ?? "", name)) s.setAttribute("state", "hidden");
  pkg.setXml(pkg.workbookPath, wb);
}
