import { council, criterion, sheet, type TestCell, unit } from "../../../test/helpers/snapshot";
import { rankCouncil } from "../rankCouncil";
import { dayOf, deadline, parseQuarter } from "./quarters";

/** One nominee, one criterion R (points, max 100, or as given), results per quarter in the long form. */
function yearOf(
  rollup: string,
  rows: TestCell[][],
  more: { type?: string; target?: TestCell; year?: number } = {}
) {
  const wb = council({
    criteria: [[...criterion("F", "R", more.type ?? "Chấm điểm", more.target ?? "", 100), rollup]],
    nominees: [unit("U1")],
    codes: [],
    results: [],
    settings: more.year ? [["Năm xét", more.year]] : [["Ngôn ngữ", "vi"]],
  });
  const header = [...(wb.sheets[0]?.rows[0] ?? [])];
  header.push({ t: "s", v: "Gộp quý" });
  const sheets = wb.sheets.map((s) =>
    s.name === "Tiêu chí"
      ? { ...s, rows: [header, ...s.rows.slice(1)] }
      : s.name === "Kết quả"
        ? sheet("Kết quả", [["Mã đối tượng", "Mã tiêu chí", "Quý", "Giá trị"], ...rows])
        : s
  );
  const r = rankCouncil({ ...wb, sheets });
  const n = r.nominees[0];
  return {
    points: n?.score.points[0],
    codes: [...r.messages, ...(n?.messages ?? [])].map((m) => `${m.code}@${m.sheet}!${m.cell}`),
  };
}
const Q = (values: TestCell[]): TestCell[][] => values.map((v, i) => ["U1", "R", `Q${i + 1}`, v]);

describe("quarters into the year (issue 7 §3)", () => {
  it.each([
    ["Tổng", 10000],
    ["Trung bình", 2500],
    ["Cuối kỳ", 4000],
    ["Thấp nhất", 1000],
  ])("%s of 10, 20, 30, 40", (rule, cents) => {
    expect(yearOf(rule, Q([10, 20, 30, 40]))).toEqual({ points: cents, codes: [] });
  });

  it("quarters may come in any order and be named 1, Q2, Quý 3, IV", () => {
    const rows: TestCell[][] = [
      ["U1", "R", "IV", 40],
      ["U1", "R", 1, 10],
      ["U1", "R", "Quý 3", 30],
      ["U1", "R", "Q2", 20],
    ];
    expect(yearOf("Cuối kỳ", rows).points).toBe(4000);
    expect([parseQuarter({ t: "s", v: "quý 2" }), parseQuarter({ t: "s", v: "Q5" })]).toEqual([
      2,
      null,
    ]);
  });

  it("a quarter that is not one, a repeated quarter, and quarters without a rule are reported at their cells", () => {
    expect(yearOf("Tổng", [...Q([10, 20]), ["U1", "R", "Q7", 5]]).codes).toEqual([
      "bad-value@Kết quả!C4",
    ]);
    expect(yearOf("Tổng", [...Q([10, 20]), ["U1", "R", "Q2", 5]]).codes).toEqual([
      "duplicate-id@Kết quả!B3",
      "duplicate-id@Kết quả!B4",
    ]);
    const none = yearOf("", Q([10, 30]));
    expect(none).toEqual({ points: 2000, codes: ["missing@Tiêu chí!B2"] });
  });

  it("an empty quarter is the missing cell, not a silent zero among the others", () => {
    expect(yearOf("Trung bình", Q([10, "", 30])).codes).toEqual(["missing@Kết quả!D3"]);
  });

  it("the report deadline: the 15th of the quarter's last month, scored as a threshold of 4 on time", () => {
    // Q1 on 15/03 (on time), Q2 on 16/06 (late), Q3 a date cell of 2025-09-10, Q4 ISO 2025-12-15.
    const september = { t: "n" as const, v: 45910, date: true };
    const dates: TestCell[] = ["15/03/2025", "16/06/2025", september, "2025-12-15"];
    const late = yearOf("Đúng hạn", Q(dates), { type: "Ngưỡng", target: 4, year: 2025 });
    expect(late).toEqual({ points: 0, codes: [] });
    const all = yearOf("Đúng hạn", Q(["15/03/2025", "14/06/2025", september, "2025-12-15"]), {
      type: "Ngưỡng",
      target: 4,
      year: 2025,
    });
    expect(all.points).toBe(10000);
    expect(dayOf({ t: "s", v: "10/09/2025" })).toBe(45910);
    expect(deadline(1, 2025)).toBe(dayOf({ t: "s", v: "15/03/2025" }));
    expect(dayOf({ t: "s", v: "31/02/2025" })).toBeNull();
    // A workbook in the 1904 date system counts 1462 days fewer for the same day.
    expect(dayOf({ t: "n", v: 45910 - 1462, date: true }, true)).toBe(45910);
  });

  it("a report date that is no date is bad-value at its own cell", () => {
    expect(
      yearOf("Đúng hạn", Q(["15/03/2025", "sớm"]), { type: "Ngưỡng", target: 4 }).codes
    ).toEqual(["bad-value@Kết quả!D3"]);
  });
});

describe("one results sheet per quarter (issue 7 §3)", () => {
  function perQuarterSheets(quarters: Record<string, TestCell[][]>) {
    const wb = council({
      criteria: [
        [...criterion("F", "R", "Chấm điểm", "", 100), "Tổng"],
        [...criterion("F", "D", "Ngưỡng", 2, 10), "Đúng hạn"],
      ],
      nominees: [unit("U1"), unit("U2")],
      codes: [],
      results: [],
      settings: [["Năm xét", 2025]],
    });
    const header = [...(wb.sheets[0]?.rows[0] ?? []), { t: "s" as const, v: "Gộp quý" }];
    const sheets = [
      ...wb.sheets
        .filter((s) => s.name !== "Kết quả")
        .map((s) => (s.name === "Tiêu chí" ? { ...s, rows: [header, ...s.rows.slice(1)] } : s)),
      ...Object.entries(quarters).map(([name, rows]) => sheet(name, [["Mã", "R", "D"], ...rows])),
    ];
    return rankCouncil({ ...wb, sheets });
  }

  it("Kết quả Q1 and Kết quả Quý 2 roll up like the long form's quarters, with no Kết quả sheet", () => {
    const r = perQuarterSheets({
      "Kết quả Q1": [
        ["U1", 10, "10/03/2025"],
        ["U2", 5, "20/03/2025"],
      ],
      "Kết quả Quý 2": [
        ["U1", 20, "12/06/2025"],
        ["U2", 5, "01/06/2025"],
      ],
    });
    expect(r.usable).toBe(true);
    expect(r.nominees.map((n) => [n.nominee.id, n.score.points])).toEqual([
      ["U1", [3000, 1000]],
      ["U2", [1000, 0]],
    ]);
    expect(r.messages).toEqual([]);
  });

  it("a bad cell in a quarter sheet is reported at that sheet's cell", () => {
    const r = perQuarterSheets({
      "Kết quả Q1": [
        ["U1", 10, "10/03/2025"],
        ["U2", 5, "20/03/2025"],
      ],
      "Kết quả Q2": [
        ["U1", "mười", "12/06/2025"],
        ["U2", 5, "01/06/2025"],
      ],
    });
    expect(
      r.nominees
        .find((n) => n.nominee.id === "U1")
        ?.messages.map((m) => `${m.code}@${m.sheet}!${m.cell}`)
    ).toEqual(["bad-value@Kết quả Q2!B2"]);
  });
});
