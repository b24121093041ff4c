import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { libreOfficeCsv } from "../helpers/cli";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { expectInputsKept } from "../helpers/xlsxFile";
import { LOG_COLUMNS } from "../../src/engine/output/buildLog";
import { runOutput } from "../../src/rankWorkbook";
import { rankCouncil } from "../../src/engine/rankCouncil";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { templateXlsx } from "../../src/workbook/xlsx/templateXlsx";
import { councilTemplate } from "../../src/engine/template/defaultTemplate";

/**
 * Nothing lost: writing `Xếp hạng` and `Nhật ký` into workbooks written by
 * Excel, LibreOffice and Google Sheets keeps every other part of the package.
 */
const realDir = join(__dirname, "..", "fixtures", "real-workbooks");
const files = readdirSync(realDir).filter((f) => f.endsWith(".xlsx"));
const sampleOutput = runOutput(
  rankCouncil(
    readXlsx(XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "examples", "sample.xlsx"))))
  )
);
const EDITED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

function ranked(input: Uint8Array): Uint8Array {
  return writeXlsx(XlsxPackage.open(input), sampleOutput, {
    columns: LOG_COLUMNS,
    rows: [["2026-12-01T00:00:00.000Z", "test", "x", "h", 45, 45, 0, 4, 69]],
  });
}

const elements = (xml: Uint8Array | undefined, tag: string) => {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), "text/xml");
  return Array.from(doc.getElementsByTagName(tag)).map((e) =>
    e.toString().replace(/ xmlns(:\w+)?="[^"]*"/g, "")
  );
};

describe.each(files)("nothing lost in %s", (file) => {
  const input = new Uint8Array(readFileSync(join(realDir, file)));
  const output = ranked(input);
  const before = unzipSync(input);
  const after = unzipSync(output);

  it("keeps every part it does not edit byte for byte", () => {
    for (const [path, bytes] of Object.entries(before)) {
      if (EDITED.has(path)) continue;
      expect([path, Buffer.from(after[path] ?? []).equals(Buffer.from(bytes))]).toEqual([
        path,
        true,
      ]);
    }
  });

  it("keeps every sheet, relationship, content type, defined name and style of the edited parts", () => {
    for (const [part, tag] of [
      ["xl/workbook.xml", "sheet"],
      ["xl/workbook.xml", "definedName"],
      ["xl/_rels/workbook.xml.rels", "Relationship"],
      ["[Content_Types].xml", "Override"],
      ["[Content_Types].xml", "Default"],
      ["xl/styles.xml", "xf"],
      ["xl/styles.xml", "font"],
      ["xl/styles.xml", "numFmt"],
      ["xl/styles.xml", "dxf"],
    ] as const) {
      const old = elements(before[part], tag);
      expect([part, tag, elements(after[part], tag).slice(0, old.length)]).toEqual([
        part,
        tag,
        old,
      ]);
    }
  });

  it("reads back in SheetJS and ExcelJS with the two sheets and the same values elsewhere", async () => {
    expectInputsKept(input, output);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Xếp hạng")?.getRow(2).getCell(2).value).toBe("TT25.15");
  });

  it("runs twice to the same workbook (styles found, not added again)", () => {
    const twice = unzipSync(ranked(output));
    for (const path of Object.keys(after))
      if (!path.startsWith("docProps/"))
        expect([
          path,
          Buffer.from(twice[path] ?? []).equals(Buffer.from(after[path] ?? [])),
        ]).toEqual([path, true]);
  });
});

describe("LibreOffice opens every output", () => {
  it("converts the Xếp hạng sheet of each to CSV", () => {
    const dir = mkdtempSync(join(tmpdir(), "binhxet-lo-"));
    const outputs = files.map((f) => {
      const p = join(dir, f);
      writeFileSync(p, ranked(new Uint8Array(readFileSync(join(realDir, f)))));
      return p;
    });
    const template = join(dir, "mau.xlsx");
    writeFileSync(template, templateXlsx(councilTemplate(2025)));
    libreOfficeCsv(dir, [...outputs, template]);
    for (const f of files) {
      const csv = readFileSync(
        join(dir, "csv", `${f.replace(/\.xlsx$/, "")}-Xếp hạng.csv`),
        "utf8"
      );
      expect(csv.split("\n")[0]).toMatch(/^Hạng,Mã,Tên,Loại/);
      expect(csv).toContain("TT25.15,Sở Khoa học và Công nghệ tỉnh Lào Cai");
    }
    expect(readFileSync(join(dir, "csv", "mau-Khen thưởng.csv"), "utf8")).toContain(
      "Cờ thi đua cấp bộ,1,CO-BO,Tập thể,Khối,,1,1"
    );
  }, 240_000);
});
