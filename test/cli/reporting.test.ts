import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { binhxet, ensureCli, libreOfficeXlsx } from "../helpers/cli";
import { xlsxBytes } from "../helpers/xlsxFile";

/**
 * Issue 14, the reporting round on the command line, with ExcelJS as the units' spreadsheet: the
 * sample's results cleared, the forms written, each filled from the original values, collected and
 * ranked again gives exactly `sample.expected.json`; then conflicts and bad reports.
 */
const root = join(__dirname, "..", "..");
const sample = join(root, "examples", "sample.xlsx");
const producers = join(root, "test", "fixtures", "producers");
const dir = mkdtempSync(join(tmpdir(), "binhxet-reporting-"));

beforeAll(ensureCli, 120_000);

type Values = Map<string, ExcelJS.CellValue>;
const key = (id: unknown, code: unknown) => `${String(id)}\u0000${String(code)}`;

/** The sample's `Kết quả` values by nominee and code, and the sample written with them cleared. */
async function clearedSample(): Promise<{ values: Values; file: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const sheet = wb.getWorksheet("Kết quả") as ExcelJS.Worksheet;
  const header = sheet.getRow(3).values as ExcelJS.CellValue[];
  const values: Values = new Map();
  sheet.eachRow((row, r) => {
    if (r <= 3) return;
    const id = row.getCell(1).value;
    header.forEach((code, c) => {
      if (c <= 2 || code === undefined) return;
      const typed = row.getCell(c).value;
      if (typed !== null) values.set(key(id, code), typed);
      row.getCell(c).value = null;
    });
  });
  const file = join(dir, "cleared.xlsx");
  await wb.xlsx.writeFile(file);
  return { values, file };
}

/** A form filled as a unit would: `Giá trị` from `values`, the report date in `Thông tin`. */
async function fill(
  form: string,
  out: string,
  valueOf: (id: string, code: string) => ExcelJS.CellValue | undefined,
  date = "10/03/2026"
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(form);
  const sheet = wb.getWorksheet("Báo cáo") as ExcelJS.Worksheet;
  sheet.eachRow((row, r) => {
    if (r <= 5) return;
    const v = valueOf(String(row.getCell(1).value), String(row.getCell(3).value));
    if (v !== undefined) row.getCell(7).value = v;
  });
  const info = wb.getWorksheet("Thông tin") as ExcelJS.Worksheet;
  info.eachRow((row) => {
    if (row.getCell(1).value === "Ngày báo cáo") row.getCell(2).value = date;
    if (row.getCell(1).value === "Người báo cáo") row.getCell(2).value = "Nguyễn Văn An";
  });
  await wb.xlsx.writeFile(out);
}

