import { address, type Cell, type CellProblem } from "../../engine";
import { EXCEL_ERRORS, isDateCode, isPercentCode } from "../numberFormat";
import { CLOSE, EOF, OPEN, TEXT, type XmlReader } from "./xmlReader";
import { isMainNs } from "./XlsxPackage";

/**
 * Readers of the SpreadsheetML parts the engine needs: worksheets (values, with the percent and date
 * facts of each cell's number format), shared strings and number formats. Elements are matched by
 * namespace URI in Transitional and Strict alike. Checked against SheetJS on every real workbook
 * (`readSheetXml.test.ts`).
 */

/** Excel's grid: a reference beyond it is a damaged cell, not an allocation of billions. */
export const GRID = { rows: 1_048_576, columns: 16_384 } as const;

/**
 * Row slots a sheet may take once laid out (each row as wide as its last cell): 50 million, twelve
 * times a 100,000 × 40 council, so that a sheet of a few far-flung cells per row cannot make the run
 * allocate or scan billions of empty cells.
 */
export const SHEET_SLOTS = 50_000_000;

/** `_x000D_`: the escape SpreadsheetML uses in strings for characters XML cannot carry. */
export function unescapeOoxml(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}

/** On the start of a `<si>` or `<is>`: its text, `<t>` runs without the phonetic ones (`<rPh>`). */
export function readRichText(r: XmlReader): string {
  const depth = r.depth;
  let out = "";
  let inT = false;
  for (let t = r.next(); !(t === CLOSE && r.depth === depth); t = r.next()) {
    if (t === EOF) break;
    if (t === OPEN && isMainNs(r.ns)) {
      if (r.local === "rPh") r.skipElement();
      else if (r.local === "t") inT = true;
    } else if (t === CLOSE && r.local === "t") inT = false;
    else if (t === TEXT && inT) out += r.text();
  }
  return unescapeOoxml(out);
}

export function readSharedStrings(r: XmlReader | null): string[] {
  const strings: string[] = [];
  if (!r) return strings;
  for (let t = r.next(); t !== EOF; t = r.next())
    if (t === OPEN && r.local === "si" && isMainNs(r.ns)) strings.push(readRichText(r));
  return strings;
}

export interface CellFormat {
  readonly pct: boolean;
  readonly date: boolean;
}

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Per cellXfs index: is its number format a percentage or a date? */
export function readCellFormats(r: XmlReader | null): CellFormat[] {
  if (!r) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  for (let t = r.next(); t !== EOF; t = r.next()) {
    if (!isMainNs(r.ns)) continue;
    if (t === OPEN && r.local === "numFmt")
      custom.set(Number(r.attr("numFmtId")), r.attr("formatCode") ?? "");
    else if (r.local === "cellXfs") inCellXfs = t === OPEN;
    else if (t === OPEN && inCellXfs && r.local === "xf") {
      xfIds.push(Number(r.attr("numFmtId") ?? 0));
      r.skipElement();
    }
  }
  return xfIds.map((id) => {
    const code = custom.get(id);
    return code === undefined
      ? { pct: BUILTIN_PERCENT.has(id), date: BUILTIN_DATE.has(id) }
      : { pct: isPercentCode(code), date: isDateCode(code) };
  });
}

/**
 * The column of a cell reference (`AB12` → 27); its row, when given, must be in the grid too. -1 for a
 * reference beyond Excel's grid (`ZZZZZZ1`, `A4294967295`), null for one that is no reference at all.
 */
export function refColumn(ref: string): number | null {
  let col = 0;
  let i = 0;
  while (i < ref.length) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
    if (col > GRID.columns) return -1;
    i++;
  }
  const digits = ref.slice(i);
  if (i === 0 || !/^\d{0,8}$/.test(digits))
    return digits.length > 8 && /^\d+$/.test(digits) ? -1 : null;
  if (digits !== "" && (Number(digits) < 1 || Number(digits) > GRID.rows)) return -1;
  return col - 1;
}

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Days since the workbook's epoch of an ISO 8601 date of a `t="d"` cell; NaN when it is none. */
function isoToSerial(iso: string, date1904: boolean): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (ms - epoch) / 86_400_000;
}

export interface SheetCells {
  readonly rows: (Cell[] | undefined)[];
  readonly problems: CellProblem[];
}

/** Thrown when a sheet would take more than SHEET_SLOTS cells laid out. */
export class SheetTooLargeError extends Error {}

