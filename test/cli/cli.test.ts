import * as XLSX from "@e965/xlsx";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { binhxet, ensureCli, libreOfficeXlsx } from "../helpers/cli";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import {
  badCouncil,
  expectInputsKept,
  historyCouncil,
  OUR_SHEETS,
  pastYear,
  xlsxBytes,
} from "../helpers/xlsxFile";
import { INPUT_SHEETS } from "../helpers/snapshot";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";

const root = join(__dirname, "..", "..");
const sample = join(root, "examples", "sample.xlsx");

beforeAll(ensureCli, 120_000);

describe("binhxet rank (contract §12) on real files", () => {
  const dir = mkdtempSync(join(tmpdir(), "binhxet-"));

  it("ranks the sample: exit 0, the golden JSON, the input unchanged byte for byte", async () => {
    const before = readFileSync(sample);
    const out = join(dir, "out.xlsx");
    const json = join(dir, "out.json");
    const r = binhxet("rank", sample, "-o", out, "--json", json);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(
      JSON.parse(readFileSync(join(root, "examples", "sample.expected.json"), "utf8"))
    );
    // Each line names the nominee; a pending vote points at its empty vote cell (issue 18).
    expect(r.stderr.trim().split("\n")).toEqual([
      "[pending] Đối tượng!AD18: TT25.15 Sở Khoa học và Công nghệ tỉnh Lào Cai: Chưa đủ dữ liệu để xét 'Cờ thi đua cấp bộ': còn trống Tỷ lệ phiếu đồng ý (%); chưa đề xuất.",
      "[required-not-met] Kết quả!P22: TT25.19 Sở Khoa học và Công nghệ tỉnh Đắk Lắk: Chưa đạt chỉ tiêu bắt buộc CP4: không được đề xuất khen thưởng.",
      "[missing] Kết quả!I15: TT25.12 Viễn thông Đắk Lắk: Ô trống: tính 0 điểm cho tiêu chí VT2.",
      "[pending] Đối tượng!AD40: CN25.09 Nguyễn Hữu Phước: Chưa đủ dữ liệu để xét 'Chiến sĩ thi đua cơ sở': còn trống Tỷ lệ phiếu đồng ý (%); chưa đề xuất.",
    ]);
    expect(r.stdout).toContain("TT25.15");
    expect(readFileSync(sample).equals(before)).toBe(true);

    // Reopened by ExcelJS: the table, its header and the first row.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Xếp hạng");
    expect(ws?.getRow(1).values).toEqual(
      expect.arrayContaining([
        "Hạng",
        "Mã",
        "Điểm (thang 100)",
        "Xếp loại",
        "Đề xuất khen thưởng",
        "Giải thích",
        "Cảnh báo",
      ])
    );
    expect(ws?.getRow(2).getCell(2).value).toBe("TT25.15");
    expect(ws?.getRow(2).getCell(10).value).toBe(98.5);
    expect(ws?.getTables().map((t) => (t as unknown as { name: string }).name)).toEqual([
      "XepHang",
    ]);
    expect(wb.getWorksheet("Nhật ký")?.getRow(2).getCell(5).value).toBe(45);
    // Reopened by SheetJS: every input sheet is still there with the same values.
    expectInputsKept(readFileSync(sample), readFileSync(out));
  });

  it("writes INPUT-xep-hang.xlsx by default and appends to the log on a second run", async () => {
    const input = join(dir, "council.xlsx");
    writeFileSync(input, readFileSync(sample));
    expect(binhxet("rank", input).status).toBe(0);
    const first = join(dir, "council-xep-hang.xlsx");
    expect(existsSync(first)).toBe(true);
    const again = binhxet("rank", first, "-o", join(dir, "again.xlsx"));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Thay đổi so với lần trước:\n  Không có thay đổi.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "again.xlsx"));
    expect(wb.getWorksheet("Nhật ký")?.rowCount).toBe(3);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...INPUT_SHEETS, ...OUR_SHEETS]);
  });

  it("a bad workbook: exit 1, the message with its cell, the others still ranked", () => {
    const input = join(dir, "bad.xlsx");
    writeFileSync(input, badCouncil());
    const json = join(dir, "bad.json");
    const r = binhxet("rank", input, "--json", json);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("[bad-value] Kết quả!B3:");
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(result.nominees.map((n: { id: string; rank: number | null }) => [n.id, n.rank])).toEqual(
      [
        ["U1", 1],
        ["U2", null],
      ]
    );
  });

  it.each([
    ["not an xlsx file", () => Buffer.from("Mã,Tên\nU1,A\n"), "bad-file", ""],
    [
      "no results sheet",
      () =>
        xlsxBytes({
          "Tiêu chí": [["Lĩnh vực", "Mã", "Tiêu chí", "Điểm tối đa"]],
          "Đối tượng": [["Mã", "Tên", "Loại", "Lĩnh vực"]],
        }),
      "missing-sheet",
      "Kết quả",
    ],
  ])(
    "an unusable workbook (%s): exit 2, no output, JSON with the message",
    (_name, bytes, code, sheet) => {
      const input = join(dir, `unusable-${sheet || "txt"}.xlsx`);
      writeFileSync(input, bytes());
      const json = join(dir, "unusable.json");
      const r = binhxet("rank", input, "--json", json, "-o", join(dir, "never.xlsx"));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`[${code}] ${sheet || basename(input)}`);
      expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
      expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({
        contract: 1,
        nominees: [],
        messages: [{ code, sheet, cell: "" }],
      });
    }
  );

  it("never overwrites the input", () => {
    const r = binhxet("rank", sample, "-o", sample);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("tệp đầu vào");
  });

  it("prints usage for a wrong command", () => expect(binhxet("xep").status).toBe(2));
});

