import { collectReports } from "../../collectReports";
import { makeReportForms } from "../../reportForms";
import { readReport } from "../../engine/reporting/readReport";
import type { Cell, WorkbookSnapshot } from "../../engine/snapshot";
import { rankCouncil } from "../../engine/rankCouncil";
import {
  ExcelHost,
  WorkbookState,
  installGlobals,
  newSheet,
} from "../../../test/helpers/strictExcel";
import { runOn } from "../../../test/helpers/strictWorkbook";
import { readXlsx } from "../xlsx/readXlsx";
import { XlsxPackage } from "../xlsx/XlsxPackage";
import { ExcelWorkbook } from "./ExcelWorkbook";

/**
 * "Gộp báo cáo" in Excel (issue 14), against the strict double: the long-form results are a table, so
 * the rows a merge adds go through TableRowCollection.add; an id like `00123` stays text; a co-author's
 * entry between the plan and the write stops the write before any cell changes.
 */
function council(): WorkbookState {
  const results = newSheet(
    "Kết quả",
    [
      ["Mã đối tượng", "Mã tiêu chí", "Quý", "Giá trị"],
      ["U2", "A", 1, null],
    ],
    [
      ["@", "@", "@", "@"],
      ["@", "@", "General", "General"],
    ]
  );
  const wb = new WorkbookState([
    newSheet("Tiêu chí", [
      ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa", "Gộp quý"],
      ["Bưu chính", "A", "Sản lượng", "Tỷ lệ", 100, 100, "Trung bình"],
    ]),
    newSheet(
      "Đối tượng",
      [
        ["Mã", "Tên", "Loại", "Lĩnh vực"],
        ["00123", "Bưu điện tỉnh A", "Tập thể", "Bưu chính"],
        ["U2", "Bưu điện tỉnh B", "Tập thể", "Bưu chính"],
      ],
      [
        ["@", "@", "@", "@"],
        ["@", "@", "@", "@"],
        ["@", "@", "@", "@"],
      ]
    ),
    results,
    newSheet("Cấu hình", [
      ["Khóa", "Giá trị"],
      ["Năm xét", 2026],
    ]),
  ]);
  wb.tables.push({
    id: "{t1}",
    name: "KetQua",
    sheet: results,
    top: 0,
    left: 0,
    rows: 2,
    columns: 4,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  });
  return wb;
}

/** Each unit's form for quarter 1, filled with `value` in its `Giá trị` cells, read back as a report. */
async function filledReports(book: ExcelWorkbook, value: number) {
  const run = makeReportForms(await book.snapshot(), 1, new Date(2026, 2, 1));
  return run.files.map((f) => {
    const snapshot = readXlsx(XlsxPackage.open(f.bytes));
    const sheets = snapshot.sheets.map((s) =>
      s.name !== "Báo cáo"
        ? s
        : {
            ...s,
            rows: s.rows.map((r, i) =>
              i > 4 && r
                ? Array.from({ length: Math.max(r.length, 7) }, (_, j): Cell =>
                    j === 6 ? { t: "n", v: value } : (r[j] ?? null)
                  )
                : r
            ),
          }
    );
    return readReport({ ...snapshot, sheets } as WorkbookSnapshot, f.form.file, null);
  });
}

const options = { quarter: 1, overwrite: false, takeLater: false, mergedAt: "10/03/2026 09:00" };

describe("Gộp báo cáo against the strict Excel double", () => {
  it("fills the empty cell, adds the missing row to the table, keeps the id text", async () => {
    const wb = council();
    const host = new ExcelHost(wb);
    installGlobals(host);
    const book = new ExcelWorkbook(runOn(host));
    const reports = await filledReports(book, 80);
    const planned = await collectReports(book, reports, { ...options, write: false });
    expect(planned.plan?.writes.map((w) => [w.nomineeId, w.cell.row, w.value])).toEqual([
      ["00123", 2, 80],
      ["U2", 1, 80],
    ]);
    // Planning writes nothing.
    expect(wb.grid("Kết quả")).toHaveLength(2);
    await collectReports(new ExcelWorkbook(runOn(host)), reports, { ...options, write: true });
    expect(wb.grid("Kết quả")).toEqual([
      ["Mã đối tượng", "Mã tiêu chí", "Quý", "Giá trị"],
      ["U2", "A", 1, 80],
      ["00123", "A", 1, 80],
    ]);
    expect(wb.tables.find((t) => t.name === "KetQua")?.rows).toBe(3);
    expect(wb.grid("Nguồn số liệu").flat()).toContain("bao-cao-00123.xlsx");
    expect(wb.tables.map((t) => t.name)).toEqual(["KetQua", "NguonSoLieu", "ThamDinh"]);
    // The workbook as Excel now holds it ranks both, from the merged values.
    const ranked = rankCouncil(await new ExcelWorkbook(runOn(host)).snapshot());
    expect(ranked.nominees.map((r) => [r.nominee.id, r.score.scoreCents])).toEqual([
      ["00123", 8000],
      ["U2", 8000],
    ]);
  });

  it("stops before writing anything when a co-author filled a planned cell meanwhile", async () => {
    const wb = council();
    const host = new ExcelHost(wb);
    installGlobals(host);
    const reports = await filledReports(new ExcelWorkbook(runOn(host)), 80);
    const book = new ExcelWorkbook(runOn(host));
    // A co-author types into U2's cell after the plan read the workbook, before it is written.
    const coAuthor = () =>
      wb.sheet("Kết quả")?.cells.get(1)?.set(3, { value: 55, format: "General" });
    await expect(
      collectReports(
        {
          snapshot: () => book.snapshot(),
          writeMerge: (p, s) => {
            coAuthor();
            return book.writeMerge(p, s);
          },
        },
        reports,
        { ...options, write: true }
      )
    ).rejects.toThrow(/Kết quả!D2 sau khi xem trước/);
    expect(wb.grid("Kết quả")).toHaveLength(2);
    expect(wb.grid("Kết quả")[1]).toEqual(["U2", "A", 1, 55]);
  });
});
