import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCouncil } from "../../../bench/generateCouncil";
import {
  ExcelHost,
  WorkbookState,
  installGlobals,
  newSheet,
  type Value,
} from "../../../test/helpers/strictExcel";
import { runOn, workbookFrom } from "../../../test/helpers/strictWorkbook";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import { ownSheets } from "../../engine/ownSheets";
import { rankCouncil } from "../../engine/rankCouncil";
import { rankWorkbook, runOutput } from "../../rankWorkbook";
import { ballotWorkbook } from "../../ballotWorkbook";
import { readXlsx } from "../xlsx/readXlsx";
import { XlsxPackage } from "../xlsx/XlsxPackage";
import { ExcelWorkbook } from "./ExcelWorkbook";
import { PARTIAL_PREFIX } from "./writeResult";

/**
 * The Office.js adapter against the strict Excel double (test/helpers/strictExcel.ts): values converted
 * by the number format at the time of the write, 5 MB requests and responses on the web, no rollback,
 * protection, read-only, cell-edit mode, names unique as Excel compares them, #REF! on deleted sheets.
 */
const sample = readXlsx(
  XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample.xlsx")))
);
const info = { time: "2026-12-01T08:00:00.000Z", user: "Thư ký", source: "Excel" };

function client(wb: WorkbookState, options: ConstructorParameters<typeof ExcelHost>[1] = {}) {
  const host = new ExcelHost(wb, options);
  installGlobals(host);
  return { host, run: runOn(host), workbook: () => new ExcelWorkbook(runOn(host)) };
}

/** A snapshot with trailing empty cells dropped, so that both adapters' readings compare cell for cell. */
function trimmed(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    tables: s.tables,
    sheets: s.sheets.map((sh) => ({
      name: sh.name,
      rows: sh.rows.map((r) => {
        if (!r) return undefined;
        let end = r.length;
        while (end > 0 && r[end - 1] === null) end--;
        return end === 0 ? undefined : r.slice(0, end);
      }),
    })),
  };
}

/** A small council whose texts Excel would convert if written under General. */
function tricky(): WorkbookState {
  return new WorkbookState([
    newSheet("Tiêu chí", [
      ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa"],
      ["F", "00123", "=Tỷ lệ", "Tỷ lệ", 100, 100],
    ]),
    newSheet(
      "Đối tượng",
      [
        ["Mã", "Tên", "Loại", "Lĩnh vực", "Đơn vị"],
        ["00123", '=HYPERLINK("x")', "Tập thể", "F", "- Phòng Kế hoạch"],
        ["1e5", "TRUE", "Tập thể", "F", "+84 Hà Nội"],
        ["2025-01", "@ban", "Tập thể", "F", "30%"],
      ],
      [[], ["@", "@", "General", "General", "@"], ["@", "@"], ["@", "@", "General", "General", "@"]]
    ),
    newSheet(
      "Kết quả",
      [
        ["Mã", "00123"],
        ["00123", 90],
        ["1e5", 80],
        ["2025-01", 70],
      ],
      [["@", "@"], ["@"], ["@"], ["@"]]
    ),
  ]);
}

