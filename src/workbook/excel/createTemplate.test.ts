import { councilTemplate } from "../../engine/template/defaultTemplate";
import { rankCouncil } from "../../engine/rankCouncil";
import {
  ExcelHost,
  WorkbookState,
  installGlobals,
  newSheet,
} from "../../../test/helpers/strictExcel";
import { runOn } from "../../../test/helpers/strictWorkbook";
import { INPUT_SHEETS } from "../../../test/helpers/snapshot";
import { createTemplate } from "./createTemplate";
import { ExcelWorkbook } from "./ExcelWorkbook";

const DEFAULT_TEMPLATE = councilTemplate(2025);

function client(wb: WorkbookState) {
  const host = new ExcelHost(wb);
  installGlobals(host);
  return runOn(host);
}

describe("Tạo mẫu in Excel (the strict double)", () => {
  it("creates every input sheet as a table with drop-downs and notes, texts kept as typed; the result ranks", async () => {
    const wb = new WorkbookState();
    const run = client(wb);
    expect(await createTemplate(run, DEFAULT_TEMPLATE)).toEqual({
      created: DEFAULT_TEMPLATE.map((t) => t.sheet),
      existing: [],
    });
    // The guide first, moved there by `position` whatever the order sheets are added in.
    expect(wb.sheets.map((s) => s.name)).toEqual(["Hướng dẫn", ...INPUT_SHEETS]);
    expect(wb.tables.map((t) => t.name)).toEqual([
      "HuongDan",
      "TieuChi",
      "DoiTuong",
      "KetQua",
      "ChamDiem",
      "KhenThuong",
      "CauHinh",
    ]);
    expect(wb.formulas()).toEqual([]);
    const kind = wb.sheet("Tiêu chí")?.cells.get(1)?.get(4)?.style ?? {};
    expect(kind["validation.rule"]).toEqual({
      list: { inCellDropDown: true, source: "Tỷ lệ,Ngưỡng,Bậc,Chấm điểm,Công thức,Cộng,Trừ" },
    });
    expect(kind["validation.prompt"]).toEqual({
      showPrompt: true,
      title: "Loại",
      message: "Cách tính điểm (mặc định Tỷ lệ).",
    });
    // The header shows its note too; the Mã columns choose from the other sheets' tables.
    expect(wb.sheet("Tiêu chí")?.cells.get(0)?.get(4)?.style?.["validation.prompt"]).toEqual(
      kind["validation.prompt"]
    );
    expect(wb.sheet("Kết quả")?.cells.get(1)?.get(0)?.style?.["validation.rule"]).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("DoiTuong[Mã]")' },
    });
    const field = wb.sheet("Đối tượng")?.cells.get(1)?.get(3)?.style ?? {};
    expect(field["validation.rule"]).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("TieuChi[Lĩnh vực]")' },
    });
    expect(field["validation.errorAlert"]).toMatchObject({ showAlert: false });
    // The preset's inferred rows (Giấy khen cá nhân is the 8th) are italic on amber; verified rows are not.
    const style = (row: number) => wb.sheet("Khen thưởng")?.cells.get(row)?.get(0)?.style ?? {};
    expect(style(8)).toMatchObject({ "format.fill.color": "#FFF4CE", "format.font.italic": true });
    expect(style(4)["format.fill.color"]).toBeUndefined();
    // Every template text came through as text: what the sheet holds equals what the template says.
    for (const t of DEFAULT_TEMPLATE)
      expect(
        wb
          .grid(t.sheet)
          .slice(1, 1 + t.rows.length)
          .map((r) => r.slice(0, t.columns.length))
      ).toEqual(t.rows.map((r) => Array.from({ length: t.columns.length }, (_, i) => r[i] ?? "")));
    const result = rankCouncil(await new ExcelWorkbook(run).snapshot());
    expect(result.usable).toBe(true);
    // The example rows are no nominees: one warning says how to remove them.
    expect(result.nominees).toEqual([]);
    expect(result.messages.map((m) => m.code)).toEqual(["example"]);
  });

  it("never touches a sheet that exists, and adds only what is missing", async () => {
    const wb = new WorkbookState([
      newSheet("Đối tượng", [
        ["Mã", "Tên"],
        ["X1", "Của Hội đồng"],
      ]),
    ]);
    const before = JSON.stringify(wb.grid("Đối tượng"));
    const report = await createTemplate(client(wb), DEFAULT_TEMPLATE);
    expect(report.existing).toEqual(["Đối tượng"]);
    expect(report.created).toHaveLength(6);
    expect(JSON.stringify(wb.grid("Đối tượng"))).toBe(before);
  });
});
