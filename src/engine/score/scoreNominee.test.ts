import { council, criterion, pct, type TestCell, unit } from "../../../test/helpers/snapshot";
import { byId, codes, rank } from "../../../test/helpers/run";

/** One nominee U1 in field F with the criterion C at value v, beside a base criterion Z met in full. */
function scoreOf(def: TestCell[], v: TestCell) {
  const r = rank(
    council({
      criteria: [def, criterion("F", "Z", "Tỷ lệ", 1, 1)],
      nominees: [unit("U1")],
      codes: ["C", "Z"],
      results: [["U1", v, 1]],
    })
  );
  return { n: byId(r, "U1"), codes: codes(r) };
}

describe("points of one criterion (contract §5)", () => {
  it.each<[string, TestCell[], TestCell, number]>([
    ["ratio below target", criterion("F", "C", "Tỷ lệ", 80, 20), 66.1, 16.53],
    ["ratio at target", criterion("F", "C", "Tỷ lệ", 80, 20), 80, 20],
    ["ratio above target is capped", criterion("F", "C", "Tỷ lệ", 80, 20), 95, 20],
    ["ratio lower-is-better", criterion("F", "C", "Tỷ lệ", 60, 10, { direction: "Thấp" }), 75, 8],
    [
      "ratio lower-is-better at 0",
      criterion("F", "C", "Tỷ lệ", 60, 10, { direction: "Thấp" }),
      0,
      10,
    ],
    ["ratio from a percent cell", criterion("F", "C", "Tỷ lệ", 70, 20), pct(0.633), 18.09],
    ["ratio from decimal comma text", criterion("F", "C", "ratio", 100, 25), "97,5", 24.38],
    ["threshold met", criterion("F", "C", "Ngưỡng", 4, 10), 4, 10],
    ["threshold missed", criterion("F", "C", "Ngưỡng", 4, 10), 3, 0],
    [
      "threshold 0, lower: no violation",
      criterion("F", "C", "Ngưỡng", 0, 10, { direction: "Thấp" }),
      0,
      10,
    ],
    [
      "threshold 0, lower: one violation",
      criterion("F", "C", "Ngưỡng", 0, 10, { direction: "Thấp" }),
      1,
      0,
    ],
    [
      "bands: first band reached",
      criterion("F", "C", "Bậc", 100, 20, { bands: "100:20; 90:16; 80:12" }),
      95,
      16,
    ],
    [
      "bands: none reached",
      criterion("F", "C", "Bậc", 100, 20, { bands: "100:20; 90:16; 80:12" }),
      79.9,
      0,
    ],
    [
      "bands: unsorted, above 100",
      criterion("F", "C", "Bậc", 50, 15, { bands: "40:3; 100:15; 80:10" }),
      52.8,
      15,
    ],
    ["bands: exact edge", criterion("F", "C", "Bậc", 30, 10, { bands: "100:10; 70:5" }), 21, 5],
    ["points", criterion("F", "C", "Chấm điểm", "", 10), 7.5, 7.5],
    [
      "formula",
      criterion("F", "C", "Công thức", 100, 10, {
        formula: "value >= target ? max : max(0, max - 0.5 * (target - value))",
      }),
      90.5,
      5.25,
    ],
    ["bonus", criterion("F", "C", "Cộng", "", 5), 2, 2],
    ["deduction", criterion("F", "C", "Trừ", "", 5), 1, -1],
  ])("%s", (_name, def, v, points) => expect(scoreOf(def, v).n.points.C).toBe(points));

  it("rounds each criterion half away from zero before adding (16.525 → 16.53)", () => {
    const r = rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 80, 20), criterion("F", "B", "Tỷ lệ", 80, 20)],
        nominees: [unit("U1")],
        codes: ["A", "B"],
        results: [["U1", 66.1, 66.1]],
      })
    );
    expect(byId(r, "U1")).toMatchObject({ total: 33.06, max: 40, score: 82.65 });
  });

  it("leaves a not-applicable criterion out of total and max", () => {
    const r = rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 60), criterion("F", "B", "Tỷ lệ", 100, 40)],
        nominees: [unit("U1")],
        codes: ["A", "B"],
        results: [["U1", 50, "KAD"]],
      })
    );
    expect(byId(r, "U1")).toMatchObject({ total: 30, max: 60, score: 50, points: { A: 30 } });
  });

  it("adds bonuses and subtracts deductions outside Max, score not capped at 100", () => {
    const r = rank(
      council({
        criteria: [
          criterion("F", "A", "Tỷ lệ", 100, 100),
          criterion("Chung", "SK", "Cộng", "", 5),
          criterion("*", "VP", "Trừ", "", 5),
        ],
        nominees: [unit("U1")],
        codes: ["A", "SK", "VP"],
        results: [["U1", 100, 3, 1]],
      })
    );
    expect(byId(r, "U1")).toMatchObject({
      total: 102,
      max: 100,
      score: 102,
      points: { A: 100, SK: 3, VP: -1 },
    });
  });

  it.each<[string, TestCell[], TestCell, string]>([
    ["negative ratio", criterion("F", "C", "Tỷ lệ", 80, 20), -1, "bad-value@Kết quả!B2"],
    ["points above max", criterion("F", "C", "Chấm điểm", "", 10), 11, "out-of-range@Kết quả!B2"],
    ["bonus above max", criterion("F", "C", "Cộng", "", 5), 6, "out-of-range@Kết quả!B2"],
    ["deduction below 0", criterion("F", "C", "Trừ", "", 5), -1, "out-of-range@Kết quả!B2"],
    [
      "formula result above max",
      criterion("F", "C", "Công thức", 100, 10, { formula: "value" }),
      50,
      "out-of-range@Kết quả!B2",
    ],
    ["text", criterion("F", "C", "Tỷ lệ", 80, 20), "nhiều", "bad-value@Kết quả!B2"],
    ["ambiguous 1.234", criterion("F", "C", "Tỷ lệ", 80, 20), "1.234", "bad-value@Kết quả!B2"],
    [
      "an Excel error",
      criterion("F", "C", "Tỷ lệ", 80, 20),
      { t: "e", v: "#DIV/0!" },
      "bad-value@Kết quả!B2",
    ],
    ["TRUE", criterion("F", "C", "Tỷ lệ", 80, 20), { t: "b", v: true }, "bad-value@Kết quả!B2"],
    [
      "a date",
      criterion("F", "C", "Tỷ lệ", 80, 20),
      { t: "n", v: 45000, date: true },
      "bad-value@Kết quả!B2",
    ],
  ])("%s is an error that unranks", (_name, def, v, message) => {
    const { n, codes: c } = scoreOf(def, v);
    expect(c).toEqual([message]);
    expect(n).toMatchObject({
      rank: null,
      score: null,
      total: null,
      max: null,
      grade: null,
      groups: {},
    });
  });

  it("an empty cell is 0 points with a missing warning; an empty bonus is silent", () => {
    const r = rank(
      council({
        criteria: [
          criterion("F", "A", "Tỷ lệ", 100, 50),
          criterion("F", "B", "Tỷ lệ", 100, 50),
          criterion("F", "SK", "Cộng", "", 5),
        ],
        nominees: [unit("U1")],
        codes: ["A", "B", "SK"],
        results: [["U1", 100, "", ""]],
      })
    );
    expect(codes(r)).toEqual(["missing@Kết quả!C2"]);
    expect(byId(r, "U1")).toMatchObject({
      rank: 1,
      total: 50,
      max: 100,
      points: { A: 50, B: 0, SK: 0 },
    });
  });

  it("a criterion with no cell at all is missing at the nominee Mã cell", () => {
    const r = rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 50), criterion("F", "B", "Tỷ lệ", 100, 50)],
        nominees: [unit("U1")],
        codes: ["A"],
        results: [["U1", 100]],
      })
    );
    expect(codes(r)).toEqual(["missing@Đối tượng!A2"]);
    expect(byId(r, "U1").rank).toBe(1);
  });

  it("nothing applicable: missing at Mã and not ranked", () => {
    const r = rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 50)],
        nominees: [unit("U1")],
        codes: ["A"],
        results: [["U1", "N/A"]],
      })
    );
    expect(codes(r)).toEqual(["missing@Đối tượng!A2"]);
    expect(byId(r, "U1").rank).toBeNull();
  });
});

