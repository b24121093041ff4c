import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import type { Cell } from "../../engine/snapshot";
import { xlsxBytes } from "../../../test/helpers/xlsxFile";
import { readXlsx } from "./readXlsx";
import { isDateCode, isPercentCode } from "../numberFormat";
import { readRichText, readSheetXml, unescapeOoxml } from "./readSheetXml";
import { XmlReader, decodeEntities } from "./xmlReader";
import { XlsxPackage } from "./XlsxPackage";

const root = join(__dirname, "..", "..", "..");
const files = [
  join(root, "examples", "sample.xlsx"),
  ...readdirSync(join(root, "test", "fixtures", "real-workbooks"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(root, "test", "fixtures", "real-workbooks", f)),
];

/** SheetJS's reading of the same file, as the oracle. */
function oracle(bytes: Uint8Array): Record<string, Record<string, Cell>> {
  const wb = XLSX.read(bytes, { type: "array", dense: true, cellNF: true });
  const out: Record<string, Record<string, Cell>> = {};
  for (const name of wb.SheetNames) {
    const cells: Record<string, Cell> = {};
    const data =
      (wb.Sheets[name] as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? [];
    data.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c || c.t === "z") return;
        const z = typeof c.z === "string" ? c.z : "";
        const flags = {
          ...(c.t === "n" && isPercentCode(z) ? { pct: true } : {}),
          ...(c.t === "n" && z && XLSX.SSF.is_date(z) ? { date: true } : {}),
        };
        cells[`${r},${col}`] =
          c.t === "n"
            ? ({ t: "n", v: c.v as number, ...flags } as Cell)
            : c.t === "b"
              ? { t: "b", v: Boolean(c.v) }
              : c.t === "e"
                ? { t: "e", v: String(c.w ?? "") }
                : { t: "s", v: String(c.v) };
      })
    );
    out[name] = cells;
  }
  return out;
}

describe("reading worksheets agrees with SheetJS", () => {
  it.each(files.map((f) => [f.split("/").pop() as string, f]))("%s", (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const expected = oracle(bytes);
    for (const sheet of readXlsx(XlsxPackage.open(bytes)).sheets) {
      const cells: Record<string, Cell> = {};
      sheet.rows.forEach((row, r) =>
        row?.forEach((c, col) => c !== null && (cells[`${r},${col}`] = c))
      );
      expect([sheet.name, cells]).toEqual([sheet.name, expected[sheet.name]]);
    }
  });

  it("reads what SheetJS writes: shared strings, numbers, booleans, NFD text", () => {
    const bytes = xlsxBytes({
      S: [
        ["Tiêu chí".normalize("NFD"), 1.5, "a & b < c"],
        [null, -0.25, "x"],
      ],
    });
    expect(readXlsx(XlsxPackage.open(bytes)).sheets[0]?.rows).toEqual([
      [
        { t: "s", v: "Tiêu chí".normalize("NFD") },
        { t: "n", v: 1.5 },
        { t: "s", v: "a & b < c" },
      ],
      [null, { t: "n", v: -0.25 }, { t: "s", v: "x" }],
    ]);
  });
});

describe("XML text", () => {
  it.each([
    ["a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", "a & b <c> \"d\" 'e'"],
    ["&#273;&#x1EA1;", "đạ"],
    ["line_x000D_", "line\r"],
  ])("%s", (xml, text) => expect(unescapeOoxml(decodeEntities(xml))).toBe(text));
  it("joins rich-text runs and drops phonetic runs", () => {
    const r = new XmlReader(
      `<si xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><r><t>Ti</t></r><r><rPr/><t xml:space="preserve">êu chí</t></r><rPh><t>x</t></rPh></si>`
    );
    r.next();
    expect(readRichText(r)).toBe("Tiêu chí");
  });
  it.each([
    ["0%", true, false],
    ["0.0%", true, false],
    ['"%"0', false, false],
    ["dd/mm/yyyy", false, true],
    ["[h]:mm", false, true],
    ["#,##0.00", false, false],
    ["[Red]0.00", false, false],
    ["General", false, false],
  ])("format %s: percent %s, date %s", (code, pct, date) => {
    expect(isPercentCode(code)).toBe(pct);
    expect(isDateCode(code)).toBe(date);
  });
});

describe("the date system", () => {
  it("a workbook saved in the 1904 date system says so in its snapshot; others do not", () => {
    const open = (name: string) =>
      readXlsx(
        XlsxPackage.open(readFileSync(join(root, "test", "fixtures", "real-workbooks", name)))
      );
    expect(open("1904.xlsx").date1904).toBe(true);
    expect(open("formulas.xlsx").date1904).toBeUndefined();
  });
});

describe("odd cells (issue 17)", () => {
  const read = (cells: string, date1904 = false) =>
    readSheetXml(
      new XmlReader(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`
      ),
      [],
      [],
      date1904
    );
  it.each([
    ['<c r="A1" t="d"><v>2025-03-14</v></c>', { t: "n", v: 45730, date: true }],
    ['<c r="A1" t="d"><v>2025-03-14T12:00:00</v></c>', { t: "n", v: 45730.5, date: true }],
    ['<c r="A1" t="e"><v>#SPILL!</v></c>', { t: "e", v: "#SPILL!" }],
    ['<c r="A1" t="e"><v>#CALC!</v></c>', { t: "e", v: "#CALC!" }],
    ['<c r="A1"><v></v></c>', undefined],
    ['<c r="A1"><v/></c>', undefined],
    ['<c r="A1"><v>1e400</v></c>', { t: "s", v: "1e400" }],
    ['<c r="A1"><v>0x1F</v></c>', { t: "s", v: "0x1F" }],
    ['<c r="A1"><v>NaN</v></c>', { t: "s", v: "NaN" }],
  ])("%s", (xml, cell) => expect(read(xml).rows[0]?.[0]).toEqual(cell));
  it("a date in the 1904 system counts from 1904", () =>
    expect(read('<c r="A1" t="d"><v>1904-01-02</v></c>', true).rows[0]?.[0]).toEqual({
      t: "n",
      v: 1,
      date: true,
    }));
  it("a reference past the grid is a problem at that cell, never an allocation", () => {
    const r = read('<c r="XFE1"><v>1</v></c><c r="B1"><v>2</v></c>');
    expect(r.problems).toEqual([{ cell: "XFE1", key: "outOfGrid" }]);
    expect(r.rows[0]).toEqual([null, { t: "n", v: 2 }]);
  });
});