describe("the reporting round on the sample (issue 14)", () => {
  let values: Values;
  let cleared: string;
  const forms = join(dir, "forms");
  const returned = join(dir, "returned");

  beforeAll(async () => {
    ({ values, file: cleared } = await clearedSample());
    const made = binhxet("forms", cleared, forms);
    expect(made.status).toBe(0);
    mkdirSync(returned);
    for (const f of readdirSync(forms))
      await fill(join(forms, f), join(returned, f), (id, code) => values.get(key(id, code)));
  }, 120_000);

  it("writes one form per reporting unit, judged criteria left out", () => {
    const files = readdirSync(forms);
    expect(files).toContain("bao-cao-TT25.04.xlsx");
    // Every collective reports; the sample's individuals report with the unit they name.
    expect(files.length).toBeGreaterThan(20);
  });

  it("collected and ranked, gives exactly sample.expected.json", () => {
    const merged = join(dir, "merged.xlsx");
    const files = readdirSync(returned).map((f) => join(returned, f));
    const collected = binhxet("collect", cleared, ...files, "-o", merged);
    expect(collected.stderr).not.toMatch(/\[report\].*(xung đột|chưa được gộp)/);
    expect(collected.status).toBe(0);
    expect(collected.stdout).toContain(`Đã gộp ${files.length}/${files.length} báo cáo`);
    // ExcelJS saves no computed value: there is no self-score to compare, and the CLI says so.
    expect(collected.stdout).toContain("không có điểm tự chấm đã tính");
    const json = join(dir, "merged.json");
    binhxet("rank", merged, "-o", join(dir, "ranked.xlsx"), "--json", json);
    const expected = JSON.parse(
      readFileSync(join(root, "examples", "sample.expected.json"), "utf8")
    );
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(expected);
  });

  it("never overwrites a different value: a conflict, written only with --ghi-de", async () => {
    const changed = join(dir, "changed-TT25.04.xlsx");
    await fill(join(forms, "bao-cao-TT25.04.xlsx"), changed, (id, code) =>
      id === "TT25.04" && code === "BC1" ? 12.5 : values.get(key(id, code))
    );
    const kept = binhxet("collect", sample, changed, "-o", join(dir, "kept.xlsx"));
    expect(kept.status).toBe(1);
    expect(kept.stderr).toMatch(
      /\[report\] Kết quả!C\d+: Ô đã có [\d.]+, báo cáo ghi 12\.5 \(changed-TT25\.04\.xlsx: Báo cáo!G6\)/
    );
    const over = binhxet("collect", sample, changed, "-o", join(dir, "over.xlsx"), "--ghi-de");
    expect(over.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "over.xlsx"));
    const source = wb.getWorksheet("Nguồn số liệu") as ExcelJS.Worksheet;
    const rows = source.getSheetValues().flat().map(String);
    expect(rows).toContain("changed-TT25.04.xlsx");
  });

  it("the next ranking names the report a changed cell came from", () => {
    const ranked = join(dir, "ranked.xlsx");
    const changed = join(dir, "changed-TT25.04.xlsx");
    const over = join(dir, "ranked-over.xlsx");
    expect(binhxet("collect", ranked, changed, "-o", over, "--ghi-de").status).toBe(0);
    const again = binhxet("rank", over, "-o", join(dir, "ranked-again.xlsx"));
    expect(again.stdout).toMatch(
      /TT25\.04: .*BC1 \(Kết quả!C\d+, từ changed-TT25\.04\.xlsx: Báo cáo!G6\): '[\d.]+' → '12\.5'/
    );
  });

  it("refuses a bad report at its cell and still merges the others", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    await fill(join(forms, "bao-cao-TT25.04.xlsx"), join(bad, "text.xlsx"), (id, code) =>
      code === "BC2" ? "chín mươi" : values.get(key(id, code))
    );
    await fill(join(forms, "bao-cao-TT25.05.xlsx"), join(bad, "edited.xlsx"), (id, code) =>
      values.get(key(id, code))
    );
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(join(bad, "edited.xlsx"));
    (edited.getWorksheet("Báo cáo") as ExcelJS.Worksheet).getCell("A6").value = "TT25.99";
    await edited.xlsx.writeFile(join(bad, "edited.xlsx"));
    copyFileSync(join(producers, "encrypted.xlsx"), join(bad, "encrypted.xlsx"));
    copyFileSync(join(returned, "bao-cao-TT25.06.xlsx"), join(bad, "good.xlsx"));
    const r = binhxet(
      "collect",
      cleared,
      ...["text", "edited", "encrypted", "good"].map((f) => join(bad, `${f}.xlsx`)),
      "-o",
      join(dir, "bad.xlsx")
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[bad-value\] text\.xlsx: Báo cáo!G7: 'chín mươi' không phải số/);
    expect(r.stderr).toMatch(
      /\[report\] edited\.xlsx: Báo cáo!A6: Mã đối tượng 'TT25\.99' không thuộc đơn vị/
    );
    expect(r.stderr).toMatch(/\[bad-file\] encrypted\.xlsx: .*mật khẩu/);
    expect(r.stdout).toContain("Đã gộp 1/4 báo cáo");
    expect(r.stdout).toMatch(/Còn thiếu: \d+ đơn vị chưa có báo cáo/);
  });
});

