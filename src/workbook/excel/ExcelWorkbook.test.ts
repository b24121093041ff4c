import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rankCouncil } from "../../engine/rankCouncil";
import { rankWorkbook, runOutput } from "../../rankWorkbook";
import { excelHost, fakeSheets } from "../../../test/helpers/excelHost";
import { generateCouncil } from "../../../bench/generateCouncil";
import { readXlsx } from "../xlsx/readXlsx";
import { XlsxPackage } from "../xlsx/XlsxPackage";
import { MAX_REQUEST_BYTES, rowBytes } from "./chunks";
import { ExcelWorkbook, PARTIAL_SHEET } from "./ExcelWorkbook";
import type { WorkbookSnapshot } from "../../engine/snapshot";

const sample = readXlsx(
  XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample.xlsx")))
);
const run = { time: "2026-12-01T08:00:00.000Z", user: "Thư ký", source: "Excel" };

beforeAll(() => {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    VerticalAlignment: { top: "Top" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    SheetVisibility: { hidden: "Hidden" },
  };
});

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

describe("the Office.js adapter against office-addin-mock", () => {
  it("reads the same snapshot as the xlsx adapter from the same sheet content", async () => {
    const host = excelHost(fakeSheets(sample));
    const snapshot = await new ExcelWorkbook(host.run).snapshot();
    expect(trimmed(snapshot)).toEqual(trimmed(sample));
    expect(host.syncs()).toBe(2 + sample.sheets.length);
  });

  it("reads tables with their sheet and range", async () => {
    const host = excelHost(fakeSheets(sample), [
      {
        name: "KetQua",
        sheet: "Kết quả",
        address: "'Kết quả'!$A$3:$AB$48",
        showHeaders: true,
        showTotals: false,
      },
    ]);
    const snapshot = await new ExcelWorkbook(host.run).snapshot();
    expect(snapshot.tables).toEqual([
      {
        name: "KetQua",
        sheet: "Kết quả",
        range: { top: 2, left: 0, bottom: 47, right: 27 },
        headerRow: true,
        totalsRow: false,
      },
    ]);
  });

  it("ranks the sample through rankWorkbook and writes only Xếp hạng, Đề nghị khen thưởng and Nhật ký", async () => {
    const host = excelHost(fakeSheets(sample));
    const before = JSON.stringify(host.sheets);
    const table = (await rankWorkbook(new ExcelWorkbook(host.run), run)).output?.table;
    expect(host.sheets.map((s) => s.name)).toEqual([
      ...sample.sheets.map((s) => s.name),
      "Xếp hạng",
      "Bình Xét - lần trước",
      "Đề nghị khen thưởng",
      "Nhật ký",
    ]);
    const proposals = host.sheets.find((s) => s.name === "Đề nghị khen thưởng")?.values;
    expect(proposals?.[3]).toEqual([
      "STT",
      "Tên tập thể, cá nhân",
      "Đơn vị",
      "Điểm",
      "Hạng",
      "Thành tích",
    ]);
    expect(proposals?.some((r) => r[1] === "Cờ thi đua cấp bộ (2)")).toBe(true);
    expect(JSON.stringify(host.sheets.slice(0, sample.sheets.length))).toBe(
      JSON.stringify(JSON.parse(before))
    );
    const out = host.sheets.find((s) => s.name === "Xếp hạng");
    expect(out?.values[0]).toEqual(table?.columns.map((c) => c.header));
    expect(out?.values[1]?.slice(0, 3)).toEqual([
      1,
      "TT25.15",
      "Sở Khoa học và Công nghệ tỉnh Lào Cai",
    ]);
    expect(out?.values).toHaveLength(46);
    expect(host.tables).toEqual([
      expect.objectContaining({
        name: "XepHang",
        sheet: "Xếp hạng",
        showHeaders: true,
        style: "TableStyleMedium2",
      }),
    ]);
    expect((out as { frozen?: number }).frozen).toBe(1);
    const log = host.sheets.find((s) => s.name === "Nhật ký");
    expect(log?.values[0]?.[0]).toBe("Thời điểm");
    expect(log?.values[1]?.slice(0, 3)).toEqual(["2026-12-01T08:00:00.000Z", "Thư ký", "Excel"]);
  });

  it("replaces Xếp hạng whole and appends to Nhật ký on a second run", async () => {
    const host = excelHost(fakeSheets(sample));
    await rankWorkbook(new ExcelWorkbook(host.run), run);
    await rankWorkbook(new ExcelWorkbook(host.run), { ...run, time: "2026-12-01T09:00:00.000Z" });
    expect(host.sheets.filter((s) => s.name === "Xếp hạng")).toHaveLength(1);
    expect(host.tables.map((t) => t.name)).toEqual(["XepHang"]);
    expect(host.sheets.find((s) => s.name === "Nhật ký")?.values.map((r) => r[0])).toEqual([
      "Thời điểm",
      "2026-12-01T08:00:00.000Z",
      "2026-12-01T09:00:00.000Z",
    ]);
  });

  it("writes 10,000 nominees in chunks under 4 MB, one sync each", async () => {
    const council = generateCouncil(10_000);
    const snapshot: WorkbookSnapshot = {
      tables: [],
      sheets: Object.entries(council).map(([name, rows]) => ({
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
    };
    const host = excelHost(fakeSheets(snapshot));
    await new ExcelWorkbook(host.run).write(runOutput(rankCouncil(snapshot)), [
      "t",
      "u",
      "s",
      "h",
      1,
      1,
      0,
      0,
      0,
    ]);
    // Chunks of Xếp hạng (header and 10,000 rows), then of the memory (10,000 rows); the last request
    // swaps the sheets and writes the proposals, the memory's header and the log row.
    const chunks = host.requests.slice(0, -1);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks)
      expect(c.values.reduce((n, r) => n + rowBytes(r), 0)).toBeLessThan(MAX_REQUEST_BYTES);
    expect(chunks.reduce((n, c) => n + c.values.length, 0)).toBe(10_001 + 10_000);
    expect(host.syncs()).toBe(chunks.length + 3);
  });

  it("a failure between chunks leaves the previous Xếp hạng intact and the partial sheet marked", async () => {
    const host = excelHost(fakeSheets(sample));
    await rankWorkbook(new ExcelWorkbook(host.run), run);
    const previous = JSON.stringify(host.sheets.find((s) => s.name === "Xếp hạng")?.values);
    const failing = excelHost(host.sheets, host.tables, { failOnWrite: 1 });
    await expect(rankWorkbook(new ExcelWorkbook(failing.run), run)).rejects.toThrow(
      "the request failed"
    );
    expect(JSON.stringify(failing.sheets.find((s) => s.name === "Xếp hạng")?.values)).toBe(
      previous
    );
    expect(failing.sheets.some((s) => s.name === PARTIAL_SHEET)).toBe(true);
  });

  it("gives every run a timeout with a clear message", async () => {
    const hanging = new ExcelWorkbook(() => new Promise(() => undefined), 50);
    await expect(hanging.snapshot()).rejects.toThrow("Excel không phản hồi sau 0 giây");
  });
});

describe("co-authoring", () => {
  it("two panes regenerating the same workbook write the same Xếp hạng, cell for cell", async () => {
    const a = excelHost(fakeSheets(sample));
    const b = excelHost(fakeSheets(sample));
    await rankWorkbook(new ExcelWorkbook(a.run), {
      ...run,
      user: "Thư ký A",
      time: "2026-12-01T08:00:00.000Z",
    });
    await rankWorkbook(new ExcelWorkbook(b.run), {
      ...run,
      user: "Thư ký B",
      time: "2026-12-01T08:00:07.000Z",
    });
    const output = (h: typeof a) => h.sheets.find((s) => s.name === "Xếp hạng")?.values;
    expect(output(a)).toEqual(output(b));
    expect(output(a)?.length).toBe(46);
  });
});