describe("binhxet template", () => {
  it("writes the blank council workbook: tables, drop-downs, notes, the awards preset; it ranks as it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "binhxet-template-"));
    const out = join(dir, "mau.xlsx");
    const r = binhxet("template", out);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hướng dẫn", ...INPUT_SHEETS]);
    expect(wb.getWorksheet("Khen thưởng")?.rowCount).toBe(17);
    // The header shows its note too; Kết quả's Mã chooses from Đối tượng's ids.
    expect(wb.getWorksheet("Tiêu chí")?.getCell("E1").dataValidation).toMatchObject({
      promptTitle: "Loại",
    });
    expect(wb.getWorksheet("Kết quả")?.getCell("A2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['INDIRECT("DoiTuong[Mã]")'],
    });
    const kind = wb.getWorksheet("Tiêu chí")?.getCell("E2").dataValidation;
    expect(kind).toMatchObject({
      type: "list",
      formulae: ['"Tỷ lệ,Ngưỡng,Bậc,Chấm điểm,Công thức,Cộng,Trừ"'],
      promptTitle: "Loại",
    });
    // Its two example rows are no nominees: one warning says how to remove them.
    const ranked = binhxet("rank", out, "--json", join(dir, "mau.json"));
    expect(ranked.status).toBe(0);
    expect(ranked.stderr).toContain(
      "[example] Đối tượng!A2: 2 dòng ví dụ của mẫu (TT01, CN01) không được xếp hạng"
    );
    expect(JSON.parse(readFileSync(join(dir, "mau.json"), "utf8")).nominees).toEqual([]);
  });

  it("--year picks the legal period's preset; inferred rows are italic on amber, verified ones are not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "binhxet-template-"));
    const out = join(dir, "mau-2024.xlsx");
    expect(binhxet("template", out, "--year", "2024").status).toBe(0);
    expect(binhxet("template", out, "--year", "hai nghìn").status).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Khen thưởng");
    expect(sheet?.getCell("J2").text).toContain("NĐ 98/2023 Điều 30(7)");
    // Row 9 is Giấy khen (cá nhân), inferred: its floor of 85 is a product default.
    expect(sheet?.getCell("L9").text).toBe("Suy luận: Hội đồng cần xác nhận trước khi dùng");
    expect(sheet?.getCell("A9").font?.italic).toBe(true);
    expect(sheet?.getCell("A9").fill).toMatchObject({ fgColor: { argb: "FFFFF4CE" } });
    expect(sheet?.getCell("A5").font?.italic).toBeFalsy();
    const settings = wb.getWorksheet("Cấu hình");
    expect(settings?.getCell("A7").text).toBe("Năm xét");
    expect(settings?.getCell("B7").value).toBe(2024);
  });
});

describe("binhxet rank --history", () => {
  it("counts the consecutive years from last years' ranked workbooks and cites the article", () => {
    const dir = mkdtempSync(join(tmpdir(), "binhxet-history-"));
    const files = {
      cur: join(dir, "2025.xlsx"),
      a: join(dir, "2023.xlsx"),
      b: join(dir, "2024.xlsx"),
    };
    writeFileSync(files.cur, historyCouncil());
    writeFileSync(files.a, pastYear(2023, "Chiến sĩ thi đua cơ sở; Lao động tiên tiến"));
    writeFileSync(files.b, pastYear(2024, "Chiến sĩ thi đua cơ sở"));
    const json = join(dir, "out.json");
    const r = binhxet("rank", files.cur, "--history", files.a, files.b, "--json", json);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const cn01 = JSON.parse(readFileSync(json, "utf8")).nominees[0];
    expect(cn01.awards).toEqual(["Chiến sĩ thi đua cấp bộ"]);
    expect(cn01.derived).toMatchObject({ so_nam_cstdcs_lien_tiep: 2, so_nam_htxs_lien_tiep: 2 });
    const out = XLSX.read(readFileSync(join(dir, "2025-xep-hang.xlsx")));
    const row = XLSX.utils.sheet_to_json<Record<string, string>>(
      out.Sheets["Xếp hạng"] as XLSX.WorkSheet
    )[0];
    expect(row?.["Giải thích"]).toContain("[căn cứ: Luật TĐKT 06/2022/QH15 Điều 22]");

    // One year only: the run is one year long, and the title is not proposed.
    const one = binhxet("rank", files.cur, "--history", files.b, "--json", json);
    expect(one.status).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).nominees[0].awards).toEqual([]);
  });

  it("a past workbook without Năm xét is named in the message", () => {
    const dir = mkdtempSync(join(tmpdir(), "binhxet-history-"));
    writeFileSync(join(dir, "2025.xlsx"), historyCouncil());
    writeFileSync(join(dir, "cu.xlsx"), pastYear(null, "Chiến sĩ thi đua cơ sở"));
    const r = binhxet("rank", join(dir, "2025.xlsx"), "--history", join(dir, "cu.xlsx"));
    expect(r.stderr).toContain("[bad-setting] cu.xlsx: Cấu hình:");
  });
});

