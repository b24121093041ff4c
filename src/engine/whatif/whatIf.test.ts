import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { rankCouncil } from "../rankCouncil";
import { weightTargets, whatIf } from "./whatIf";

// U1 leads on A, U2 on B; one Cờ. Weighing A down hands the Cờ to U2.
const wb = council({
  criteria: [
    criterion("F", "A", "Tỷ lệ", 100, 50, { group: "G1" }),
    criterion("F", "B", "Tỷ lệ", 100, 50, { group: "G2" }),
    criterion("F", "P", "Chấm điểm", "", 10, { group: "G2" }),
  ],
  nominees: [unit("U1"), unit("U2")],
  codes: ["A", "B", "P"],
  results: [
    ["U1", 100, 70, 5],
    ["U2", 60, 100, 5],
  ],
  awards: [["Cờ", 1, "", "", "", "", "", 1, ""]],
});

describe("the weight what-if (issue 6 §4)", () => {
  const base = rankCouncil(wb);

  it("offers each group and each criterion whose max points are a weight, not typed points", () => {
    expect(weightTargets(base).map((t) => [t.kind, t.label, t.max])).toEqual([
      ["group", "G1", 50],
      ["group", "G2", 50],
      ["criterion", "A (F)", 50],
      ["criterion", "B (F)", 50],
    ]);
  });

  it("lists who would move, and leaves the base result as it was", () => {
    const [, , a] = weightTargets(base);
    expect(base.nominees.map((n) => n.awards)).toEqual([["Cờ"], []]);
    const moves = whatIf(base, a!, 0.5);
    expect(moves.map((m) => [m.id, m.rankBefore, m.rankAfter, m.awardsAfter])).toEqual([
      ["U1", 1, 2, []],
      ["U2", 2, 1, ["Cờ"]],
    ]);
    expect(base.nominees.map((n) => n.awards)).toEqual([["Cờ"], []]);
  });

  it("at 100 % nobody moves", () => {
    expect(whatIf(base, weightTargets(base)[0]!, 1)).toEqual([]);
  });
});

// The tie-break sums group A, of which only R moves: X and Y tie on score at R × 1.5 and on A before it.
it("orders a tie on score by the tie-break summed under the new weight", () => {
  const tied = rankCouncil(
    council({
      criteria: [
        criterion("F", "R", "Tỷ lệ", 100, 4, { group: "A" }),
        criterion("F", "S", "Tỷ lệ", 100, 4, { group: "A" }),
        criterion("F", "P", "Chấm điểm", "", 10, { group: "C" }),
      ],
      nominees: [unit("X"), unit("Y")],
      codes: ["R", "S", "P"],
      results: [
        ["X", 100, 0, 2],
        ["Y", 0, 100, 4],
      ],
      settings: [["Tiêu chí phụ", "A"]],
    })
  );
  const r = weightTargets(tied).find((t) => t.label === "R (F)");
  expect(tied.nominees.map((n) => [n.nominee.id, n.rank])).toEqual([
    ["Y", 1],
    ["X", 2],
  ]);
  // At 6 points R makes X 8 of 20, as Y; A is then 6 for X, 4 for Y.
  expect(whatIf(tied, r!, 1.5).map((m) => [m.id, m.rankBefore, m.rankAfter])).toEqual([
    ["Y", 1, 2],
    ["X", 2, 1],
  ]);
});
