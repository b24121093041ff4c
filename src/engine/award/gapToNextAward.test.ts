import { council, criterion, type TestCell, unit } from "../../../test/helpers/snapshot";
import { rankCouncil } from "../rankCouncil";

/** Nominees whose Score is criterion A's value (ratio of 100, max 100), with the given awards rows. */
function ranked(scores: [string, number][], awards: TestCell[][]) {
  const r = rankCouncil(
    council({
      criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
      nominees: scores.map(([id]) => unit(id)),
      codes: ["A"],
      results: scores.map(([id, s]) => [id, s]),
      awards,
    })
  );
  return (id: string) => {
    const n = r.nominees.find((x) => x.nominee.id === id);
    if (!n) throw new Error(id);
    return n;
  };
}

// Name, precedence, group, applies to, scope, min score, max rank, quota, condition.
const FLAG_AND_MERIT: TestCell[][] = [
  ["Cờ", 1, "G", "", "", "", "", 1, ""],
  ["Bằng khen", 2, "G", "", "", "", "", 2, ""],
];
const FOUR: [string, number][] = [
  ["U1", 90],
  ["U2", 80],
  ["U3", 70],
  ["U4", 60],
];

describe("the gap to the next award (issue 6 §2)", () => {
  it("the holder of the top award has none: no Score change alters its proposal", () => {
    expect(ranked(FOUR, FLAG_AND_MERIT)("U1").gap).toBeNull();
  });

  it("reaching the holder's Score ties at the quota: the council decides, one tie away", () => {
    const at = ranked(FOUR, FLAG_AND_MERIT);
    expect(at("U2").gap).toMatchObject({ cents: 1000, award: "Cờ", tieWith: ["U1"] });
    expect(at("U3").gap).toMatchObject({ cents: 2000, award: "Cờ", tieWith: ["U1"] });
    // U2's 10 points are the closest anyone is to tying with U1.
    expect(at("U1").chaser).toEqual({ id: "U2", cents: 1000 });
  });

  it("below the quota, tying with the last one inside is the first change", () => {
    const at = ranked(FOUR, FLAG_AND_MERIT);
    expect(at("U4").gap).toMatchObject({ cents: 1000, award: "Bằng khen", tieWith: ["U3"] });
    expect(at("U3").chaser).toEqual({ id: "U4", cents: 1000 });
  });

  it("with room in the quota, equal Scores share the award, so the first change is the next award's tie", () => {
    // U3 rising to 80 ties with U2 inside Bằng khen's quota of 2: both keep it.
    expect(ranked(FOUR, FLAG_AND_MERIT)("U3").gap?.award).toBe("Cờ");
  });

  it("a minimum score is met exactly at the minimum", () => {
    const at = ranked(FOUR, [["Giấy khen", 1, "", "", "", 85, "", "", ""]]);
    expect(at("U2").gap).toMatchObject({ cents: 500, award: "Giấy khen", tieWith: [] });
    expect(at("U1").gap).toBeNull();
  });

  it("a maximum rank is met by passing the nominee at that rank", () => {
    const at = ranked(FOUR, [["Giấy khen", 1, "", "", "", "", 2, "", ""]]);
    // Rank 2 is U2's; at 80 U3 shares rank 2, which is within the maximum.
    expect(at("U3").gap).toMatchObject({ cents: 1000, award: "Giấy khen", tieWith: [] });
  });

  it("names the criterion value that alone gets there", () => {
    const at = ranked(FOUR, FLAG_AND_MERIT);
    expect(at("U4").gap?.steps).toEqual([{ code: "A", value: 70 }]);
  });

  it("a condition the Score cannot meet leaves no gap", () => {
    const at = ranked(FOUR, [["Giấy khen", 1, "", "", "", "", "", "", 'field = "X"']]);
    expect(at("U4").gap).toBeNull();
  });
});

describe("the gap search on absurd thresholds", () => {
  it("a minimum score of 1.7e308 (Infinity once in cents) is left out of the search, which ends", () => {
    const at = ranked(FOUR, [
      ["Giấy khen", 1, "", "", "", 1.7e308, "", "", ""],
      ["Cờ", 1, "G", "", "", "", "", 1, ""],
    ]);
    expect(at("U2").gap).toMatchObject({ award: "Cờ", tieWith: ["U1"] });
    expect(at("U4").gap?.cents).toBe(3000);
  });

  it("a criterion worth 1e195 points is refused at its cell (issue 17): nothing is searched past safe integers", () => {
    const r = rankCouncil(
      council({
        criteria: [
          criterion("F", "A", "Tỷ lệ", 100, 100),
          criterion("F", "T", "Ngưỡng", 4, 2.8e195),
        ],
        nominees: [unit("U1"), unit("U2")],
        codes: ["A", "T"],
        results: [
          ["U1", 90, 4],
          ["U2", 80, 0],
        ],
        awards: [["Cờ", 1, "", "", "", "", "", 1, ""]],
      })
    );
    expect(r.messages.map((m) => [m.code, m.sheet, m.cell])).toEqual([
      ["bad-value", "Tiêu chí", "H3"],
      ["provisional", "Khen thưởng", "I2"],
    ]);
    expect(r.nominees.map((n) => [n.rank, n.gap])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