/** One criterion of every type the form scores, and values on both sides of each rule's edges. */
const EVERY_TYPE: Record<string, readonly (number | string)[]> = {
  R1: [100, 66.1, 0, "KAD"],
  R2: [8, 12.5, 0, 30],
  TH: [50, 49.99, 80, 0],
  TL: [0, 1, 0, 2],
  B: [100, 89.9, 90, 79],
  BL: [5, 10, 20, 0],
  P: [7.5, 10, 0, 3.25],
  F: [2, 3, 0, 1],
  S: [5, 0, 2.5, 1],
  D: [0, 5, 1.5, 0.25],
};
const UNITS = ["U1", "U2", "U3", "U4"];

function everyTypeCouncil(): Uint8Array {
  return xlsxBytes({
    "Tiêu chí": [
      [
        "Lĩnh vực",
        "Mã",
        "Tiêu chí",
        "Loại",
        "Chỉ tiêu",
        "Chiều",
        "Điểm tối đa",
        "Bậc",
        "Công thức",
      ],
      ["Bưu chính", "R1", "Tỷ lệ, cao", "Tỷ lệ", 100, "Cao", 20, null, null],
      ["Bưu chính", "R2", "Tỷ lệ, thấp", "Tỷ lệ", 10, "Thấp", 10, null, null],
      ["Bưu chính", "TH", "Ngưỡng, cao", "Ngưỡng", 50, "Cao", 10, null, null],
      ["Bưu chính", "TL", "Ngưỡng, thấp", "Ngưỡng", 0, "Thấp", 5, null, null],
      ["Bưu chính", "B", "Bậc, cao", "Bậc", 100, "Cao", 10, "100:10; 90:8; 80:5", null],
      ["Bưu chính", "BL", "Bậc, thấp", "Bậc", 10, "Thấp", 10, "100:10; 50:5", null],
      ["Bưu chính", "P", "Chấm điểm", "Chấm điểm", null, null, 10, null, null],
      ["Bưu chính", "F", "Công thức", "Công thức", null, null, 20, null, "value * 5"],
      ["Chung", "S", "Cộng", "Cộng", null, null, 5, null, null],
      ["Chung", "D", "Trừ", "Trừ", null, null, 5, null, null],
    ],
    "Đối tượng": [
      ["Mã", "Tên", "Loại", "Lĩnh vực"],
      ...UNITS.map((id) => [id, `Bưu điện ${id}`, "Tập thể", "Bưu chính"]),
    ],
    "Kết quả": [["Mã", ...Object.keys(EVERY_TYPE)], ...UNITS.map((id) => [id])],
  });
}

describe("the self-score formulas against the engine, on every type (issue 14 §1)", () => {
  it("LibreOffice's recalculation of each form gives the engine's points, row by row", async () => {
    const work = join(dir, "types");
    mkdirSync(join(work, "filled"), { recursive: true });
    const book = join(work, "types.xlsx");
    writeFileSync(book, everyTypeCouncil());
    expect(binhxet("forms", book, join(work, "forms")).status).toBe(0);
    const filled = UNITS.map((id) => join(work, "filled", `bao-cao-${id}.xlsx`));
    for (const [i, id] of UNITS.entries())
      await fill(
        join(work, "forms", `bao-cao-${id}.xlsx`),
        filled[i] as string,
        (_n, code) => EVERY_TYPE[code]?.[i]
      );
    // The units' spreadsheet computes the self-scores: LibreOffice opens and saves each form.
    for (const f of filled) libreOfficeXlsx(work, f, join(work, "lo"));
    const recalculated = UNITS.map((id) => join(work, "lo", `bao-cao-${id}.xlsx`));
    const merged = join(work, "merged.xlsx");
    expect(binhxet("collect", book, ...recalculated, "-o", merged).status).toBe(0);
    const json = join(work, "merged.json");
    binhxet("rank", merged, "-o", join(work, "ranked.xlsx"), "--json", json);
    const points = new Map<string, Record<string, number>>(
      JSON.parse(readFileSync(json, "utf8")).nominees.map(
        (n: { id: string; points: Record<string, number> }) => [n.id, n.points]
      )
    );
    let compared = 0;
    // The cached values as LibreOffice stored them, read by SheetJS (ExcelJS drops a cached 0).
    for (const file of recalculated) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(
        XLSX.read(readFileSync(file)).Sheets["Báo cáo"] as XLSX.WorkSheet,
        { header: 1, defval: "" }
      );
      for (const row of rows.slice(5)) {
        const [id, , code, , , , , , self] = row.map(String);
        const shown = row[8];
        if (code === "F") {
          expect(self).toBe("");
          continue;
        }
        const engine = points.get(id as string)?.[code as string];
        // Not applicable (KAD): the engine leaves the criterion out, the form shows no score.
        if (engine === undefined) expect(shown).toBe("");
        else {
          expect([id, code, shown]).toEqual([id, code, engine]);
          compared++;
        }
      }
    }
    expect(compared).toBe(UNITS.length * (Object.keys(EVERY_TYPE).length - 1) - 1);
    // The review sheet then finds no difference.
    expect(
      binhxet("collect", book, ...recalculated, "-o", join(work, "again.xlsx")).stdout
    ).toMatch(/Thẩm định: \d+ điểm tự chấm đều khớp điểm Hội đồng/);
  }, 240_000);
});

