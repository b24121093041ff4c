import fc from "fast-check";
import { Exact } from "../expression/values";
import { compareProducts, quotientCents } from "./compareExactly";
import { exactCents } from "./cents";

const decimal = () =>
  fc
    .integer({ min: 0, max: 2_000_000 })
    .chain((n) => fc.integer({ min: 0, max: 8 }).map((k) => n / 10 ** k));

describe("compareProducts: sign of a·b − c·d on decimals, exactly", () => {
  it.each([
    [100, 0.3, 30, 1, 0],
    [100, 40.5, 80, 50, 1],
    [100, 39.9, 80, 50, -1],
    [0.1, 3, 0.3, 1, 0],
    [1e12, 1e12, 1e24, 1, 0],
  ])("%d × %d vs %d × %d → %d", (a, b, c, d, sign) =>
    expect(compareProducts(a, b, c, d)).toBe(sign)
  );

  it("agrees with exact decimals", () =>
    fc.assert(
      fc.property(decimal(), decimal(), decimal(), decimal(), (a, b, c, d) => {
        const ex = (x: number) => new Exact(String(x));
        expect(compareProducts(a, b, c, d)).toBe(
          ex(a)
            .times(ex(b))
            .cmp(ex(c).times(ex(d)))
        );
      }),
      { numRuns: 3000 }
    ));
});

describe("quotientCents: a·b/d to cents, half away from zero, exactly", () => {
  it.each([
    [20, 66.1, 80, 1653],
    [3, 0.5, 1, 150],
    [10, 60, 75, 800],
    [1, 1, 3, 33],
    [2, 1, 3, 67],
  ])("%d × %d / %d → %d", (a, b, d, cents) => expect(quotientCents(a, b, d)).toBe(cents));

  it("agrees with exact decimals", () =>
    fc.assert(
      fc.property(
        decimal(),
        decimal(),
        decimal().filter((d) => d > 0),
        (a, b, d) => {
          const ex = (x: number) => new Exact(String(x));
          expect(quotientCents(a, b, d)).toBe(exactCents(ex(a).times(ex(b)).div(ex(d))));
        }
      ),
      { numRuns: 3000 }
    ));
});
