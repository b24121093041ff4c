import {
  LOG_SHEET,
  OUTPUT_SHEET,
  OUTPUT_TABLE,
  type OutputColumn,
  type OutputValue,
} from "../../engine/output/buildOutputTable";
import {
  PROPOSAL_HEADER_ROW,
  PROPOSAL_SHEET,
  type ProposalDocument,
} from "../../engine/output/buildProposals";
import { emptyPackage } from "./emptyPackage";
import { MEMORY_COLUMNS, MEMORY_SHEET } from "../../engine/changes/memory";
import type { RunOutput } from "../port";
import { proposalSheetXml } from "./proposalSheetXml";
import { type SheetContent, sheetXml, tableXml } from "./sheetXml";
import { ensureStyles } from "./styles";
import { NS, REL_TYPE, type SheetPart, XlsxPackage, type XmlElement } from "./XlsxPackage";

const TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

export interface LogContent {
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputValue[])[];
}

/**
 * Writes `Xếp hạng` (with the table `XepHang`), `Đề nghị khen thưởng` and `Nhật ký` into the package,
 * replacing them when they exist; every other part stays byte for byte.
 */
export function writeXlsx(pkg: XlsxPackage, output: RunOutput, log: LogContent): Uint8Array {
  const styles = ensureStyles(pkg);
  const removed: string[] = [];
  putTableSheet(pkg, OUTPUT_SHEET, OUTPUT_TABLE, { ...output.table, styles, print: true }, removed);
  const proposals = putSheet(pkg, PROPOSAL_SHEET, removed);
  pkg.setText(proposals.path, proposalSheetXml(output.proposals, styles));
  const memory = putSheet(pkg, MEMORY_SHEET, removed);
  pkg.setBytes(
    memory.path,
    sheetXml({ columns: MEMORY_COLUMNS, rows: output.memory, styles, print: false })
  );
  hideSheet(pkg, MEMORY_SHEET);
  const logPart = putSheet(pkg, LOG_SHEET, removed);
  pkg.setBytes(
    logPart.path,
    sheetXml({ columns: log.columns, rows: log.rows, styles, print: false })
  );
  setPrintTitles(pkg, OUTPUT_SHEET, 1);
  setPrintTitles(pkg, PROPOSAL_SHEET, PROPOSAL_HEADER_ROW);
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
  const tablePath = `xl/tables/table${tableId}.xml`;
  pkg.setText(tablePath, tableXml(tableId, tableName, content.columns, content.rows.length));
  addOverride(pkg, tablePath, TYPES.table);
  pkg.setText(
    XlsxPackage.relsPath(part.path),
    relsXml([{ id: "rId1", type: REL_TYPE.table, target: `../tables/table${tableId}.xml` }])
  );
  pkg.setBytes(part.path, sheetXml({ ...content, tableRelId: "rId1" }));
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/** The sheet's part, emptied of what the last run wrote; a new sheet at the end when absent. */
function putSheet(pkg: XlsxPackage, name: string, removed: string[]): SheetPart {
  const existing = pkg.sheets().find((s) => s.name === name);
  if (existing) {
    for (const rel of pkg.relationships(existing.path).values()) {
      if (rel.type !== REL_TYPE.table) continue;
      pkg.remove(rel.path);
      removed.push(rel.path);
    }
    pkg.remove(XlsxPackage.relsPath(existing.path));
    return existing;
  }
  const wbPath = pkg.workbookPath;
  const wb = pkg.xml(wbPath);
  const sheets = wb.getElementsByTagNameNS(NS.main, "sheets")[0] as XmlElement;
  const ids = pkg.sheets().map((s) => s.sheetId);
  const sheetId = Math.max(0, ...ids) + 1;
  let n = 1;
  while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  const relsPath = XlsxPackage.relsPath(wbPath);
  const rels = pkg.xml(relsPath);
  const relIds = new Set(
    Array.from(rels.getElementsByTagName("Relationship")).map((r) => r.getAttribute("Id"))
  );
  let k = 1;
  while (relIds.has(`rId${k}`)) k++;
  const rId = `rId${k}`;
  const rel = rels.createElementNS(NS.pkgRel, "Relationship");
  rel.setAttribute("Id", rId);
  rel.setAttribute("Type", REL_TYPE.worksheet);
  rel.setAttribute("Target", relativeTarget(wbPath, path));
  rels.documentElement?.appendChild(rel);
  pkg.setXml(relsPath, rels);
  const sheet = wb.createElementNS(NS.main, "sheet");
  sheet.setAttribute("name", name);
  sheet.setAttribute("sheetId", String(sheetId));
  sheet.setAttributeNS(NS.rel, "r:id", rId);
  sheets.appendChild(sheet);
  pkg.setXml(wbPath, wb);
  addOverride(pkg, path, TYPES.worksheet);
  pkg.setText(path, "");
  return { name, sheetId, rId, path };
}

/** `xl/workbook.xml` → `xl/worksheets/sheet9.xml` gives `worksheets/sheet9.xml`. */
function relativeTarget(from: string, to: string): string {
  const dir = from.split("/").slice(0, -1).join("/");
  return dir && to.startsWith(`${dir}/`) ? to.slice(dir.length + 1) : `/${to}`;
}

function nextTableId(pkg: XlsxPackage): number {
  let max = 0;
  for (const p of pkg.paths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(p)) continue;
    const id = /<table\b[^>]*\bid="(\d+)"/.exec(pkg.text(p) ?? "");
    max = Math.max(max, Number(id?.[1] ?? 0));
  }
  let id = max + 1;
  while (pkg.has(`xl/tables/table${id}.xml`)) id++;
  return id;
}

