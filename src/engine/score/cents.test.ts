import fc from "fast-check";
import { Exact } from "../expression/values";
import { divideRounded, exactCents, numberCents, toCents } from "./cents";

describe("rounding to 2 decimals, half away from zero (contract §5, §13.5)", () => {
  it("66.1 / 80 × 20 = 16.525 → 16.53, which doubles get wrong", () => {
    expect(Math.round((66.1 / 80) * 20 * 100)).toBe(1652);
    expect(toCents((66.1 / 80) * 20, () => new Exact("66.1").div(80).times(20))).toBe(1653);
  });
  it.each([
    [2.675, 268],
    [-2.675, -268],
    [1.005, 101],
    [0.125, 13],
    [9.333, 933],
  ])("%d → %d cents", (v, c) => expect(numberCents(v)).toBe(c));

  it("agrees with exact decimals on ratios M × v / T", () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 100 }),
        (v10, t10, m) => {
          const v = v10 / 10;
          const t = t10 / 10;
          const exact = () => new Exact(String(v)).times(m).div(new Exact(String(t)));
          expect(toCents((m * v) / t, exact)).toBe(exactCents(exact()));
        }
      ),
      { numRuns: 5000 }
    ));

  it("divides whole numbers exactly", () =>
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        expect(divideRounded(n * 10000, d)).toBe(exactCents(new Exact(n * 10000).div(d).div(100)));
      })
    ));
});