/** The rows of a worksheet part, 0-based from A1; cells beyond Excel's grid are problems, not cells. */
export function readSheetXml(
  r: XmlReader,
  strings: readonly string[],
  formats: readonly CellFormat[],
  date1904 = false
): SheetCells {
  const rows: (Cell[] | undefined)[] = [];
  const problems: CellProblem[] = [];
  let slots = 0;
  let nextRow = 0;
  let inData = false;
  for (let t = r.next(); t !== EOF; t = r.next()) {
    if (t !== OPEN || !isMainNs(r.ns)) {
      if (t === CLOSE && r.local === "sheetData" && isMainNs(r.ns)) inData = false;
      continue;
    }
    if (r.local === "sheetData") inData = true;
    if (!inData || r.local !== "row") continue;
    const rAttr = r.attr("r");
    const rowNumber = rAttr === null ? nextRow + 1 : /^\d{1,8}$/.test(rAttr) ? Number(rAttr) : -1;
    if (rowNumber < 1 || rowNumber > GRID.rows) {
      problems.push({ cell: `${rAttr ?? ""}`, key: "outOfGrid" });
      r.skipElement();
      continue;
    }
    const row: Cell[] = [];
    nextRow = rowNumber;
    const rowIndex = rowNumber - 1;
    let nextCol = 0;
    const depth = r.depth;
    for (let u = r.next(); !(u === CLOSE && r.depth === depth); u = r.next()) {
      if (u === EOF) break;
      // `next()` moves the reader: its name is read afresh, not narrowed from the test above.
      if (u !== OPEN || (r.local as string) !== "c" || !isMainNs(r.ns)) continue;
      const ref = r.attr("r");
      // As before and as SheetJS: the row comes from <row>, the column from the cell's reference.
      const col = ref === null ? nextCol : refColumn(ref);
      const cell = readCell(r, strings, formats, date1904);
      if (col === null || col < 0 || col >= GRID.columns) {
        problems.push({ cell: ref ?? address(rowIndex, nextCol), key: "outOfGrid" });
        continue;
      }
      nextCol = col + 1;
      if (cell === undefined) continue;
      while (row.length < col) row.push(null);
      row[col] = cell;
    }
    if (row.length === 0) continue;
    slots += row.length;
    if (slots > SHEET_SLOTS) throw new SheetTooLargeError();
    rows[rowIndex] = row;
  }
  return { rows, problems };
}

/** On the start of a `<c>`: its value; undefined for an empty cell (no value, or `<v></v>`). */
function readCell(
  r: XmlReader,
  strings: readonly string[],
  formats: readonly CellFormat[],
  date1904: boolean
): Cell | undefined {
  const type = r.attr("t") ?? "n";
  const style = Number(r.attr("s") ?? 0);
  const depth = r.depth;
  let v: string | undefined;
  let inline: string | undefined;
  let inV = false;
  for (let t = r.next(); !(t === CLOSE && r.depth === depth); t = r.next()) {
    if (t === EOF) break;
    if (t === OPEN && isMainNs(r.ns)) {
      if (r.local === "v") {
        inV = true;
        v = "";
      } else if (r.local === "is") inline = readRichText(r);
      else r.skipElement();
    } else if (t === CLOSE && r.local === "v") inV = false;
    else if (t === TEXT && inV) v += r.text();
  }
  if (type === "inlineStr") return inline === undefined ? undefined : { t: "s", v: inline };
  if (v === undefined || v === "") return undefined;
  switch (type) {
    case "s": {
      const s = strings[Number(v)];
      return s === undefined ? undefined : { t: "s", v: s };
    }
    case "str":
      return { t: "s", v: unescapeOoxml(v) };
    case "b":
      return { t: "b", v: v.trim() === "1" || v.trim() === "true" };
    case "e":
      return { t: "e", v: EXCEL_ERRORS.has(v.trim()) ? v.trim() : "#ERROR" };
    case "d": {
      const serial = isoToSerial(v.trim(), date1904);
      return Number.isFinite(serial) ? { t: "n", v: serial, date: true } : { t: "s", v };
    }
    default: {
      const n = Number(v);
      // A value that is no finite decimal (`1e400`, `0x1F`, `NaN`) stays text, for the engine to report at its cell.
      if (!Number.isFinite(n) || !DECIMAL.test(v)) return { t: "s", v };
      const f = formats[style];
      return f && (f.pct || f.date)
        ? { t: "n", v: n, ...(f.pct ? { pct: true } : {}), ...(f.date ? { date: true } : {}) }
        : { t: "n", v: n };
    }
  }
}
