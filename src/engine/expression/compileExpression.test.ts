import { type Lookup, type RawValue, compileExpression } from "./compileExpression";
import { UNKNOWN } from "./values";

function run(source: string, vars: Record<string, RawValue> = {}): RawValue | string {
  const c = compileExpression(source, (n) => Object.hasOwn(vars, n));
  if (!c.ok) return `!${c.key}`;
  const lookup: Lookup = (n) => vars[n] ?? UNKNOWN;
  try {
    return c.expression.evaluate(lookup).value;
  } catch (e) {
    return `!runtime:${(e as Error).message}`;
  }
}

describe("expression subset (contract §6, §13.6)", () => {
  it.each<[string, RawValue]>([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["-2^2", -4],
    ["2^3^2", 512],
    ["10 / 4", 2.5],
    ["+5 - -5", 10],
    ["1 < 2 < 3", true],
    ["3 > 2 > 1", true],
    ["1 < 3 < 2", false],
    ["true and false", false],
    ["true or false", true],
    ["not true == false", true],
    ["1 > 2 ? 10 : 20", 20],
    ["min(3, 1, 2)", 1],
    ["max(3, 1, 2)", 3],
    ["abs(-4.5)", 4.5],
    ["round(2.5)", 3],
    ["round(-2.5)", -3],
    ["round(2.675, 2)", 2.68],
    ["round(1.005, 2)", 1.01],
    ["floor(2.79, 1)", 2.7],
    ["ceil(2.01)", 3],
    ["0.1 + 0.2 == 0.3", true],
    ['"Hoàn thành" == "hoàn thành"', true],
    ['"Hoàn thành" == "Hoan thanh"', false],
    ['" HTXS " == "htxs"', true],
    ['"5" == 5', true],
    ['"abc" == 5', false],
    ['"abc" != 5', true],
    ["1 ? 2 : 3", 2],
  ])("%s → %p", (src, expected) => expect(run(src)).toBe(expected));

  it("compares NFD text with NFC text", () =>
    expect(run('"Tiêu chí" == x', { x: "Tiêu chí".normalize("NFD") })).toBe(true));
  it("compares booleans with Có/Không/x", () => {
    expect(run('b == "Có"', { b: true })).toBe(true);
    expect(run('b == "x"', { b: true })).toBe(true);
    expect(run('b == "No"', { b: false })).toBe(true);
  });
  it("runtime error ordering text", () => expect(run('"abc" < 5')).toMatch(/^!runtime/));
  it("runtime error dividing by zero", () =>
    expect(run("1 / (a - a)", { a: 3 })).toMatch(/^!runtime/));

  describe("unknown propagates as in SQL", () => {
    const u = {
      u: UNKNOWN as RawValue,
      t: true as RawValue,
      f: false as RawValue,
      n: 5 as RawValue,
    };
    it.each<[string, RawValue]>([
      ["u + 1", UNKNOWN],
      ["u > 1", UNKNOWN],
      ['u == "x"', UNKNOWN],
      ["f and u", false],
      ["u and f", false],
      ["t and u", UNKNOWN],
      ["t or u", true],
      ["u or t", true],
      ["f or u", UNKNOWN],
      ["not u", UNKNOWN],
      ["u ? 1 : 2", UNKNOWN],
      ["min(u, 1)", UNKNOWN],
      ["n > 1 or u", true],
    ])("%s → %p", (src, expected) => expect(run(src, u)).toBe(expected));
  });

  it.each(["x", "pi", "e"])("an unknown name %s is bad-expression", (src) =>
    expect(run(src)).toBe("!unknownName")
  );
  it.each([
    "'text'",
    "5 % 3",
    "5 mod 3",
    "2x",
    "a = 1",
    "1; 2",
    "true xor false",
    "a && b",
    "a || b",
    "[1, 2]",
    "{a: 1}",
    "a.b",
    "f(x) = x",
    "3 kg",
    "sqrt(4)",
    "null",
    "50%",
  ])("%s is bad-expression", (src) => expect(run(src, { a: 1, b: 2, x: 3 })).toBe("!badSyntax"));
});
