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
