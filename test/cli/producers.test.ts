import * as XLSX from "@e965/xlsx";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { binhxet, ensureCli, libreOfficeCsv } from "../helpers/cli";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";

/**
 * Files from other producers (issue 16): the sample as ClosedXML, Strict OOXML, UTF-16, other part-name
 * cases and older LibreOffice write it, macro-enabled and signed; and files that are no workbook.
 * `test/fixtures/producers/README.md` says how each was made.
 */
const root = join(__dirname, "..", "..");
const fixtures = join(root, "test", "fixtures", "producers");
const expected = JSON.parse(readFileSync(join(root, "examples", "sample.expected.json"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "binhxet-producers-"));

beforeAll(ensureCli, 120_000);

/** The parts a run edits or adds; every other part of the input must come out byte for byte. */
const EDITED =
  /^(\[content_types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docprops\/.*)$/i;

function partsOf(bytes: Uint8Array): Map<string, { name: string; data: Uint8Array }> {
  return new Map(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name.toLowerCase(), { name, data }])
  );
}

/** Each part's content type, as OPC finds it: its Override, else the Default of its extension. */
function contentTypeOf(parts: ReturnType<typeof partsOf>, path: string): string | null {
  const bytes = parts.get("[content_types].xml")?.data as Uint8Array;
  const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-8").decode(bytes);
  const override = [...text.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].find((m) =>
    m[0].toLowerCase().includes(`partname="/${path.toLowerCase()}"`)
  );
  if (override) return /ContentType="([^"]*)"/.exec(override[0])?.[1] ?? null;
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  const def = [...text.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)].find((m) =>
    m[0].toLowerCase().includes(`extension="${ext}"`)
  );
  return def ? (/ContentType="([^"]*)"/.exec(def[0])?.[1] ?? null) : null;
}

const READABLE: [file: string, output: string][] = [
  ["prefixed.xlsx", "prefixed-xep-hang.xlsx"],
  ["strict.xlsx", "strict-xep-hang.xlsx"],
  ["utf16.xlsx", "utf16-xep-hang.xlsx"],
  ["part-case.xlsx", "part-case-xep-hang.xlsx"],
  ["no-rels-default.xlsx", "no-rels-default-xep-hang.xlsx"],
  ["macro.xlsm", "macro-xep-hang.xlsm"],
  ["signed.xlsx", "signed-xep-hang.xlsx"],
];

describe.each(READABLE)("%s reads right", (file, outputName) => {
  const input = join(dir, file);
  const output = join(dir, outputName);
  const json = join(dir, `${file}.json`);
  let run: ReturnType<typeof binhxet>;
  beforeAll(() => {
    copyFileSync(join(fixtures, file), input);
    run = binhxet("rank", input, "--json", json);
  });

  it("ranks as the sample does, and writes beside it under a name of its own kind", () => {
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual({
      ...expected,
      messages: file === "signed.xlsx" ? [expect.objectContaining({ code: "signature-lost" })] : [],
    });
    expect(existsSync(output)).toBe(true);
  });

  it("keeps every part it does not edit byte for byte, and adds none that clashes in case", () => {
    const before = partsOf(readFileSync(input));
    const after = partsOf(readFileSync(output));
    for (const [key, part] of before)
      if (!EDITED.test(key))
        expect([
          part.name,
          Buffer.from(after.get(key)?.data ?? []).equals(Buffer.from(part.data)),
        ]).toEqual([part.name, true]);
    const names = Object.keys(unzipSync(readFileSync(output)));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("gives every part it writes a content type, in the package's own conformance class", () => {
    const after = partsOf(readFileSync(output));
    for (const [key, part] of after)
      if (key !== "[content_types].xml")
        expect([part.name, contentTypeOf(after, part.name) !== null]).toEqual([part.name, true]);
    const strict = file === "strict.xlsx";
    const ours = [...after.values()].filter((p) =>
      /^xl\/(worksheets\/sheet\d+|tables\/table\d+)\.xml$/.test(p.name)
    );
    for (const p of ours.filter((x) => !partsOf(readFileSync(input)).has(x.name.toLowerCase()))) {
      const text = new TextDecoder().decode(p.data);
      expect([p.name, text.includes("http://purl.oclc.org/ooxml/spreadsheetml/main")]).toEqual([
        p.name,
        strict,
      ]);
    }
  });

  it("opens in SheetJS, and in ExcelJS when ExcelJS reads the input, with the ranking", async () => {
    const book = XLSX.read(readFileSync(output));
    expect(book.SheetNames).toContain("Xếp hạng");
    // ExcelJS reads neither prefixed relationships nor UTF-16 parts: the input's own
    // parts come through untouched, so the output is no worse than the input for it.
    const load = (path: string) =>
      new ExcelJS.Workbook().xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const readsInput = await load(input).then(
      () => true,
      () => false
    );
    expect([file, readsInput]).toEqual([file, !["prefixed.xlsx", "utf16.xlsx"].includes(file)]);
    if (!readsInput) return;
    const wb = await load(output);
    expect(wb.getWorksheet("Xếp hạng")?.getRow(2).getCell(2).value).toBe("TT25.15");
  });
});

describe("every producer's output opens in LibreOffice", () => {
  it("converts each output's Xếp hạng to CSV", () => {
    const outputs = READABLE.map(([, o]) => join(dir, o)).filter(existsSync);
    expect(outputs).toHaveLength(READABLE.length);
    libreOfficeCsv(dir, outputs);
    for (const o of outputs) {
      const stem = o
        .split("/")
        .pop()
        ?.replace(/\.xls[xm]$/, "");
      const csv = readFileSync(join(dir, "csv", `${stem}-Xếp hạng.csv`), "utf8");
      expect([stem, csv.split("\n")[0]?.slice(0, 20)]).toEqual([stem, "Hạng,Mã,Tên,Loại,Lĩn"]);
      expect(csv).toContain("TT25.15,Sở Khoa học và Công nghệ tỉnh Lào Cai");
    }
  }, 240_000);
});

describe("a macro-enabled workbook", () => {
  it("refuses an output whose extension contradicts the package", () => {
    copyFileSync(join(fixtures, "macro.xlsm"), join(dir, "m2.xlsm"));
    const r = binhxet("rank", join(dir, "m2.xlsm"), "-o", join(dir, "m2.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(".xlsm");
    expect(existsSync(join(dir, "m2.xlsx"))).toBe(false);
  });
});

describe.each([
  ["bad-crc.xlsx", "xl/worksheets/sheet3.xml", "CRC"],
  ["truncated.xlsx", "", "cắt cụt"],
  ["encrypted.xlsx", "", "mật khẩu"],
  ["legacy.xls", "", "Excel 97-2003 (.xls)"],
  ["sheet.ods", "", "OpenDocument (.ods)"],
  ["binary.xlsb", "", "(.xlsb)"],
  ["data.csv", "", "(CSV)"],
])("%s is refused with its reason", (file, part, words) => {
  it("exit 2, one message naming the file and what to do, no stack trace", () => {
    const r = binhxet("rank", join(fixtures, file), "-o", join(dir, `never-${file}.xlsx`));
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^\\[bad-file\\] ${file.replace(".", "\\.")}: `));
    expect(lines[0]).toContain(words);
    if (part) expect(lines[0]).toContain(part);
    expect(existsSync(join(dir, `never-${file}.xlsx`))).toBe(false);
  });
});

it("the fixtures are all covered", () => {
  expect(readdirSync(fixtures).filter((f) => f !== "README.md")).toHaveLength(14);
});
