import fc from "fast-check";
import type { Criterion, CriterionType } from "../model";
import { CRITERION_TYPES, WEIGHTED_TYPES, signedPoints } from "./criterionTypes";

const place = { sheet: "Tiêu chí", cell: "B2" };

function criterionOf(type: CriterionType, target: number, max: number, lower: boolean): Criterion {
  return {
    index: 0,
    fieldKey: null,
    code: "X",
    codeKey: "x",
    name: "X",
    group: null,
    type,
    target,
    lower,
    max,
    bands: [
      { threshold: 100, points: max },
      { threshold: 80, points: Math.round(max * 50) / 100 },
    ],
    formula: null,
    required: false,
    rollup: null,
    broken: false,
    codePlace: place,
    formulaPlace: place,
  };
}

const TYPES = Object.keys(CRITERION_TYPES) as CriterionType[];

describe("the type table", () => {
  it("weighs exactly the types measured against a target", () => {
    expect([...WEIGHTED_TYPES].sort()).toEqual(["bands", "ratio", "threshold"]);
  });

  it("inverts each type's score: the value it gives scores at least the points wanted", () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.integer({ min: 1, max: 2000 }).map((t) => t / 10),
        fc.integer({ min: 1, max: 5000 }).map((m) => m / 100),
        fc.boolean(),
        fc.integer({ min: 0, max: 6000 }),
        (type, target, max, lower, cents) => {
          const c = criterionOf(type, target, max, lower);
          // Points are wanted as they count: a deduction's at most 0.
          const wanted = CRITERION_TYPES[type].role === "deduction" ? -cents : cents;
          const value = CRITERION_TYPES[type].inverse(c, wanted);
          if (value === null) return;
          const got = CRITERION_TYPES[type].score(value, undefined, c);
          expect(typeof got).toBe("number");
          expect(signedPoints(c, got as number)).toBeGreaterThanOrEqual(wanted);
        }
      ),
      { numRuns: 3000 }
    ));

  it("finds a value for every reachable points of the typed-points types", () => {
    const c = criterionOf("points", 0, 10, false);
    expect(CRITERION_TYPES.points.inverse(c, 950)).toBe(9.5);
    expect(CRITERION_TYPES.points.inverse(c, 1001)).toBeNull();
    expect(CRITERION_TYPES.deduction.inverse(criterionOf("deduction", 0, 5, false), -200)).toBe(2);
    expect(CRITERION_TYPES.formula.inverse(c, 100)).toBeNull();
  });
});
