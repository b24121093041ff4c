import { MEMORY_COLUMNS } from "../../engine/changes/memory";
import type { OutputColumn, OutputValue } from "../../engine/output/buildOutputTable";
import { PROPOSAL_HEADER_ROW, type ProposalDocument } from "../../engine/output/buildProposals";
import { PROPOSAL_SHEET, sameSheetName } from "../../engine/output/sheetNames";
import type { RunOutput } from "../port";
import { emptyPackage } from "./emptyPackage";
import { proposalSheetXml } from "./proposalSheetXml";
import { type SheetContent, sheetXml, tableXml } from "./sheetXml";
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
  const styles = ensureStyles(pkg);
  const removed: string[] = [];
  putTableSheet(
    pkg,
    own.names.ranking,
    own.table,
    { ...output.table, styles, print: true },
    removed
  );
  const proposals = putSheet(pkg, own.names.proposals, removed);
  ownPart(
    pkg,
    proposals.path,
    new TextEncoder().encode(proposalSheetXml(output.proposals, styles))
  );
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
  setPrintTitles(pkg, own.names.proposals, PROPOSAL_HEADER_ROW);
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
    new TextEncoder().encode(tableXml(tableId, tableName, content.columns, content.rows.length)),
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
    for (const rel of pkg.relationships(existing.path).values()) {
      if (!isRel(rel.type, "table") || rel.path === null || !pkg.has(rel.path)) continue;
      const path = pkg.nameOf(rel.path);
      pkg.remove(path);
      removed.push(path);
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
function setPrintTitles(pkg: XlsxPackage, sheetName: string, row: number): void {
  const wbPath = pkg.workbookPath;
  const wb = pkg.xml(wbPath);
  const root = wb.documentElement as XmlElement;
  const index = pkg.sheets().findIndex((s) => sameSheetName(s.name, sheetName));
  let names = root.getElementsByTagNameNS(pkg.ns.main, "definedNames")[0];
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
  const d = createLike(names, "definedName");
  d.setAttribute("name", "_xlnm.Print_Titles");
  d.setAttribute("localSheetId", String(index));
  d.appendChild(wb.createTextNode(`'${sheetName.replace(/'/g, "''")}'!$${row}:$${row}`));
  names.appendChild(d);
  pkg.setXml(wbPath, wb);
}

/** The proposal list alone, as a workbook of one sheet: what the CLI turns into a PDF. */
export function proposalsXlsx(doc: ProposalDocument): Uint8Array {
  const pkg = emptyPackage();
  const styles = ensureStyles(pkg);
  const part = putSheet(pkg, PROPOSAL_SHEET, []);
  ownPart(pkg, part.path, new TextEncoder().encode(proposalSheetXml(doc, styles)));
  setPrintTitles(pkg, PROPOSAL_SHEET, PROPOSAL_HEADER_ROW);
  return pkg.toBytes();
}

/** Hides a sheet of ours (the run's memory): it is data for the next run, not for reading. */
function hideSheet(pkg: XlsxPackage, name: string): void {
  const wb = pkg.xml(pkg.workbookPath);
  for (const s of Array.from(wb.getElementsByTagNameNS(pkg.ns.main, "sheet")))
    if (sameSheetName(s.getAttribute("name") ?? "", name)) s.setAttribute("state", "hidden");
  pkg.setXml(pkg.workbookPath, wb);
}
