import fc from "fast-check";
import { type NomineeResult } from "../../src/engine/result";
import { rankCouncil } from "../../src/engine/rankCouncil";
import { awardArb, awardRows } from "../helpers/awardCases";
import { council, criterion, type TestCell, unit } from "../helpers/snapshot";

// Two scored criteria out of 100, so that the Score is the Total, and a bonus that raises it by exactly
// the points given: applying a gap of g cents is a bonus of g / 100.
const CRITERIA: TestCell[][] = [
  criterion("F", "P1", "Chấm điểm", "", 50, { group: "A" }),
  criterion("F", "P2", "Chấm điểm", "", 50, { group: "B" }),
  criterion("F", "CT", "Cộng", "", 100, { group: "C" }),
];

const nomineeArb = fc.record({
  p1: fc.integer({ min: 0, max: 100 }).map((n) => n / 2),
  p2: fc.integer({ min: 0, max: 20 }).map((n) => n * 2.5),
  cluster: fc.constantFrom("K1", "K2"),
  person: fc.boolean(),
});
const caseArb = fc.record({
  nominees: fc.array(nomineeArb, { minLength: 2, maxLength: 14 }),
  awards: fc.array(awardArb(), { minLength: 1, maxLength: 4 }),
  tieBreak: fc.constantFrom("", "A", "P2; A"),
  pick: fc.nat(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const ids = (c: Case) => c.nominees.map((_, i) => `N${String(i).padStart(2, "0")}`);

function build(c: Case, bonus: ReadonlyMap<string, number> = new Map()) {
  const names = ids(c);
  return council({
    criteria: CRITERIA,
    nominees: c.nominees.map((n, i) =>
      n.person
        ? [names[i] as string, "P", "Cá nhân", "F", n.cluster, ""]
        : unit(names[i] as string, "F", n.cluster)
    ),
    codes: ["P1", "P2", "CT"],
    results: c.nominees.map((n, i) => [
      names[i] as string,
      n.p1,
      n.p2,
      bonus.get(names[i] as string) ?? 0,
    ]),
    awards: awardRows(c.awards),
    settings: [["Tiêu chí phụ", c.tieBreak]],
  });
}

/** What a nominee is proposed: its awards, and the awards it ties at. */
const proposal = (n: NomineeResult | undefined) => ({
  awards: n?.awards,
  ties: n?.decisions.filter((d) => d.outcome.kind === "tie").map((d) => d.award.name),
});
const find = (r: ReturnType<typeof rankCouncil>, id: string) =>
  r.nominees.find((n) => n.nominee.id === id);

describe("the gap to the next award (fast-check)", () => {
  it("applied, it changes the proposal; one cent less does not", () =>
    fc.assert(
      fc.property(caseArb, (c) => {
        const base = rankCouncil(build(c));
        const withGap = base.nominees.filter((n) => n.gap !== null);
        fc.pre(withGap.length > 0);
        const x = withGap[c.pick % withGap.length] as NomineeResult;
        const id = x.nominee.id;
        const gap = x.gap?.cents ?? 0;
        const before = proposal(x);
        const applied = find(rankCouncil(build(c, new Map([[id, gap / 100]]))), id);
        expect(proposal(applied)).not.toEqual(before);
        if (x.gap?.tieWith.length) expect(proposal(applied).ties).toContain(x.gap.award);
        else expect(applied?.awards).toContain(x.gap?.award);
        const less = find(rankCouncil(build(c, new Map([[id, (gap - 1) / 100]]))), id);
        expect(proposal(less)).toEqual(before);
      }),
      { numRuns: 400 }
    ));

  it("a nominee without a gap keeps its proposal at the highest possible Score", () =>
    fc.assert(
      fc.property(caseArb, (c) => {
        const base = rankCouncil(build(c));
        for (const x of base.nominees.filter((n) => n.rank !== null && n.gap === null)) {
          const top = find(rankCouncil(build(c, new Map([[x.nominee.id, 100]]))), x.nominee.id);
          expect(proposal(top)).toEqual(proposal(x));
        }
      }),
      { numRuns: 150 }
    ));
});
