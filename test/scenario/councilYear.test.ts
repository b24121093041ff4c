import { summarize } from "../../src/engine/output/summarize";
import { explainNominee } from "../../src/engine/explain/explainNominee";
import { type NomineeResult } from "../../src/engine/result";
import { rankCouncil } from "../../src/engine/rankCouncil";
import { periodFor } from "../../src/engine/template/awardPresets";
import { councilTemplate, presetRows } from "../../src/engine/template/defaultTemplate";
import { pastWorkbooks } from "../../src/workbook/xlsx/pastWorkbooks";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { templateXlsx } from "../../src/workbook/xlsx/templateXlsx";
import { pastYear, xlsxBytes } from "../helpers/xlsxFile";

/**
 * Issue 7's "done when", end to end: the 2025 preset, last years' files for the consecutive years,
 * results entered per quarter, votes entered for some: suggestions whose reasons cite the articles, and
 * the vote still to hold listed for the meeting.
 */
describe("a council's year, from the preset to the meeting", () => {
  const preset = presetRows(periodFor(2025));
  const header = councilTemplate(2025)
    .find((s) => s.table === "KhenThuong")!
    .columns.map((c) => c.header);
  const bytes = xlsxBytes({
    "Tiêu chí": [
      ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa", "Gộp quý"],
      ["Bưu chính", "BC1", "Tỷ lệ xã có điểm phục vụ", "Tỷ lệ", 100, 80, "Trung bình"],
      ["Bưu chính", "BC5", "Số báo cáo quý gửi đúng hạn", "Ngưỡng", 4, 20, "Đúng hạn"],
    ],
    "Đối tượng": [
      [
        "Mã",
        "Tên",
        "Loại",
        "Lĩnh vực",
        "Mức độ hoàn thành",
        "Đang xem xét kỷ luật",
        "Bị kỷ luật",
        "Số tháng công tác trong năm",
        "Sáng kiến cấp cơ sở",
        "Tỷ lệ phiếu đồng ý (%)",
      ],
      ["CN01", "Nguyễn Văn A", "Cá nhân", "Bưu chính", "HTXS", "Không", "Không", 12, "Có", 95],
      ["CN02", "Trần Thị B", "Cá nhân", "Bưu chính", "HTT", "Không", "Không", 12, "Có", null],
    ],
    "Kết quả": [
      ["Mã đối tượng", "Mã tiêu chí", "Quý", "Giá trị"],
      ...["CN01", "CN02"].flatMap((id, k) => [
        ...[1, 2, 3, 4].map((q) => [id, "BC1", `Q${q}`, 90 + q + k]),
        [id, "BC5", "Q1", "14/03/2025"],
        [id, "BC5", "Q2", "15/06/2025"],
        [id, "BC5", "Q3", "12/09/2025"],
        [id, "BC5", "Q4", k === 0 ? "10/12/2025" : "20/12/2025"],
      ]),
    ],
    "Khen thưởng": [header, ...preset],
    "Cấu hình": [
      ["Khóa", "Giá trị"],
      ["Năm xét", 2025],
    ],
  });
  const past = pastWorkbooks([
    { name: "2023.xlsx", bytes: pastYear(2023, "Chiến sĩ thi đua cơ sở; Lao động tiên tiến") },
    { name: "2024.xlsx", bytes: pastYear(2024, "Chiến sĩ thi đua cơ sở; Lao động tiên tiến") },
  ]);
  const result = rankCouncil(readXlsx(XlsxPackage.open(bytes)), { pastWorkbooks: past });
  const of = (id: string) => result.nominees.find((n) => n.nominee.id === id) as NomineeResult;

  it("rolls the quarters up: BC1 is the mean, BC5 counts the reports sent by the 15th", () => {
    // CN01: BC1 mean 92.5 of 100 → 74 of 80; BC5 4 on time → 20. CN02: Q4 sent on 20/12, late → 0.
    expect(of("CN01").score.points).toEqual([7400, 2000]);
    expect(of("CN02").score.points).toEqual([7480, 0]);
  });

  it("counts the consecutive years from last years' files and proposes with the article cited", () => {
    expect(of("CN01").derived?.get("so_nam_cstdcs_lien_tiep")).toBe(2);
    expect(of("CN01").awards).toEqual([
      "Chiến sĩ thi đua cơ sở",
      "Lao động tiên tiến",
      "Giấy khen",
    ]);
    expect(explainNominee(of("CN01"), "vi")).toContain(
      "Chiến sĩ thi đua cơ sở: đạt (hạng 1/2 trong Bưu chính) [căn cứ: Luật TĐKT 06/2022/QH15 Điều 23;"
    );
  });

  it("lists the vote still to hold for the meeting", () => {
    expect(summarize(result).awaitingVote).toEqual([
      { id: "CN02", name: "Trần Thị B", award: "Chiến sĩ thi đua cơ sở" },
    ]);
  });

  it("the preset workbook itself opens and ranks, its example rows left out with one warning", () => {
    const template = readXlsx(XlsxPackage.open(templateXlsx(councilTemplate(2025))));
    const result = rankCouncil(template);
    expect(result.usable).toBe(true);
    expect(result.nominees).toEqual([]);
    expect(result.messages.map((m) => `${m.code}@${m.sheet}!${m.cell}`)).toEqual([
      "example@Đối tượng!A2",
    ]);
  });
});