describe("on time: the report's date against the quarter's deadline (issue 14 §4)", () => {
  it("fills the on-time criterion of the quarter; a late report counts 0", async () => {
    const work = join(dir, "on-time");
    mkdirSync(join(work, "filled"), { recursive: true });
    const book = join(work, "quarters.xlsx");
    writeFileSync(
      book,
      xlsxBytes({
        "Tiêu chí": [
          ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa", "Gộp quý"],
          ["Bưu chính", "A", "Sản lượng", "Tỷ lệ", 100, 90, "Trung bình"],
          ["Bưu chính", "OT", "Số báo cáo quý gửi đúng hạn", "Tỷ lệ", 4, 10, "Đúng hạn"],
        ],
        "Đối tượng": [
          ["Mã", "Tên", "Loại", "Lĩnh vực"],
          ["U1", "Bưu điện tỉnh A", "Tập thể", "Bưu chính"],
          ["U2", "Bưu điện tỉnh B", "Tập thể", "Bưu chính"],
        ],
        "Kết quả": [["Mã đối tượng", "Mã tiêu chí", "Quý", "Giá trị"]],
        "Cấu hình": [
          ["Khóa", "Giá trị"],
          ["Năm xét", 2026],
        ],
      })
    );
    const made = binhxet("forms", book, join(work, "forms"), "--quy", "1");
    expect(made.stdout).toContain("hạn nộp 15/03/2026");
    const on = join(work, "filled", "bao-cao-U1.xlsx");
    const late = join(work, "filled", "bao-cao-U2.xlsx");
    await fill(join(work, "forms", "bao-cao-U1.xlsx"), on, () => 80, "15/03/2026");
    await fill(join(work, "forms", "bao-cao-U2.xlsx"), late, () => 80, "16/03/2026");
    const merged = join(work, "merged.xlsx");
    const r = binhxet("collect", book, on, late, "--quy", "1", "-o", merged);
    expect(r.stderr).toMatch(/bao-cao-U2\.xlsx: .*Báo cáo ngày 16\/03\/2026, sau hạn 15\/03\/2026/);
    expect(r.stderr).not.toMatch(/bao-cao-U1\.xlsx: .*sau hạn/);
    const json = join(work, "merged.json");
    binhxet("rank", merged, "-o", join(work, "ranked.xlsx"), "--json", json);
    const points = Object.fromEntries(
      JSON.parse(readFileSync(json, "utf8")).nominees.map(
        (n: { id: string; points: Record<string, number> }) => [n.id, n.points]
      )
    );
    expect(points.U1).toEqual({ A: 72, OT: 2.5 });
    expect(points.U2).toEqual({ A: 72, OT: 0 });
    // A quarter's form collected as another quarter's is refused, nothing of it written.
    const wrong = binhxet("collect", book, on, "--quy", "2", "-o", join(work, "wrong.xlsx"));
    expect(wrong.stderr).toMatch(
      /\[report\] bao-cao-U1\.xlsx: .*kỳ Quý 1\/2026, không phải kỳ Quý 2\/2026/
    );
    expect(wrong.stdout).toContain("Đã gộp 0/1 báo cáo");
  }, 120_000);
});
