import type { Cell } from "../../engine/snapshot";
import { isDateCode, isPercentCode } from "../numberFormat";

/**
 * A fast reader of worksheet parts for the engine's snapshot: values only,
 * with the percent and date facts of each cell's number format. Checked
 * against SheetJS on every real workbook (`readSheetXml.test.ts`).
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));|_x([0-9a-fA-F]{4})_/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s.replace(
    ENTITY,
    (
      _m,
      hex: string | undefined,
      dec: string | undefined,
      named: string | undefined,
      ooxml: string | undefined
    ) => {
      if (named) return NAMED[named] as string;
      const code = parseInt(hex ?? dec ?? ooxml ?? "0", hex || ooxml ? 16 : 10);
      return String.fromCodePoint(code);
    }
  );
}

/** The text of a shared string or inline string: its `<t>` runs, without phonetic runs. */
export function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += m[1] ?? "";
  return unescapeXml(out);
}

export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => runText(m[1] ?? ""));
}

export interface CellFormat {
  readonly pct: boolean;
  readonly date: boolean;
}

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Per cellXfs index: is its number format a percentage or a date? */
export function readCellFormats(xml: string | null): CellFormat[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = /numFmtId="(\d+)"/.exec(m[0]);
    const code = /formatCode="([^"]*)"/.exec(m[0]);
    if (id && code) custom.set(Number(id[1]), unescapeXml(code[1] as string));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0);
    const code = custom.get(id);
    return code === undefined
      ? { pct: BUILTIN_PERCENT.has(id), date: BUILTIN_DATE.has(id) }
      : { pct: isPercentCode(code), date: isDateCode(code) };
  });
}

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n - 1;
}

/** The rows of a worksheet part, 0-based from A1. */
export function readSheetXml(
  xml: string,
  strings: readonly string[],
  formats: readonly CellFormat[]
): (Cell[] | undefined)[] {
  const rows: (Cell[] | undefined)[] = [];
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/sheetData>)/.exec(xml)?.[1] ?? "";
  let nextRow = 0;
  for (const rm of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rAttr = /\br="(\d+)"/.exec(rm[1] ?? "");
    const r = rAttr ? Number(rAttr[1]) - 1 : nextRow;
    nextRow = r + 1;
    const body = rm[2];
    if (!body) continue;
    const row: Cell[] = [];
    let nextCol = 0;
    for (const cm of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] ?? "";
      const ref = /\br="([A-Z]+)\d*"/.exec(attrs);
      const c = ref ? columnIndex(ref[1] as string) : nextCol;
      nextCol = c + 1;
      const inner = cm[2] ?? "";
      const t = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let cell: Cell = null;
      if (t === "inlineStr") {
        const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1];
        cell = is === undefined ? null : { t: "s", v: runText(is) };
      } else if (v === undefined) cell = null;
      else if (t === "s") cell = { t: "s", v: strings[Number(v)] ?? "" };
      else if (t === "str") cell = { t: "s", v: unescapeXml(v) };
      else if (t === "b") cell = { t: "b", v: v.trim() === "1" || v.trim() === "true" };
      else if (t === "e") {
        const e = unescapeXml(v);
        cell = { t: "e", v: ERRORS.has(e) ? e : "#ERROR" };
      } else if (t === "d") cell = { t: "n", v: Date.parse(v), date: true };
      else {
        const n = Number(v);
        if (Number.isNaN(n)) cell = { t: "s", v: unescapeXml(v) };
        else {
          const f = formats[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)];
          cell =
            f && (f.pct || f.date)
              ? { t: "n", v: n, ...(f.pct ? { pct: true } : {}), ...(f.date ? { date: true } : {}) }
              : { t: "n", v: n };
        }
      }
      row[c] = cell;
    }
    for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
    rows[r] = row;
  }
  return rows;
}