describe("judge scores (contract §4, §13.4)", () => {
  const judged = (scores: TestCell[], drop: string) =>
    rank(
      council({
        criteria: [criterion("F", "KC", "Chấm điểm", "", 10)],
        nominees: [unit("U1")],
        codes: ["KC"],
        results: [["U1", 1]],
        settings: [["Bỏ điểm cao nhất và thấp nhất", drop]],
        scores: scores.map((s, i) => ["U1", "KC", `J${i}`, s]),
      })
    );

  it("replaces the results cell with the mean", () =>
    expect(byId(judged([8, 9, 10], "Không"), "U1").points.KC).toBe(9));
  it("drops one highest and one lowest with at least 5 judges", () =>
    expect(byId(judged([8.5, 9.5, 9.5, 9.5, 9], "Có"), "U1").points.KC).toBe(9.33));
  it("keeps all scores with fewer than 5 valid judges", () =>
    expect(byId(judged([8, 9, 10, "KAD", "KAD"], "Có"), "U1").points.KC).toBe(9));
  it("an out-of-range judge score unranks at its cell", () => {
    const r = judged([8, 11], "Không");
    expect(codes(r)).toEqual(["out-of-range@Chấm điểm!D3"]);
    expect(byId(r, "U1").rank).toBeNull();
  });
  it("an empty judge score is a missing warning", () =>
    expect(codes(judged([8, ""], "Không"))).toEqual(["missing@Chấm điểm!D3"]));
});

