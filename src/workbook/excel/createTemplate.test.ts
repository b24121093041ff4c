import { councilTemplate } from "../../engine/template/defaultTemplate";

const DEFAULT_TEMPLATE = councilTemplate(2025);
import { rankCouncil } from "../../engine/rankCouncil";
import { excelHost } from "../../../test/helpers/excelHost";
import { createTemplate } from "./createTemplate";
import { ExcelWorkbook } from "./ExcelWorkbook";
import { INPUT_SHEETS } from "../../../test/helpers/snapshot";

describe("Tạo mẫu in Excel (office-addin-mock)", () => {
  it("creates every input sheet as a table with drop-downs and notes; the result ranks", async () => {
    const host = excelHost([]);
    expect(await createTemplate(host.run, DEFAULT_TEMPLATE)).toEqual({
      created: DEFAULT_TEMPLATE.map((t) => t.sheet),
      existing: [],
    });
    expect(host.sheets.map((s) => s.name)).toEqual(INPUT_SHEETS);
    expect(host.tables.map((t) => t.name)).toEqual([
      "TieuChi",
      "DoiTuong",
      "KetQua",
      "ChamDiem",
      "KhenThuong",
      "CauHinh",
    ]);
    const kind = host.validations.find((v) => v.sheet === "Tiêu chí" && v.col === 4)?.range;
    expect(kind?.dataValidation.rule).toEqual({
      list: { inCellDropDown: true, source: "Tỷ lệ,Ngưỡng,Bậc,Chấm điểm,Công thức,Cộng,Trừ" },
    });
    expect(kind?.dataValidation.prompt).toEqual({
      showPrompt: true,
      title: "Loại",
      message: "Cách tính điểm (mặc định Tỷ lệ).",
    });
    // The preset's inferred rows (Giấy khen cá nhân is the 8th) are italic on amber; verified rows are not.
    const rowFill = (row: number) =>
      host.validations.find((v) => v.sheet === "Khen thưởng" && v.row === row && v.cols === 11)
        ?.range.format;
    expect(rowFill(8)).toMatchObject({ fill: { color: "#FFF4CE" }, font: { italic: true } });
    expect(rowFill(4)).toBeUndefined();
    const result = rankCouncil(await new ExcelWorkbook(host.run).snapshot());
    expect(result.usable).toBe(true);
    expect(result.nominees.map((n) => n.rank)).toEqual([1, 1]);
  });

  it("never touches a sheet that exists, and adds only what is missing", async () => {
    const host = excelHost([
      {
        name: "Đối tượng",
        values: [
          ["Mã", "Tên"],
          ["X1", "Của Hội đồng"],
        ],
        formats: [],
      },
    ]);
    const before = JSON.stringify(host.sheets[0]);
    const report = await createTemplate(host.run, DEFAULT_TEMPLATE);
    expect(report.existing).toEqual(["Đối tượng"]);
    expect(report.created).toHaveLength(5);
    expect(JSON.stringify(host.sheets[0])).toBe(before);
  });
});