function addOverride(pkg: XlsxPackage, path: string, type: string): void {
  const doc = pkg.xml("[Content_Types].xml");
  const root = doc.documentElement as XmlElement;
  const part = `/${path}`;
  if (
    Array.from(root.getElementsByTagName("Override")).some(
      (o) => o.getAttribute("PartName") === part
    )
  )
    return;
  const o = doc.createElementNS(NS.types, "Override");
  o.setAttribute("PartName", part);
  o.setAttribute("ContentType", type);
  root.appendChild(o);
  pkg.setXml("[Content_Types].xml", doc);
}

function removeOverride(pkg: XlsxPackage, path: string): void {
  const doc = pkg.xml("[Content_Types].xml");
  for (const o of Array.from(doc.getElementsByTagName("Override")))
    if (o.getAttribute("PartName") === `/${path}`) o.parentNode?.removeChild(o);
  pkg.setXml("[Content_Types].xml", doc);
}

/** Repeats the header row on every printed page. */
function setPrintTitles(pkg: XlsxPackage, sheetName: string, row: number): void {
  const wbPath = pkg.workbookPath;
  const wb = pkg.xml(wbPath);
  const root = wb.documentElement as XmlElement;
  const index = pkg.sheets().findIndex((s) => s.name === sheetName);
  let names = wb.getElementsByTagNameNS(NS.main, "definedNames")[0];
  if (!names) {
    names = wb.createElementNS(NS.main, "definedNames");
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
  for (const d of Array.from(names.getElementsByTagNameNS(NS.main, "definedName")))
    if (
      d.getAttribute("name") === "_xlnm.Print_Titles" &&
      d.getAttribute("localSheetId") === String(index)
    )
      names.removeChild(d);
  const d = wb.createElementNS(NS.main, "definedName");
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
  pkg.setText(part.path, proposalSheetXml(doc, styles));
  setPrintTitles(pkg, PROPOSAL_SHEET, PROPOSAL_HEADER_ROW);
  return pkg.toBytes();
}

/** Hides a sheet of ours (the run's memory): it is data for the next run, not for reading. */
function hideSheet(pkg: XlsxPackage, name: string): void {
  const wb = pkg.xml(pkg.workbookPath);
  for (const s of Array.from(wb.getElementsByTagNameNS(NS.main, "sheet")))
    if (s.getAttribute("name") === name) s.setAttribute("state", "hidden");
  pkg.setXml(pkg.workbookPath, wb);
}
