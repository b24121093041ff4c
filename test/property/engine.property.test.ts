import fc from "fast-check";
import { buildOutputTable } from "../../src/engine/output/buildOutputTable";
import { rankCouncil } from "../../src/engine/rankCouncil";
import type { Cell } from "../../src/engine/snapshot";
import { council, criterion, type TestCell, unit, workbook } from "../helpers/snapshot";
import { rank } from "../helpers/run";

const CRITERIA: TestCell[][] = [
  criterion("F", "R", "Tỷ lệ", 80, 30, { group: "A" }),
  criterion("F", "L", "Tỷ lệ", 60, 20, { group: "A", direction: "Thấp" }),
  criterion("F", "T", "Ngưỡng", 4, 10, { group: "B" }),
  criterion("F", "B", "Bậc", 100, 20, { group: "B", bands: "100:20; 90:15; 70:5" }),
  criterion("F", "P", "Chấm điểm", "", 10, { group: "B" }),
  criterion("F", "X", "Công thức", 100, 10, { formula: "min(max, R / 10)" }),
  criterion("Chung", "SK", "Cộng", "", 5, { group: "C" }),
  criterion("*", "VP", "Trừ", "", 5, { group: "C" }),
];
const CODES = ["R", "L", "T", "B", "P", "X", "SK", "VP"];
const AWARDS: TestCell[][] = [
  ["Cờ", 1, "G", "", "Khối", "", 2, 1, ""],
  ["Bằng khen", 2, "G", "", "Khối", 80, "", "30%", ""],
  ["Giấy khen", 1, "H", "Tập thể", "", "", "", 3, "score >= 50"],
];

const value = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.constant("KAD"),
  fc.constant("")
);
const row = fc.tuple(
  fc.integer({ min: 0, max: 1200 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: 0, max: 1200 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  value,
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: 0, max: 5 })
);
const councilArb = fc.array(fc.tuple(row, fc.constantFrom("K1", "K2", "K3"), fc.boolean()), {
  minLength: 1,
  maxLength: 25,
});

type Nominees = typeof councilArb extends fc.Arbitrary<infer T> ? T : never;
function build(ns: Nominees, order: readonly number[] = ns.map((_, i) => i)) {
  const ids = ns.map((_, i) => `N${String(i).padStart(2, "0")}`);
  return council({
    criteria: CRITERIA,
    nominees: order.map((i) => {
      const [, cluster, person] = ns[i] as Nominees[number];
      return person
        ? [ids[i] as string, "P", "Cá nhân", "F", cluster, ""]
        : unit(ids[i] as string, "F", cluster);
    }),
    codes: CODES,
    results: order.map((i) => [ids[i] as string, ...(ns[i] as Nominees[number])[0]]),
    awards: AWARDS,
    settings: [
      ["Phạm vi xếp hạng", "Khối"],
      ["Tiêu chí phụ", "A; T"],
    ],
  });
}
const outcome = (r: ReturnType<typeof rank>) =>
  Object.fromEntries(r.nominees.map((n) => [n.id, [n.rank, n.score, n.awards]]));

describe("engine invariants (fast-check)", () => {
  it("ranks, scores and awards do not depend on row order", () =>
    fc.assert(
      fc.property(
        councilArb.chain((ns) =>
          fc.tuple(
            fc.constant(ns),
            fc.shuffledSubarray(
              ns.map((_, i) => i),
              { minLength: ns.length }
            )
          )
        ),
        ([ns, order]) => {
          expect(outcome(rank(build(ns, order)))).toEqual(outcome(rank(build(ns))));
        }
      ),
      { numRuns: 200 }
    ));

  it("two runs give the same output, cell for cell", () =>
    fc.assert(
      fc.property(councilArb, (ns) => {
        expect(buildOutputTable(rankCouncil(build(ns)))).toEqual(
          buildOutputTable(rankCouncil(build(ns)))
        );
      }),
      { numRuns: 100 }
    ));

  it("no award exceeds its quota in any scope group", () =>
    fc.assert(
      fc.property(councilArb, (ns) => {
        const r = rank(build(ns));
        const count = new Map<string, number>();
        // Every award here counts its quota per cluster (Giấy khen by the default, the ranking scope).
        for (const n of r.nominees)
          for (const a of n.awards)
            count.set(`${a}|${n.cluster}`, (count.get(`${a}|${n.cluster}`) ?? 0) + 1);
        const rankedIn = (cluster: string) =>
          r.nominees.filter((n) => n.rank !== null && n.cluster === cluster).length;
        for (const [key, c] of count) {
          const [award, cluster = ""] = key.split("|");
          const quota =
            award === "Cờ"
              ? 1
              : award === "Giấy khen"
                ? 3
                : Math.floor((30 * rankedIn(cluster)) / 100);
          expect(c).toBeLessThanOrEqual(quota);
        }
      }),
      { numRuns: 200 }
    ));

  it("raising a higher-is-better value never lowers that nominee's score", () =>
    fc.assert(
      fc.property(councilArb, fc.nat(), fc.integer({ min: 1, max: 300 }), (ns, pick, raise) => {
        const i = pick % ns.length;
        const before = rank(build(ns)).nominees.find(
          (n) => n.id === `N${String(i).padStart(2, "0")}`
        );
        const raised = ns.map((n, j) =>
          j === i ? ([[n[0][0] + raise / 10, ...n[0].slice(1)], n[1], n[2]] as Nominees[number]) : n
        );
        const after = rank(build(raised)).nominees.find((n) => n.id === before?.id);
        if (before?.score != null && after?.score != null)
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after?.rank === null).toBe(before?.rank === null);
      }),
      { numRuns: 200 }
    ));

  const anyCell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: false }).map((v) => ({ t: "n" as const, v })),
    fc.double().map((v) => ({ t: "n" as const, v, pct: true })),
    fc.string({ unit: "grapheme", maxLength: 30 }).map((v) => ({ t: "s" as const, v })),
    fc
      .constantFrom(
        "KAD",
        "1.234",
        "85,5",
        "30%",
        "Có",
        "x",
        "Tập thể",
        "Cá nhân",
        "F",
        "N01",
        "score > 1",
        "*"
      )
      .map((v) => ({ t: "s" as const, v })),
    fc.boolean().map((v) => ({ t: "b" as const, v })),
    fc.constantFrom("#N/A", "#DIV/0!").map((v) => ({ t: "e" as const, v }))
  );
  const mutated = fc.tuple(
    councilArb,
    fc.array(fc.tuple(fc.nat(5), fc.nat(30), fc.nat(12), anyCell), { maxLength: 40 })
  );

  it("no generated workbook makes the engine throw, and every nominee is ranked or carries an error", () =>
    fc.assert(
      fc.property(mutated, ([ns, edits]) => {
        const wb = build(ns);
        const sheets = wb.sheets.map((s) => ({
          name: s.name,
          rows: s.rows.map((r) => [...(r ?? [])]),
        }));
        for (const [s, r, c, cell] of edits) {
          const target = sheets[s % sheets.length];
          if (!target) continue;
          while (target.rows.length <= r) target.rows.push([]);
          (target.rows[r] as Cell[])[c] = cell;
        }
        const result = rankCouncil(workbook(...sheets));
        buildOutputTable(result);
        for (const n of result.nominees)
          if (n.rank === null)
            expect(
              n.messages.some((m) => m.error) || n.nominee.invalid || n.score.broken.length > 0
            ).toBe(true);
      }),
      { numRuns: 300 }
    ));
});