describe("formulas (contract §13.5)", () => {
  const withFormula = (formula: string, own: TestCell, other: TestCell, target: TestCell = 100) =>
    rank(
      council({
        criteria: [
          criterion("F", "A", "Tỷ lệ", 100, 10),
          criterion("F", "C", "Công thức", target, 10, { formula }),
        ],
        nominees: [unit("U1")],
        codes: ["A", "C"],
        results: [["U1", other, own]],
      })
    );
  it("reads other codes of the nominee", () =>
    expect(byId(withFormula("A / 20", 5, 100), "U1").points.C).toBe(5));
  it("a not-applicable referenced code makes it not applicable", () =>
    expect(byId(withFormula("A / 20", 5, "KAD"), "U1").points.C).toBeUndefined());
  it("division by zero is bad-expression at the formula cell", () => {
    const r = withFormula("10 / (A - 100)", 5, 100);
    expect(codes(r)).toEqual(["bad-expression@Tiêu chí!J3"]);
    expect(byId(r, "U1").rank).toBeNull();
  });
  it("target without Chỉ tiêu is bad-expression", () =>
    expect(codes(withFormula("target", 5, 100, ""))).toEqual(["bad-expression@Tiêu chí!J3"]));
  it("an empty own cell is 0 points and missing, without computing", () =>
    expect(codes(withFormula("10 / 0", "", 100))).toEqual(["missing@Kết quả!C2"]));
  it("rounds exactly: 66.1 / 80 × 20 = 16.525 → 16.53", () => {
    const r = rank(
      council({
        criteria: [criterion("F", "C", "Công thức", 80, 20, { formula: "value / target * max" })],
        nominees: [unit("U1")],
        codes: ["C"],
        results: [["U1", 66.1]],
      })
    );
    expect(byId(r, "U1").points.C).toBe(16.53);
  });
});
