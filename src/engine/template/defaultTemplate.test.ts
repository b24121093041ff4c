import { BUILT_IN_VARIABLES } from "../model";
import { explainNominee } from "../explain/explainNominee";
import { toJson } from "../output/toJson";
import { AWARDS, headersOf } from "../read/inputs";
import { rankCouncil } from "../rankCouncil";
import type { Cell, WorkbookSnapshot } from "../snapshot";
import { identifier } from "../text/normalize";
import { LEGAL_PERIODS, periodFor, reviewYearOn } from "./awardPresets";
import { councilTemplate } from "./defaultTemplate";
import { templateFor } from "./templateFor";

const cell = (v: string | number | null): Cell =>
  v === null ? null : typeof v === "number" ? { t: "n", v } : { t: "s", v };
const snapshotOf = (template: ReturnType<typeof councilTemplate>): WorkbookSnapshot => ({
  sheets: template.map((s) => ({
    name: s.sheet,
    rows: [s.columns.map((c) => cell(c.header)), ...s.rows.map((r) => r.map(cell))],
  })),
  tables: [],
});
const awardsSheet = (year: number) =>
  councilTemplate(year).find((s) => s.table === "KhenThuong") as ReturnType<
    typeof councilTemplate
  >[number];

describe("the default template", () => {
  it("every example row has one value per column", () => {
    for (const s of councilTemplate(2025))
      for (const r of s.rows) expect([s.sheet, r.length]).toEqual([s.sheet, s.columns.length]);
  });

  it.each([2024, 2025])(
    "is a valid council workbook for %i: every nominee ranked, every condition readable",
    (year) => {
      const ranked = rankCouncil(snapshotOf(councilTemplate(year)));
      const result = toJson(ranked);
      expect(result.messages).toEqual([]);
      expect(result.nominees.map((n) => [n.id, n.rank])).toEqual([
        ["TT01", 1],
        ["CN01", 1],
      ]);
      expect(result.nominees.find((n) => n.id === "TT01")?.awards).toContain(
        "Tập thể lao động xuất sắc"
      );
      // The reason cites the article of the row that gave the award.
      const tt01 = ranked.nominees.find((n) => n.nominee.id === "TT01");
      expect(tt01 && explainNominee(tt01, "vi")).toContain(
        "Tập thể lao động xuất sắc: đạt (hạng 1/1 trong Cụm thi đua số 1) [căn cứ: Luật TĐKT 06/2022/QH15 Điều 27;"
      );
    }
  );

  it("the preset's conditions name only attribute columns of the template or built-ins", () => {
    const template = councilTemplate(2025);
    const columns = new Set(
      template.find((s) => s.table === "DoiTuong")?.columns.map((c) => identifier(c.header))
    );
    const builtIns = new Set<string>([...BUILT_IN_VARIABLES, "and", "or", "not"]);
    for (const row of awardsSheet(2025).rows)
      for (const name of String(row[8]).match(/[a-z_][a-z0-9_]*/g) ?? [])
        expect([row[0], name, columns.has(name) || builtIns.has(name)]).toEqual([
          row[0],
          name,
          true,
        ]);
  });

  it("holds the 16 rows of awards.md §7.2: the contract's columns, then Căn cứ and Xác minh", () => {
    const sheet = awardsSheet(2025);
    expect(sheet.rows).toHaveLength(16);
    expect(sheet.columns.map((c) => c.header)).toEqual([...headersOf(AWARDS), "Xác minh"]);
    // The engine reads `Căn cứ` (beyond the contract's nine); `Xác minh` is for the council only.
    expect(headersOf(AWARDS).slice(-1)).toEqual(["Căn cứ"]);
    for (const row of sheet.rows)
      expect(String(row[9])).toMatch(/Luật TĐKT 06\/2022\/QH15 Điều \d+/);
  });

  it("votes are data: each balloted row ends its condition with the threshold of awards.md §3", () => {
    const votes = Object.fromEntries(
      LEGAL_PERIODS[0]!.awards
        .filter((a) => a.vote !== null)
        .map((a) => [`${a.name}/${a.appliesTo}`, a.vote])
    );
    expect(votes).toEqual({
      "Chiến sĩ thi đua toàn quốc/Cá nhân": 90,
      "Chiến sĩ thi đua cấp bộ/Cá nhân": 90,
      "Chiến sĩ thi đua cơ sở/Cá nhân": 80,
      "Cờ thi đua cấp bộ/Tập thể": 80,
      "Cờ thi đua của Chính phủ/Tập thể": 80,
    });
    const flag = awardsSheet(2024).rows.find((r) => r[0] === "Cờ thi đua cấp bộ");
    expect(flag?.[8]).toMatch(/ and ty_le_phieu_dong_y >= 80$/);
    expect(flag?.[9]).toContain("NĐ 98/2023 Điều 30(7)");
  });

  it("the review year picks the legal period: NĐ 98/2023 to 2024, NĐ 152/2025 from 2025", () => {
    expect(periodFor(2024).label).toMatch(/^NĐ 98\/2023/);
    expect(periodFor(2025).label).toMatch(/^NĐ 152\/2025/);
    expect(periodFor(2019).label).toMatch(/^NĐ 98\/2023/);
    expect(awardsSheet(2024).rows[0]?.[9]).toContain("NĐ 98/2023 Điều 4(4)");
    expect(awardsSheet(2025).rows[0]?.[9]).toContain("NĐ 152/2025 Điều 4(4)");
    expect(councilTemplate(2025).find((s) => s.table === "CauHinh")?.rows).toContainEqual([
      "Năm xét",
      2025,
    ]);
  });

  it("inferred rows are flagged for the council to confirm; under NĐ 152 the ballots are inferred too", () => {
    const inferred = (year: number) => {
      const sheet = awardsSheet(year);
      expect((sheet.flagged ?? []).map((i) => sheet.rows[i]?.[10])).toEqual(
        (sheet.flagged ?? []).map(() => "Suy luận: Hội đồng cần xác nhận trước khi dùng")
      );
      return (sheet.flagged ?? []).map((i) => `${sheet.rows[i]?.[0]}/${sheet.rows[i]?.[3]}`);
    };
    const always = [
      "Giấy khen/Cá nhân",
      "Huân chương Lao động hạng Ba/Tập thể",
      "Bằng khen của Thủ tướng Chính phủ/Tập thể",
      "Giấy khen/Tập thể",
    ];
    expect(inferred(2024).sort()).toEqual([...always].sort());
    expect(inferred(2025).sort()).toEqual(
      [
        ...always,
        "Chiến sĩ thi đua toàn quốc/Cá nhân",
        "Chiến sĩ thi đua cấp bộ/Cá nhân",
        "Chiến sĩ thi đua cơ sở/Cá nhân",
        "Cờ thi đua cấp bộ/Tập thể",
        "Cờ thi đua của Chính phủ/Tập thể",
      ].sort()
    );
  });

  it("Tạo mẫu follows the workbook's Năm xét, else the year reviewed today", () => {
    const withYear: WorkbookSnapshot = {
      sheets: [
        {
          name: "Cấu hình",
          rows: [
            [cell("Khóa"), cell("Giá trị")],
            [cell("Năm xét"), cell(2024)],
          ],
        },
      ],
      tables: [],
    };
    const year = (t: ReturnType<typeof templateFor>) =>
      t.find((s) => s.table === "CauHinh")?.rows.find((r) => r[0] === "Năm xét")?.[1];
    expect(year(templateFor(withYear, { year: 2026, month: 12 }))).toBe(2024);
    expect(year(templateFor(null, { year: 2026, month: 12 }))).toBe(2026);
    expect(reviewYearOn(2026, 3)).toBe(2025);
  });
});