describe("the Office.js adapter against the strict Excel double", () => {
  it("reads the same snapshot as the xlsx adapter from the same sheet content", async () => {
    const { workbook } = client(workbookFrom(sample));
    const snapshot = await workbook().snapshot();
    expect(trimmed({ ...snapshot, tables: [] })).toEqual(trimmed({ ...sample, tables: [] }));
  });

  it("ranks the sample and writes only its own sheets, the table and the log", async () => {
    const wb = workbookFrom(sample);
    const { workbook } = client(wb);
    const before = sample.sheets.map((s) => JSON.stringify(wb.grid(s.name)));
    await rankWorkbook(workbook(), info);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      ...sample.sheets.map((s) => s.name),
      "Xếp hạng",
      "Bình Xét - lần trước",
      "In xếp hạng",
      "Giải thích",
      "Đề nghị khen thưởng",
      "Tờ trình",
      "Biên bản họp",
      "Biểu đồ",
      "Nhật ký",
    ]);
    expect(sample.sheets.map((s) => JSON.stringify(wb.grid(s.name)))).toEqual(before);
    expect(wb.grid("Xếp hạng")[1]?.slice(0, 3)).toEqual([
      1,
      "TT25.15",
      "Sở Khoa học và Công nghệ tỉnh Lào Cai",
    ]);
    expect(wb.tables.map((t) => [t.name, t.sheet.name, t.rows])).toEqual([
      ["XepHang", "Xếp hạng", 46],
    ]);
    expect(wb.grid("Nhật ký")[1]?.slice(0, 3)).toEqual(["01/12/2026 08:00", "Thư ký", "Excel"]);
    expect(wb.sheet("Bình Xét - lần trước")?.visibility).toBe("Hidden");
    expect(wb.formulas()).toEqual([]);
  });

  it("writes the documents as NĐ 30 lays them out: Times New Roman, spans merged, the table bordered, A4 with its margins", async () => {
    const wb = workbookFrom(sample);
    const { workbook } = client(wb);
    await rankWorkbook(workbook(), info);
    const list = wb.sheet("Đề nghị khen thưởng")!;
    const cells = [...list.cells.values()].flatMap((row) => [...row.values()]);
    expect(cells.every((c) => c.format === "@")).toBe(true);
    expect(cells.every((c) => c.style?.["format.font.name"] === "Times New Roman")).toBe(true);
    const text = (r: number, c: number) => list.cells.get(r)?.get(c)?.value;
    // Quốc hiệu across the three right-hand columns, the title across all five.
    const nation = [...list.cells.entries()].find(([, row]) =>
      [...row.values()].some((c) => c.value === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    expect(nation).toBeDefined();
    expect(list.merges).toEqual(expect.arrayContaining([[nation![0], 2, 1, 3]]));
    const header = [...list.cells.keys()].find((r) => text(r, 0) === "STT")!;
    expect(list.cells.get(header)?.get(1)?.style).toMatchObject({
      "format.font.bold": true,
      "format.borders.EdgeTop.style": "Continuous",
      "format.borders.EdgeLeft.weight": "Thin",
    });
    expect(list.layout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      printTitles: `$${header + 1}:$${header + 1}`,
    });
    expect(list.layout.leftMargin).toBeCloseTo((30 * 72) / 25.4);
    expect(list.showGridlines).toBe(false);
    expect(text(0, 0)).toMatch(/^DỰ THẢO/);
    expect(wb.grid("Tờ trình").some((row) => row[0] === "TỜ TRÌNH")).toBe(true);
    expect(wb.grid("Biên bản họp").some((row) => row[0] === "BIÊN BẢN")).toBe(true);
  });

  it("draws a native bar chart per scope group on Biểu đồ, over its own cells (issue 12 §6)", async () => {
    const wb = workbookFrom(sample);
    const { workbook } = client(wb);
    await rankWorkbook(workbook(), info);
    const charts = wb.sheet("Biểu đồ")!.charts;
    expect(charts.map((c) => c.props["title.text"])).toEqual([
      "Cụm thi đua số 1 - các tỉnh, thành phố phía Bắc (tập thể)",
      "Cụm thi đua số 1 - các tỉnh, thành phố phía Bắc (cá nhân)",
      "Cụm thi đua số 2 - các tỉnh miền Trung, Tây Nguyên (tập thể)",
      "Cụm thi đua số 2 - các tỉnh miền Trung, Tây Nguyên (cá nhân)",
      "Cụm thi đua số 3 - các tỉnh, thành phố phía Nam (tập thể)",
      "Cụm thi đua số 3 - các tỉnh, thành phố phía Nam (cá nhân)",
    ]);
    const [first] = charts;
    expect(first).toMatchObject({ type: "BarClustered", source: [3, 0, 11, 2] });
    expect(first?.props).toMatchObject({
      "axes.valueAxis.maximum": 100,
      "axes.categoryAxis.reversePlotOrder": true,
      "legend.visible": false,
    });
    expect(wb.grid("Biểu đồ")[3]).toEqual(["1. Sở Khoa học và Công nghệ tỉnh Lào Cai", 98.5]);
    // A second run replaces the sheet and its charts, not adds to them.
    await rankWorkbook(workbook(), info);
    expect(wb.sheet("Biểu đồ")!.charts).toHaveLength(6);
  });

  it("Tạo phiếu bầu: the papers a page per award, Phiếu bầu added once and never written over", async () => {
    const wb = workbookFrom(sample);
    const { workbook } = client(wb);
    const run = await ballotWorkbook(workbook());
    expect(run.races.map((r) => r.award.name)).toEqual([
      "Chiến sĩ thi đua cấp bộ",
      "Chiến sĩ thi đua cơ sở",
      "Cờ thi đua của Chính phủ",
      "Cờ thi đua cấp bộ",
    ]);
    const papers = wb.sheet("In phiếu bầu")!;
    expect(papers.pageBreaks).toHaveLength(3);
    expect(wb.tables.map((t) => [t.name, t.sheet.name, t.rows])).toEqual([
      ["PhieuBau", "Phiếu bầu", 14],
    ]);
    expect(wb.grid("Phiếu bầu")[1]).toEqual([
      "Chiến sĩ thi đua cấp bộ",
      "CN25.13",
      "Nguyễn Văn Lộc",
      "",
      "",
    ]);
    // The count columns are left General: a count typed there is a number, not text.
    expect(wb.sheet("Phiếu bầu")?.cells.get(1)?.get(3)?.format).toBe("General");
    // The count typed in, then papers made again: the council's sheet keeps it.
    wb.userEdit("Phiếu bầu", 1, 3, 8);
    const again = await ballotWorkbook(workbook());
    expect(again.created).toBe(false);
    expect(wb.grid("Phiếu bầu")[1]?.[3]).toBe(8);
    expect(wb.sheets.filter((s) => s.name === "In phiếu bầu")).toHaveLength(1);
  });

  it("every text arrives as the same text: ids like 00123, names that begin with = or -, no formula, and a second run sees no change", async () => {
    const wb = tricky();
    const { workbook } = client(wb);
    await rankWorkbook(workbook(), info);
    expect(wb.formulas()).toEqual([]);
    const ranking = wb.grid("Xếp hạng");
    const col = (h: string) => (ranking[0] as Value[]).indexOf(h);
    expect(ranking.slice(1).map((r) => [r[col("Mã")], r[col("Tên")], r[col("Đơn vị")]])).toEqual([
      ["00123", '=HYPERLINK("x")', "- Phòng Kế hoạch"],
      ["1e5", "TRUE", "+84 Hà Nội"],
      ["2025-01", "@ban", "30%"],
    ]);
    const second = await rankWorkbook(workbook(), { ...info, time: "2026-12-01T09:00:00.000Z" });
    expect(second.changes).toEqual(["Không có thay đổi."]);
    expect(wb.formulas()).toEqual([]);
  });

  it("keeps Xếp hạng and its table across runs, so the council's references stay valid", async () => {
    const wb = workbookFrom(sample);
    wb.sheets.push(newSheet("Tổng hợp"));
    const { workbook } = client(wb, { apiVersion: 13 });
    await rankWorkbook(workbook(), info);
    const summary = wb.sheet("Tổng hợp");
    summary?.cells.set(
      0,
      new Map([[0, { value: 0, formula: "='Xếp hạng'!B2", format: "General" }]])
    );
    const id = wb.sheet("Xếp hạng")?.id;
    await rankWorkbook(workbook(), { ...info, time: "2026-12-01T09:00:00.000Z" });
    expect(wb.sheet("Xếp hạng")?.id).toBe(id);
    expect(wb.grid("Tổng hợp")[0]?.[0]).toBe("TT25.15");
    expect(wb.tables.map((t) => t.name)).toEqual(["XepHang"]);
    expect(wb.grid("Nhật ký").map((r) => r[0])).toEqual([
      "Thời điểm",
      "01/12/2026 08:00",
      "01/12/2026 09:00",
    ]);
  });

  it.each([
    ["the structure is protected", (wb: WorkbookState) => (wb.structureProtected = true), "bảo vệ"],
    ["the workbook is read-only", (wb: WorkbookState) => (wb.readOnly = true), "chỉ đọc"],
    [
      "Xếp hạng is protected",
      (wb: WorkbookState) => ((wb.sheet("Xếp hạng") as { protected: boolean }).protected = true),
      "bảo vệ",
    ],
  ])(
    "%s: refused before anything changes, the previous result whole",
    async (_name, spoil, words) => {
      const wb = workbookFrom(sample);
      const { workbook } = client(wb);
      await rankWorkbook(workbook(), info);
      const before = wb.sheets.map((s) => [s.name, JSON.stringify(wb.grid(s.name))]);
      spoil(wb);
      await expect(rankWorkbook(workbook(), { ...info, time: "t2" })).rejects.toThrow(words);
      expect(wb.sheets.map((s) => [s.name, JSON.stringify(wb.grid(s.name))])).toEqual(before);
    }
  );

  it("a defined name XepHang: the table is XepHang_2, and the run says so", async () => {
    const wb = workbookFrom(sample);
    wb.names.push("XepHang");
    const { workbook } = client(wb);
    const { result } = await rankWorkbook(workbook(), info);
    expect(wb.tables.map((t) => t.name)).toEqual(["XepHang_2"]);
    expect(result.messages.map((m) => m.code)).toContain("name-taken");
  });

  it("texts longer than a cell holds are cut with … (+N), never refused by Excel", async () => {
    const wb = workbookFrom(sample);
    const { workbook } = client(wb);
    const names = wb.sheet("Đối tượng");
    const row = names?.cells.get(3);
    row?.set(1, { value: "Đơn vị ".repeat(6000), format: "@" });
    await rankWorkbook(workbook(), info);
    const longest = Math.max(
      ...wb
        .grid("Xếp hạng")
        .flat()
        .map((v) => String(v).length)
    );
    expect(longest).toBeLessThanOrEqual(32_767);
    expect(
      wb
        .grid("Xếp hạng")
        .flat()
        .some((v) => /… \(\+\d+\)$/.test(String(v)))
    ).toBe(true);
  });

  it("a cell being edited makes the batch wait (delayForCellEdit), not fail", async () => {
    const wb = workbookFrom(sample);
    const { workbook } = client(wb);
    wb.cellEditMode = true;
    const running = rankWorkbook(workbook(), info);
    await new Promise((r) => setTimeout(r, 20));
    expect(wb.sheet("Xếp hạng")).toBeUndefined();
    wb.endCellEdit();
    await running;
    expect(wb.sheet("Xếp hạng")).toBeDefined();
  });

  it("a run past its time-out stops at its next sync: nothing more is written", async () => {
    const wb = workbookFrom(sample);
    const host = new ExcelHost(wb);
    installGlobals(host);
    const slow = runOn(host);
    const adapter = new ExcelWorkbook(
      (batch, options) =>
        slow(async (context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            await new Promise((r) => setTimeout(r, 30));
            return sync();
          };
          return batch(context);
        }, options),
      100
    );
    await expect(rankWorkbook(adapter, info)).rejects.toThrow("Excel không phản hồi sau 0 giây");
    const sheetsThen = wb.sheets.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(wb.sheets.length).toBe(sheetsThen);
  });
});

