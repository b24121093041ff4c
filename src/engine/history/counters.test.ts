import { council, criterion, type TestCell, unit } from "../../../test/helpers/snapshot";
import { sheet } from "../../../test/helpers/snapshot";
import { rankCouncil } from "../rankCouncil";
import { COUNTERS, pastOf } from "./counters";
import type { HistoryEntry } from "./readHistory";

const at = { sheet: "Lịch sử", cell: "A2" };
type Row = [
  year: number,
  award: string,
  kind?: HistoryEntry["kind"],
  rating?: string,
  discipline?: boolean,
];
const entries = (rows: Row[]): HistoryEntry[] =>
  rows.map(([year, award, kind = "regular", rating = "", discipline = false]) => ({
    idKey: "u1",
    year,
    award: award
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, ""),
    kind,
    rating,
    discipline,
    place: at,
  }));
const count = (id: string, rows: Row[], year = 2025) =>
  COUNTERS.find((c) => c.id === id)?.count(pastOf(entries(rows), year), year);

describe("history counters (issue 7 §2)", () => {
  it("consecutive CSTĐCS end at the review year when it is already granted, else at the year before", () => {
    const three: Row[] = [
      [2022, "Chiến sĩ thi đua cơ sở"],
      [2023, "Chiến sĩ thi đua cơ sở"],
      [2024, "Chiến sĩ thi đua cơ sở"],
    ];
    expect(count("so_nam_cstdcs_lien_tiep", three)).toBe(3);
    expect(count("so_nam_cstdcs_lien_tiep", [...three, [2025, "CSTĐCS"]])).toBe(4);
  });

  it("a gap breaks the run: 2021, 2022, then 2024 counts 1", () => {
    expect(
      count("so_nam_cstdcs_lien_tiep", [
        [2021, "Chiến sĩ thi đua cơ sở"],
        [2022, "Chiến sĩ thi đua cơ sở"],
        [2024, "Chiến sĩ thi đua cơ sở"],
      ])
    ).toBe(1);
  });

  it("only regular awards count: a thematic CSTĐCS in the middle breaks the run (NĐ 152/2025 Điều 4(3))", () => {
    expect(
      count("so_nam_cstdcs_lien_tiep", [
        [2022, "Chiến sĩ thi đua cơ sở"],
        [2023, "Chiến sĩ thi đua cơ sở", "thematic"],
        [2024, "Chiến sĩ thi đua cơ sở"],
      ])
    ).toBe(1);
    expect(count("so_nam_cstdcs_lien_tiep", [[2024, "Chiến sĩ thi đua cơ sở", "adHoc"]])).toBe(0);
  });

  it("a discipline restarts the count: only the years after it count (Điều 4(4))", () => {
    const rows: Row[] = [
      [2021, "Chiến sĩ thi đua cơ sở"],
      [2022, "Chiến sĩ thi đua cơ sở", "regular", "HTT", true],
      [2023, "Chiến sĩ thi đua cơ sở"],
      [2024, "Chiến sĩ thi đua cơ sở"],
    ];
    expect(count("so_nam_cstdcs_lien_tiep", rows)).toBe(2);
    expect(count("so_nam_cstdcs_lien_tiep", rows, 2022)).toBe(0);
  });

  it("ratings: consecutive HTXS, and HTT or better since the last Bằng khen", () => {
    const rows: Row[] = [
      [2019, "Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ", "regular", "HTXS"],
      [2020, "", "regular", "HTT"],
      [2021, "", "regular", "HT"],
      [2022, "", "regular", "HTXS"],
      [2023, "Chiến sĩ thi đua cơ sở", "regular", "HTXS"],
      [2024, "Chiến sĩ thi đua cơ sở", "thematic", "HTXS"],
    ];
    expect(count("so_nam_htxs_lien_tiep", rows)).toBe(3);
    expect(count("so_nam_htt_sau_bang_khen_bo", rows)).toBe(4);
    expect(count("so_nam_htxs_sau_bang_khen_bo", rows)).toBe(3);
    // The thematic CSTĐCS of 2024 does not count, its rating does.
    expect(count("so_lan_cstdcs_sau_bang_khen_bo", rows)).toBe(1);
    expect(count("so_nam_tu_bang_khen_bo", rows)).toBe(6);
    expect(count("so_nam_tu_bang_khen_thu_tuong", rows)).toBeNull();
    expect(count("so_nam_htt_sau_bang_khen_thu_tuong", rows)).toBe(0);
  });

  it("CSTĐ cấp bộ in a row: each at most 3 years after the one before, the last at most 3 years ago", () => {
    expect(
      count("so_lan_cstd_bo_lien_tiep", [
        [2018, "Chiến sĩ thi đua cấp bộ"],
        [2021, "Chiến sĩ thi đua Bộ Thông tin và Truyền thông"],
        [2024, "Chiến sĩ thi đua cấp bộ"],
      ])
    ).toBe(3);
    expect(
      count("so_lan_cstd_bo_lien_tiep", [
        [2017, "Chiến sĩ thi đua cấp bộ"],
        [2022, "Chiến sĩ thi đua cấp bộ"],
      ])
    ).toBe(1);
    expect(count("so_lan_cstd_bo_lien_tiep", [[2020, "Chiến sĩ thi đua cấp bộ"]])).toBe(0);
  });

  it("rows after the review year are ignored", () => {
    expect(count("so_nam_cstdcs_lien_tiep", [[2026, "Chiến sĩ thi đua cơ sở"]])).toBe(0);
  });
});

