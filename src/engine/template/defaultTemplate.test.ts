import { BUILT_IN_VARIABLES } from "../model";
import { explainNominee } from "../explain/explainNominee";
import { toJson } from "../output/toJson";
import { AWARDS, headersOf } from "../read/inputs";
import { rankCouncil } from "../rankCouncil";
import type { Cell, WorkbookSnapshot } from "../snapshot";
import { identifier } from "../text/normalize";
import { LEGAL_PERIODS, periodFor, reviewYearOn } from "./awardPresets";
import { councilTemplate, templateWidth } from "./defaultTemplate";
import { templateFor } from "./templateFor";
import { CRITERION_TYPES } from "../score/criterionTypes";
import { criterionType } from "../read/words";

const cell = (v: string | number | null): Cell =>
  v === null ? null : typeof v === "number" ? { t: "n", v } : { t: "s", v };
const snapshotOf = (template: ReturnType<typeof councilTemplate>): WorkbookSnapshot => ({
  sheets: template.map((s) => ({
    name: s.sheet,
    rows: [s.columns.map((c) => cell(c.header)), ...s.rows.map((r) => r.map(cell))],
  })),
  tables: [],
});
/** The template with its `Ví dụ` column emptied, as a council that keeps the example rows would. */
const withoutExampleMarks = (template: ReturnType<typeof councilTemplate>) =>
  template.map((s) => {
    const col = s.columns.findIndex((c) => c.header === "Ví dụ");
    return col < 0 ? s : { ...s, rows: s.rows.map((r) => r.map((v, i) => (i === col ? null : v))) };
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
      // The example rows marked as such are left out; with the mark cleared they rank as real ones.
      const ranked = rankCouncil(snapshotOf(withoutExampleMarks(councilTemplate(year))));
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

  it("its example rows are left out of the ranking with one warning that says how to remove them (issue 18)", () => {
    const result = toJson(rankCouncil(snapshotOf(councilTemplate(2025))));
    expect(result.nominees).toEqual([]);
    expect(result.messages).toEqual([
      {
        code: "example",
        sheet: "Đối tượng",
        cell: "A2",
        text: "2 dòng ví dụ của mẫu (TT01, CN01) không được xếp hạng: khi nhập đối tượng thật, xóa các dòng có Ví dụ là Có ở trang Đối tượng và các dòng của chúng ở Kết quả, Chấm điểm.",
      },
    ]);
  });

  it("the guide comes first; the Mã columns choose from Đối tượng and Tiêu chí; every column fits its content", () => {
    const template = councilTemplate(2025);
    expect(template[0]?.sheet).toBe("Hướng dẫn");
    expect(template[0]?.rows.map((r) => r[0]).slice(0, 4)).toEqual([
      "Bước 1",
      "Bước 2",
      "Bước 3",
      "Bước 4",
    ]);
    const source = (table: string, header: string) =>
      template.find((s) => s.table === table)?.columns.find((c) => c.header === header)?.source;
    expect(source("KetQua", "Mã")).toEqual({ table: "DoiTuong", column: "Mã", strict: true });
    expect(source("ChamDiem", "Mã tiêu chí")).toEqual({
      table: "TieuChi",
      column: "Mã",
      strict: true,
    });
    expect(source("DoiTuong", "Lĩnh vực")?.table).toBe("TieuChi");
    for (const t of template)
      t.columns.forEach((c, i) =>
        expect([t.sheet, c.header, templateWidth(t, i) >= Math.min(48, c.header.length)]).toEqual([
          t.sheet,
          c.header,
          true,
        ])
      );
  });

  it("each award's condition is written in words beside it; a condition edited since is warned with its new words", () => {
    const sheet = awardsSheet(2025);
    const words = sheet.columns.findIndex((c) => c.header === "Điều kiện (diễn giải)");
    const lduTT = sheet.rows.find((r) => r[0] === "Lao động tiên tiến");
    expect(lduTT?.[words]).toBe(
      "Đang xem xét kỷ luật: Không và (Mức độ hoàn thành là HTXS hoặc Mức độ hoàn thành là HTT) và Bị kỷ luật: Không và Số tháng công tác trong năm ≥ 10"
    );
    for (const r of sheet.rows) expect(typeof r[words]).toBe("string");
    const edited = snapshotOf(
      withoutExampleMarks(
        councilTemplate(2025).map((s) =>
          s.table === "KhenThuong"
            ? {
                ...s,
                rows: s.rows.map((r, i) =>
                  i === 0 ? r.map((v, j) => (j === 8 ? "score >= 50" : v)) : r
                ),
              }
            : s
        )
      )
    );
    const stale = toJson(rankCouncil(edited)).messages.filter((m) => m.sheet === "Khen thưởng");
    expect(stale).toEqual([
      {
        code: "bad-setting",
        sheet: "Khen thưởng",
        cell: "K2",
        text: 'Diễn giải không còn khớp Điều kiện (đã sửa?): điều kiện nay là "Điểm ≥ 50"; hãy sửa ô này cho khớp.',
      },
    ]);
  });

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

  it("holds the 16 rows of awards.md §7.2: the contract's columns, then Căn cứ, the words and Xác minh", () => {
    const sheet = awardsSheet(2025);
    expect(sheet.rows).toHaveLength(16);
    expect(sheet.columns.map((c) => c.header)).toEqual([...headersOf(AWARDS), "Xác minh"]);
    // The engine reads `Căn cứ` and checks the words (beyond the contract's nine); `Xác minh` is for the council only.
    expect(headersOf(AWARDS).slice(-2)).toEqual(["Căn cứ", "Điều kiện (diễn giải)"]);
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
      expect((sheet.flagged ?? []).map((i) => sheet.rows[i]?.[11])).toEqual(
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

describe("a criterion type's words live in the type table (issue 13 §4)", () => {
  it("the reader knows every word of the table, and the template's Loại list is the table's Vietnamese words", () => {
    for (const [type, rule] of Object.entries(CRITERION_TYPES)) {
      expect([rule.words.vi, criterionType(rule.words.vi)]).toEqual([rule.words.vi, type]);
      expect([rule.words.en, criterionType(rule.words.en)]).toEqual([rule.words.en, type]);
    }
    const kind = councilTemplate(2025)
      .find((s) => s.table === "TieuChi")
      ?.columns.find((c) => c.header === "Loại");
    expect(kind?.list).toEqual(Object.values(CRITERION_TYPES).map((t) => t.words.vi));
  });
});
