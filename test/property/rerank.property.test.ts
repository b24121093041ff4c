/**
 * Issue 15: the what-ifs re-rank from the scores of the run, scoring again only where a weight moved.
 * Property: that gives every nominee the rank and the awards a full ranking of the same workbook, with the
 * weight typed into `Tiêu chí`, gives.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import type { Criterion } from "../../src/engine/model";
import { rankCouncil } from "../../src/engine/rankCouncil";
import { awardArb, awardRows } from "../helpers/awardCases";
import { council, criterion, type TestCell, unit } from "../helpers/snapshot";

interface Spec {
  readonly field: string;
  readonly code: string;
  readonly type: string;
  readonly target: number | "";
  readonly max: number;
  readonly direction?: string;
  readonly group: string;
  /** Attainment % and points: scaled with the weight. */
  readonly bands?: readonly (readonly [number, number])[];
}

// Each weighted type in two fields and in common, beside criteria whose max is no weight.
const SPECS: readonly Spec[] = [
  { field: "F", code: "R", type: "Tỷ lệ", target: 80, max: 2.5, group: "A" },
  { field: "F", code: "L", type: "Tỷ lệ", target: 20, max: 3.33, direction: "Thấp", group: "A" },
  { field: "F", code: "T", type: "Ngưỡng", target: 4, max: 2, group: "B" },
  {
    field: "G",
    code: "B",
    type: "Bậc",
    target: 50,
    max: 4,
    group: "A",
    // Scaled, no band has 3 decimals: "2.055" in a bands cell reads as 2055 (Vietnamese thousands).
    bands: [
      [100, 4],
      [80, 2],
      [60, 1],
    ],
  },
  { field: "G", code: "R", type: "Tỷ lệ", target: 100, max: 1.7, group: "B" },
  { field: "Chung", code: "C", type: "Tỷ lệ", target: 10, max: 4, group: "B" },
  { field: "Chung", code: "P", type: "Chấm điểm", target: "", max: 5, group: "C" },
  { field: "Chung", code: "SK", type: "Cộng", target: "", max: 2, group: "C" },
  { field: "Chung", code: "VP", type: "Trừ", target: "", max: 2, group: "C" },
];
const CODES = ["R", "L", "T", "B", "C", "P", "SK", "VP"];
const WEIGHTED = [0, 1, 2, 3, 4, 5];

const scaled = (x: number, f: number) => new Decimal(String(x)).times(String(f)).toNumber();

function criteriaRows(weight: (s: Spec, i: number) => number): TestCell[][] {
  return SPECS.map((s, i) => {
    const f = weight(s, i);
    return criterion(s.field, s.code, s.type, s.target, scaled(s.max, f), {
      group: s.group,
      ...(s.direction ? { direction: s.direction } : {}),
      ...(s.bands ? { bands: s.bands.map(([t, p]) => `${t}:${scaled(p, f)}`).join("; ") } : {}),
    });
  });
}

const valueArb: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 240 }).map((n) => n / 2) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("KAD") },
  { weight: 1, arbitrary: fc.constant("chín mươi") }
);
// Few values: equal scores, which the tie-breaks then order, are common (a stale tie-break shows).
const coarseArb: fc.Arbitrary<TestCell> = fc.constantFrom(0, 50, 100, 120);
const nomineeArb = (value: fc.Arbitrary<TestCell>) =>
  fc.record({
    field: fc.constantFrom("F", "G"),
    cluster: fc.constantFrom("K1", "K2"),
    person: fc.boolean(),
    values: fc.array(value, { minLength: CODES.length, maxLength: CODES.length }),
  });
// Conditions on figures that move with a weight, and on one that does not.
const conditionArb = fc.oneof(
  fc.constantFrom("", 'kind == "Tập thể"', "rank <= 1", 'grade == "HTXS"'),
  fc.integer({ min: 20, max: 80 }).map((x) => `score >= ${x}`)
);
const caseArb = fc.record({
  nominees: fc.oneof(
    fc.array(nomineeArb(valueArb), { minLength: 2, maxLength: 16 }),
    fc.array(nomineeArb(coarseArb), { minLength: 2, maxLength: 24 })
  ),
  awards: fc.array(awardArb(conditionArb), { minLength: 1, maxLength: 4 }),
  tieBreak: fc.constantFrom("", "A", "R; C"),
  scope: fc.constantFrom("", "Khối", "Toàn bộ"),
  // One criterion or one group moves, by a factor the slider or the stability figure would use.
  target: fc.oneof(fc.constantFrom(...WEIGHTED), fc.constantFrom("A", "B")),
  factor: fc.constantFrom(0.5, 0.6, 0.9, 1.1, 1.37, 1.5),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const moves = (c: Case, s: Spec, i: number) =>
  WEIGHTED.includes(i) && (typeof c.target === "number" ? c.target === i : s.group === c.target);

function build(c: Case, weight: (s: Spec, i: number) => number) {
  const ids = c.nominees.map((_, i) => `N${String(i).padStart(2, "0")}`);
  return council({
    criteria: criteriaRows(weight),
    nominees: c.nominees.map((n, i) =>
      n.person
        ? [ids[i] as string, "P", "Cá nhân", n.field, n.cluster, ""]
        : unit(ids[i] as string, n.field, n.cluster)
    ),
    codes: CODES,
    results: c.nominees.map((n, i) => [ids[i] as string, ...n.values]),
    awards: awardRows(c.awards),
    settings: [
      ["Tiêu chí phụ", c.tieBreak],
      ["Phạm vi xếp hạng", c.scope],
      ["Xếp loại", "HTXS: 70; HTT: 50; HT: 30; KHT: 0"],
    ],
  });
}

describe("the what-if re-rank (fast-check)", () => {
  it("gives every nominee the rank and awards of a full ranking with the weight typed in", () =>
    fc.assert(
      fc.property(caseArb, (c) => {
        const base = rankCouncil(build(c, () => 1));
        const index = new Map((base.criteria?.all ?? []).map((x, i) => [x, i]));
        const after = base.rerank((x: Criterion) => {
          const i = index.get(x) ?? -1;
          const s = SPECS[i];
          return s && moves(c, s, i) ? c.factor : 1;
        });
        const full = rankCouncil(build(c, (s, i) => (moves(c, s, i) ? c.factor : 1)));
        expect(full.nominees.length).toBe(base.nominees.length);
        for (const n of full.nominees) {
          const i = n.nominee.index;
          expect({
            id: n.nominee.id,
            rank: after.rankOf(i),
            awards: after.awards.get(i) ?? [],
          }).toEqual({
            id: n.nominee.id,
            rank: n.rank,
            awards: n.awards,
          });
        }
      }),
      { numRuns: 400 }
    ));
});