// A workbook with a Lịch sử sheet: the counters reach the conditions; a typed value wins, with a warning.
function withHistory(
  typed: TestCell,
  history: TestCell[][],
  settings: TestCell[][] = [["Năm xét", 2025]]
) {
  const wb = council({
    criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
    attributes: ["Số năm CSTĐCS liên tiếp"],
    nominees: [unit("U1", "F", "K", typed), unit("U2", "F", "K", "")],
    codes: ["A"],
    results: [
      ["U1", 90],
      ["U2", 80],
    ],
    awards: [
      [
        "CSTĐ bộ",
        1,
        "",
        "",
        "",
        "",
        "",
        "",
        "so_nam_cstdcs_lien_tiep >= 3 and so_nam_htxs_lien_tiep >= 1",
      ],
    ],
    settings,
  });
  return rankCouncil({
    ...wb,
    sheets: [
      ...wb.sheets,
      sheet("Lịch sử", [
        ["Mã đối tượng", "Năm", "Hình thức", "Loại khen thưởng", "Mức độ hoàn thành", "Kỷ luật"],
        ...history,
      ]),
    ],
  });
}
const U2_THREE: TestCell[][] = [
  ["U2", 2022, "Chiến sĩ thi đua cơ sở", "", "HTXS", ""],
  ["U2", 2023, "Chiến sĩ thi đua cơ sở", "Thường xuyên", "HTXS", "Không"],
  ["U2", 2024, "Chiến sĩ thi đua cơ sở", "", "HTXS", ""],
];

describe("the history in a workbook", () => {
  it("derives the counters the conditions read, for nominees with and without a history", () => {
    const r = withHistory("", U2_THREE);
    const u2 = r.nominees.find((n) => n.nominee.id === "U2");
    expect(u2?.awards).toEqual(["CSTĐ bộ"]);
    expect(u2?.derived?.get("so_nam_cstdcs_lien_tiep")).toBe(3);
    expect(
      r.nominees.find((n) => n.nominee.id === "U1")?.derived?.get("so_nam_cstdcs_lien_tiep")
    ).toBe(0);
    expect(r.messages).toEqual([]);
  });

  it("a typed attribute wins; where the history disagrees, history-mismatch at that cell", () => {
    const r = withHistory(4, [["U1", 2024, "Chiến sĩ thi đua cơ sở", "", "HTXS", ""]]);
    const u1 = r.nominees.find((n) => n.nominee.id === "U1");
    expect(u1?.awards).toEqual(["CSTĐ bộ"]);
    expect(u1?.messages.map((m) => `${m.code}@${m.sheet}!${m.cell}`)).toEqual([
      "history-mismatch@Đối tượng!G2",
    ]);
  });

  it("a bad history cell is bad-value at its address and the row is left out", () => {
    const r = withHistory("", [
      ...U2_THREE,
      ["U2", "năm ngoái", "Chiến sĩ thi đua cơ sở", "", "", ""],
      ["U2", 2021, "", "Hằng năm", "", ""],
    ]);
    expect(r.messages.map((m) => `${m.code}@${m.sheet}!${m.cell}`)).toEqual([
      "bad-value@Lịch sử!B5",
      "bad-value@Lịch sử!D6",
    ]);
  });

  it("without Năm xét the counters cannot be counted: bad-setting, and the conditions wait", () => {
    const r = withHistory("", U2_THREE, []);
    expect(r.messages.map((m) => m.code)).toContain("bad-setting");
    expect(r.nominees.find((n) => n.nominee.id === "U2")?.decisions[0]?.outcome.kind).toBe(
      "pending"
    );
  });
});