describe("the chart (issue 12 §6)", () => {
  it("Biểu đồ holds a native bar chart per scope group that LibreOffice keeps and ExcelJS reads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "binhxet-chart-"));
    const out = join(dir, "chart.xlsx");
    expect(binhxet("rank", sample, "-o", out, "--top", "0").status).toBe(0);
    const parts = (file: string) => [...XlsxPackage.open(readFileSync(file)).paths()];
    const charts = (file: string) =>
      parts(file).filter((p) => /^xl\/charts\/chart\d+\.xml$/i.test(p));
    expect(charts(out)).toHaveLength(6);
    libreOfficeXlsx(dir, out, join(dir, "lo"));
    expect(charts(join(dir, "lo", "chart.xlsx"))).toHaveLength(6);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Biểu đồ")?.getCell("A4").value).toBe(
      "1. Sở Khoa học và Công nghệ tỉnh Lào Cai"
    );
    // Ranked again: the chart parts are replaced, not added to.
    const again = join(dir, "again.xlsx");
    expect(binhxet("rank", out, "-o", again, "--top", "0").status).toBe(0);
    expect(charts(again)).toHaveLength(6);
  }, 120_000);
});

describe("the command line explains itself (issue 18)", () => {
  const dir = mkdtempSync(join(tmpdir(), "binhxet-help-"));
  it.each([["--help"], ["-h"], ["help"]])(
    "%s: exit 0, every command and option in Vietnamese, with examples",
    (flag) => {
      const r = binhxet(flag);
      expect(r.status).toBe(0);
      for (const word of [
        "rank",
        "template",
        "-o",
        "--json",
        "--pdf",
        "--top",
        "--history",
        "--year",
        "--ghi-de",
        "Ví dụ:",
        "Mã thoát",
      ])
        expect(r.stdout).toContain(word);
    }
  );
  it("--version prints the version; --lang en --help in English", () => {
    expect(binhxet("--version").stdout).toMatch(/^binhxet \d+\.\d+\.\d+/);
    expect(binhxet("--lang", "en", "--help").stdout).toContain("Examples:");
  });
  it("an unknown command or option says which, exit 2", () => {
    const a = binhxet("xep-hang");
    expect([a.status, a.stderr.split("\n")[0]]).toEqual([2, "Lệnh không có: 'xep-hang'."]);
    const b = binhxet("rank", sample, "--topp", "3");
    expect([b.status, b.stderr.split("\n")[0]]).toEqual([
      2,
      "Tham số không có cho lệnh rank: '--topp'.",
    ]);
  });
  it("a missing file: where to look, not a stack trace", () => {
    const r = binhxet("rank", join(dir, "khong-co.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `[bad-file] khong-co.xlsx: Không tìm thấy tệp '${join(dir, "khong-co.xlsx")}': kiểm tra lại đường dẫn.`
    );
  });
  it("template never replaces an existing file without --ghi-de", () => {
    const out = join(dir, "so.xlsx");
    writeFileSync(out, "da co");
    const r = binhxet("template", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--ghi-de");
    expect(readFileSync(out, "utf8")).toBe("da co");
    expect(binhxet("template", out, "--ghi-de").status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
  it("ranking a ranked copy again numbers the output instead of piling up suffixes", () => {
    const input = join(dir, "so-xep-hang.xlsx");
    writeFileSync(input, readFileSync(sample));
    expect(binhxet("rank", input).status).toBe(0);
    expect(existsSync(join(dir, "so-xep-hang-2.xlsx"))).toBe(true);
    expect(binhxet("rank", join(dir, "so-xep-hang-2.xlsx")).status).toBe(0);
    expect(existsSync(join(dir, "so-xep-hang-3.xlsx"))).toBe(true);
  });
});