describe("Excel on the web: 5 MB requests and responses", () => {
  const council = (n: number): WorkbookSnapshot => ({
    tables: [],
    sheets: Object.entries(generateCouncil(n)).map(([name, rows]) => ({
      name,
      rows: rows.map((r) =>
        r.map((v) =>
          v === null
            ? null
            : typeof v === "number"
              ? { t: "n" as const, v }
              : { t: "s" as const, v }
        )
      ),
    })),
  });

  it("a 15,000-nominee council is ranked twice in a row, every request and response under 5 MB", async () => {
    const wb = workbookFrom(council(15_000));
    const { host, workbook } = client(wb, { web: true });
    await rankWorkbook(workbook(), info);
    const second = await rankWorkbook(workbook(), { ...info, time: "t2" });
    expect(second.changes).toEqual(["Không có thay đổi."]);
    expect(host.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(host.largestResponse).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);

  it("a stray value far to the right does not make the run read millions of empty cells", async () => {
    const wb = workbookFrom(sample);
    wb.sheet("Kết quả")?.cells.get(5)?.set(16_000, { value: "x", format: "General" });
    const { host, workbook } = client(wb, { web: true });
    await workbook().snapshot();
    // Its first ten rows are read at that width (a header may sit there), the rest no wider than the data.
    expect(host.cellsRead).toBeLessThan(250_000);
  });
});

describe("co-authoring", () => {
  it("a co-author's run between this one's reading and writing is told, and nothing is written over it", async () => {
    const wb = workbookFrom(sample);
    const a = client(wb);
    const b = client(wb);
    await rankWorkbook(a.workbook(), info);
    const slow = a.workbook();
    const read = await slow.snapshot();
    await rankWorkbook(b.workbook(), { ...info, user: "B" });
    installGlobals(a.host);
    const before = JSON.stringify(wb.grid("Xếp hạng"));
    await expect(slow.write(runOutput(rankCouncil(read), ownSheets(read)), ["x"])).rejects.toThrow(
      "người cùng soạn"
    );
    expect(JSON.stringify(wb.grid("Xếp hạng"))).toBe(before);
  });

  it("two runs never share a partial sheet", async () => {
    const wb = workbookFrom(sample);
    const a = client(wb);
    await rankWorkbook(a.workbook(), info);
    expect(wb.sheets.some((s) => s.name.startsWith(PARTIAL_PREFIX))).toBe(false);
  });
});
