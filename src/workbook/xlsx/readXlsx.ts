import type { CellRange, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../engine";
import {
  type CellFormat,
  GRID,
  SheetTooLargeError,
  readCellFormats,
  readSharedStrings,
  readSheetXml,
} from "./readSheetXml";
import { EOF, OPEN, type XmlReader } from "./xmlReader";
import {
  CONTENT_TYPES,
  PackageError,
  type SheetPart,
  type XlsxPackage,
  isRel,
} from "./XlsxPackage";

/** Tables (ListObjects) of the package, from their parts. */
export function readTables(pkg: XlsxPackage): TableSnapshot[] {
  const tables: TableSnapshot[] = [];
  for (const sheet of pkg.sheets()) {
    if (!sheet.path) continue;
    for (const rel of pkg.relationships(sheet.path).values()) {
      if (!isRel(rel.type, "table") || rel.path === null || !pkg.has(rel.path)) continue;
      const r = pkg.reader(rel.path);
      let t = r?.next();
      while (r && t !== undefined && t !== OPEN && t !== EOF) t = r.next();
      if (!r || t !== OPEN || r.local !== "table") continue;
      const range = parseRange(r.attr("ref") ?? "");
      if (!range) continue;
      tables.push({
        name: r.attr("displayName") ?? r.attr("name") ?? "",
        sheet: sheet.name,
        range,
        headerRow: r.attr("headerRowCount") !== "0",
        totalsRow: Number(r.attr("totalsRowCount") ?? "0") > 0,
      });
    }
  }
  return tables;
}

/** `A1:C9` as 0-based bounds; null for what is no range of Excel's grid (`A1:A99999999999`). */
export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(
    ref.toUpperCase()
  );
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1] as string);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  const inGrid = (r: number, c: number) => r >= 0 && r < GRID.rows && c >= 0 && c < GRID.columns;
  return inGrid(top, left) && inGrid(bottom, right) && bottom >= top && right >= left
    ? { top, left, bottom, right }
    : null;
}

/**
 * Reads an .xlsx package into the engine's snapshot: values (formula cells at their cached value),
 * percent and date formats, tables and defined names. A sheet's cells are read when the engine first
 * asks for them, so a foreign sheet of any size costs nothing.
 */
export function readXlsx(pkg: XlsxPackage): WorkbookSnapshot {
  const stringsPath = pkg.related(pkg.workbookPath, "sharedStrings");
  const stylesPath = pkg.related(pkg.workbookPath, "styles");
  let strings: string[] | null = null;
  let formats: CellFormat[] | null = null;
  const { date1904, definedNames } = readWorkbookPart(pkg);
  const parts = pkg.sheets();
  const safe = replaceableSheets(pkg, parts);
  const sheets = parts.map((s) => {
    let read: ReturnType<typeof readSheetXml> | null = null;
    const cells = () => {
      if (read) return read;
      strings ??= readSharedStrings(stringsPath ? pkg.reader(stringsPath) : null);
      formats ??= readCellFormats(stylesPath ? pkg.reader(stylesPath) : null);
      if (s.notWorksheet) return (read = { rows: [], problems: [] });
      const r = s.path ? pkg.reader(s.path) : null;
      if (!r) throw new PackageError("damaged", s.name, "noSheetPart");
      try {
        read = readSheetXml(r, strings, formats, date1904);
      } catch (e) {
        if (e instanceof SheetTooLargeError)
          throw new PackageError("tooLarge", s.path, "sheetCells");
        throw e;
      }
      return read;
    };
    const sheet: SheetSnapshot = {
      name: s.name,
      get rows() {
        return cells().rows;
      },
      get problems() {
        return cells().problems;
      },
      ...(safe.has(s) ? {} : { replaceable: false }),
    };
    return sheet;
  });
  return {
    sheets,
    tables: readTables(pkg),
    definedNames,
    ...(date1904 ? { date1904 } : {}),
  };
}

/**
 * `<workbookPr date1904="1"/>` (the serials of date cells count from 1904, for issue 7's report
 * dates) and the workbook's defined names (a table of ours must not take one).
 */
function readWorkbookPart(pkg: XlsxPackage): { date1904: boolean; definedNames: string[] } {
  const r = pkg.reader(pkg.workbookPath) as XmlReader;
  let date1904 = false;
  const definedNames: string[] = [];
  for (let t = r.next(); t !== EOF; t = r.next()) {
    if (t !== OPEN || r.ns !== pkg.ns.main) continue;
    if (r.local === "workbookPr") date1904 = ["1", "true"].includes(r.attr("date1904") ?? "");
    else if (r.local === "definedName") definedNames.push(r.attr("name") ?? "");
  }
  return { date1904, definedNames };
}

/**
 * The sheets whose content a run may replace: a worksheet part of their own (by content type, not
 * shared with another sheet), whose tables are theirs alone. A crafted `Xếp hạng` pointing at
 * `styles.xml`, at another sheet's part or outside the package is never written over.
 */
function replaceableSheets(pkg: XlsxPackage, parts: readonly SheetPart[]): Set<SheetPart> {
  const lower = (p: string) => p.toLowerCase();
  const uses = new Map<string, number>();
  const count = (p: string) => uses.set(lower(p), (uses.get(lower(p)) ?? 0) + 1);
  const tablesOf = new Map<SheetPart, string[]>();
  for (const s of parts) {
    if (!s.path) continue;
    count(s.path);
    const tables = [...pkg.relationships(s.path).values()]
      .filter((r) => isRel(r.type, "table"))
      .map((r) => r.path ?? "");
    tables.forEach(count);
    tablesOf.set(s, tables);
  }
  const isType = (p: string, type: string) => pkg.contentType(p)?.toLowerCase() === type;
  return new Set(
    parts.filter(
      (s) =>
        s.path !== "" &&
        pkg.has(s.path) &&
        uses.get(lower(s.path)) === 1 &&
        isType(s.path, CONTENT_TYPES.worksheet) &&
        (tablesOf.get(s) ?? []).every(
          (t) =>
            t !== "" && uses.get(lower(t)) === 1 && (!pkg.has(t) || isType(t, CONTENT_TYPES.table))
        )
    )
  );
}
