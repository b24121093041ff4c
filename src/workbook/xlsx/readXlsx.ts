import { OUTPUT_SHEET } from "../../engine/output/buildOutputTable";
import type {
  CellRange,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../engine/snapshot";
import { readCellFormats, readSharedStrings, readSheetXml } from "./readSheetXml";
import { REL_TYPE, type XlsxPackage } from "./XlsxPackage";

/** Tables (ListObjects) of the package, from their parts. */
export function readTables(pkg: XlsxPackage): TableSnapshot[] {
  const tables: TableSnapshot[] = [];
  for (const sheet of pkg.sheets()) {
    for (const rel of pkg.relationships(sheet.path).values()) {
      if (rel.type !== REL_TYPE.table || !pkg.has(rel.path)) continue;
      const t = pkg.xml(rel.path).documentElement;
      if (!t) continue;
      const range = parseRange(t.getAttribute("ref") ?? "");
      if (!range) continue;
      tables.push({
        name: t.getAttribute("displayName") ?? t.getAttribute("name") ?? "",
        sheet: sheet.name,
        range,
        headerRow: t.getAttribute("headerRowCount") !== "0",
        totalsRow: Number(t.getAttribute("totalsRowCount") ?? "0") > 0,
      });
    }
  }
  return tables;
}

export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1] as string);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

/**
 * Reads an .xlsx package into the engine's snapshot: values (formula cells at
 * their cached value), percent and date formats, and tables. The last run's
 * `Xếp hạng` is no input and is not read, except from a past year's workbook read as history.
 */
export function readXlsx(
  pkg: XlsxPackage,
  { withRanking = false }: { readonly withRanking?: boolean } = {}
): WorkbookSnapshot {
  const rels = [...pkg.relationships(pkg.workbookPath).values()];
  const partOf = (type: string) => rels.find((r) => r.type === type)?.path;
  const sharedPath = partOf(REL_TYPE.sharedStrings);
  const stylesPath = partOf(REL_TYPE.styles);
  const strings = readSharedStrings(sharedPath ? pkg.text(sharedPath) : null);
  const formats = readCellFormats(stylesPath ? pkg.text(stylesPath) : null);
  const sheets: SheetSnapshot[] = pkg
    .sheets()
    .filter((s) => withRanking || s.name !== OUTPUT_SHEET)
    .map((s) => {
      const xml = pkg.text(s.path);
      return { name: s.name, rows: xml ? readSheetXml(xml, strings, formats) : [] };
    });
  // <workbookPr date1904="1"/>: the serials of date cells count from 1904 (issue 7's report dates).
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(
    pkg.text(pkg.workbookPath) ?? ""
  );
  return { sheets, tables: readTables(pkg), ...(date1904 ? { date1904 } : {}) };
}
