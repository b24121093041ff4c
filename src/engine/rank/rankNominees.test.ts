import { council, criterion, type TestCell, unit } from "../../../test/helpers/snapshot";
import { byId, codes, rank } from "../../../test/helpers/run";

const person = (id: string, field = "F", cluster = "K"): TestCell[] => [
  id,
  `Người ${id}`,
  "Cá nhân",
  field,
  cluster,
  "",
];

/** Criteria A (group G1, 60) and B (group G2, 40), each ratio with target 100. */
function ranked(nominees: TestCell[][], results: TestCell[][], settings: TestCell[][] = []) {
  return rank(
    council({
      criteria: [
        criterion("F", "A", "Tỷ lệ", 100, 60, { group: "G1" }),
        criterion("F", "B", "Tỷ lệ", 100, 40, { group: "G2" }),
      ],
      nominees,
      codes: ["A", "B"],
      results,
      settings,
    })
  );
}

describe("ranking (contract §7, §13.7)", () => {
  it("shares equal scores and skips the next rank (1, 2, 2, 4)", () => {
    const r = ranked(
      [unit("U1"), unit("U2"), unit("U3"), unit("U4")],
      [
        ["U1", 100, 100],
        ["U2", 50, 100],
        ["U3", 100, 25],
        ["U4", 0, 50],
      ]
    );
    expect(r.nominees.map((n) => [n.id, n.score, n.rank])).toEqual([
      ["U1", 100, 1],
      ["U2", 70, 2],
      ["U3", 70, 2],
      ["U4", 20, 4],
    ]);
  });

  it("breaks ties by Tiêu chí phụ, a code or a group, in order", () => {
    const nominees = [unit("U1"), unit("U2")];
    const results = [
      ["U1", 50, 100],
      ["U2", 100, 25],
    ];
    expect(
      ranked(nominees, results, [["Tiêu chí phụ", "G1"]]).nominees.map((n) => [n.id, n.rank])
    ).toEqual([
      ["U2", 1],
      ["U1", 2],
    ]);
    expect(
      ranked(nominees, results, [["Tiêu chí phụ", "b"]]).nominees.map((n) => [n.id, n.rank])
    ).toEqual([
      ["U1", 1],
      ["U2", 2],
    ]);
  });

  it("an unknown tie-break is bad-setting at the value cell and is skipped", () => {
    const r = ranked([unit("U1")], [["U1", 1, 1]], [["Tiêu chí phụ", "G1; nope"]]);
    expect(codes(r)).toEqual(["bad-setting@Cấu hình!B2"]);
  });

  it("never ranks collectives and individuals together", () => {
    const r = ranked(
      [unit("U1"), person("P1"), unit("U2")],
      [
        ["U1", 50, 50],
        ["P1", 100, 100],
        ["U2", 100, 100],
      ]
    );
    expect(r.nominees.map((n) => [n.id, n.kind, n.rank])).toEqual([
      ["U2", "collective", 1],
      ["U1", "collective", 2],
      ["P1", "individual", 1],
    ]);
  });

  it.each<[string, string, string[]]>([
    ["Lĩnh vực", "F", ["U1", "U2", "U3"]],
    ["Khối", "K1", ["U1", "U3", "U2"]],
    ["Toàn bộ", "Toàn bộ", ["U1", "U2", "U3"]],
  ])("scope %s groups by %s", (scope, firstScope, order) => {
    const r = ranked(
      [unit("U1", "F", "K1"), unit("U2", "F", "k2"), unit("U3", "F", " k1 ")],
      [
        ["U1", 100, 100],
        ["U2", 90, 90],
        ["U3", 80, 80],
      ],
      [["Phạm vi xếp hạng", scope]]
    );
    expect(r.nominees.map((n) => n.id)).toEqual(order);
    expect(r.nominees[0]?.scope).toBe(firstScope);
    expect(byId(r, "U3").rank).toBe(scope === "Khối" ? 2 : 3);
  });

  it("puts nominees with errors last in their scope group, with an empty rank", () => {
    const r = ranked(
      [unit("U2"), unit("U1")],
      [
        ["U2", "bad", 1],
        ["U1", 1, 1],
      ]
    );
    expect(r.nominees.map((n) => [n.id, n.rank])).toEqual([
      ["U1", 1],
      ["U2", null],
    ]);
  });

  it("gives grades from the bands, highest threshold first", () => {
    const r = ranked(
      [unit("U1"), unit("U2"), unit("U3")],
      [
        ["U1", 100, 100],
        ["U2", 90, 80],
        ["U3", 10, 10],
      ],
      [["Xếp loại", "HT: 75; HTXS: 95; HTT: 85"]]
    );
    expect(r.nominees.map((n) => n.grade)).toEqual(["HTXS", "HTT", null]);
  });

  it.each([["HTXS: 95; HTT: 95"], ["HTXS 95"], [": 95"], ["HTXS: nhiều"]])(
    "bad grade bands %s: bad-setting and no grades",
    (bands) => {
      const r = ranked([unit("U1")], [["U1", 100, 100]], [["Xếp loại", bands]]);
      expect(codes(r)).toEqual(["bad-setting@Cấu hình!B2"]);
      expect(r.nominees[0]?.grade).toBeNull();
    }
  );
});
