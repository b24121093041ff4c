import {
  AWARD_HEADER,
  council,
  criterion,
  sheet,
  unit,
  workbook,
  twoUnits,
} from "../../../test/helpers/snapshot";
import { codes, rank } from "../../../test/helpers/run";
import { MAX_COST, MAX_LENGTH, costOf, parseExpression } from "./parseExpression";

/**
 * Expressions from a shared workbook are untrusted (contract §6). Modelled on
 * mathjs's own security tests and its advisories: each must give
 * `bad-expression` at its cell and run nothing.
 */
export const ATTACKS: readonly string[] = [
  "constructor",
  "score.constructor",
  'cos.constructor("return process")()',
  '[].constructor.constructor("return this")()',
  '"".constructor.constructor("return process")()',
  'score["constructor"]',
  "__proto__",
  "score.__proto__.polluted = 1",
  "{}.__proto__",
  'toString.constructor("return 1")()',
  "valueOf()",
  'hasOwnProperty("x")',
  "import({evaluate: 1}, {override: true})",
  'createUnit("foo")',
  'createUnit("kneel", "1 m")',
  'evaluate("1 + 1")',
  'parse("x")',
  'compile("x").evaluate()',
  'simplify("x + x")',
  'derivative("x^2", "x")',
  'config({number: "BigNumber"})',
  'typed("f", {"number": f})',
  "chain(3).done()",
  "f(x) = x",
  "f(x) = f(x)",
  "x = 1",
  "score = 100",
  "a.b = 1",
  "[1, 2, 3]",
  "ones(1000000000)",
  "zeros(100000, 100000)",
  "range(1, 10000000000)",
  "map(range(1, 1e9), f)",
  "forEach([1], f)",
  "matrix([1])",
  "{a: 1}",
  "5 cm to inch",
  "2 m",
  'unit("5 cm")',
  "score to cm",
  'eval("1")',
  'Function("return 1")()',
  'require("fs")',
  "process.exit(1)",
  "globalThis",
  "this",
  "score; 1",
  "score\n1",
  "'single quoted'",
  "score && rank",
  "score || rank",
  "score mod 2",
  "5 % 2",
  "score xor rank",
  "pi * 2",
  "e ^ 2",
  "2 score",
  "x => x",
  "score ? 1",
  '"unclosed',
  "(".repeat(200) + "1" + ")".repeat(200),
  "-".repeat(900) + "1",
  "1 + ".repeat(400) + "1",
  "score + ".repeat(MAX_LENGTH / 8 + 1) + "1",
  "9 ^ 9 ^ 9",
  "10 ^ 308 * 10 > 1",
  "score / 0 > 1",
  '"a" + "b" == "ab"',
  "sqrt(score)",
  "bitAnd(1, 2)",
  "string(score)",
  "format(score)",
  // Issue 17: constants and literals the language does not define, comments, and cost.
  "NaN",
  "score > NaN or true",
  "Infinity > score",
  "score < -Infinity or 1",
  "1e309 > score",
  "0xFFi8 < 0",
  "0x10 == 16",
  "0b101 == 5",
  "0o17 == 15",
  "true # and score > 99",
  "score > 99 # or true",
  Array.from({ length: 12 }, (_, i) => `score ^ 0.${i + 1} > 1`).join(" and "),
];

const attackedAward = (condition: string) =>
  twoUnits(80, [["Giấy khen", 1, "", "", "", "", "", "", condition]]);

describe("the cost bound (issue 17)", () => {
  it("refuses a condition heavier than the bound, and keeps a long plain one", () => {
    const heavy = Array.from({ length: 9 }, (_, i) => `score ^ 0.${i + 1} > 1`).join(" and ");
    const parsed = parseExpression(heavy);
    expect(parsed.ok).toBe(false);
    const plain = Array.from({ length: 60 }, (_, i) => `score > ${i}`).join(" and ");
    expect(plain.length).toBeGreaterThan(500);
    const ok = parseExpression(plain);
    expect(ok.ok && costOf(ok.ast)).toBeLessThan(MAX_COST);
  });
});

describe("expression attack corpus", () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const globalBefore = Object.getOwnPropertyNames(globalThis).sort();

  it("holds at least 50 attacks", () => expect(ATTACKS.length).toBeGreaterThanOrEqual(50));

  it.each(ATTACKS.map((a) => [a.length > 60 ? `${a.slice(0, 57)}…` : a, a]))(
    "as a condition: %s",
    (_label, attack) => {
      const r = rank(attackedAward(attack));
      expect(codes(r)).toContain("bad-expression@Khen thưởng!I2");
      expect(r.nominees.flatMap((n) => n.awards)).toEqual([]);
    }
  );

  it.each(ATTACKS.slice(0, 30).map((a) => [a]))("as a formula: %s", (attack) => {
    const r = rank(
      council({
        criteria: [criterion("F", "C", "Công thức", 100, 10, { formula: attack })],
        nominees: [unit("U1")],
        codes: ["C"],
        results: [["U1", 5]],
      })
    );
    expect(codes(r)).toContain("bad-expression@Tiêu chí!J2");
    expect(r.nominees[0]?.rank).toBeNull();
  });

  it("leaves Object.prototype and the global object unchanged", () => {
    for (const a of ATTACKS) rank(attackedAward(a));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a bad condition disables only its award: the next one in the group is handed out as if it did not exist", () => {
    const wb = workbook(
      ...attackedAward("x").sheets.filter((s) => s.name !== "Khen thưởng"),
      sheet("Khen thưởng", [
        AWARD_HEADER,
        ["Cờ", 1, "G", "", "", "", "", 1, "constructor"],
        ["Bằng khen", 2, "G", "", "", "", "", 1, ""],
      ])
    );
    const r = rank(wb);
    expect(r.nominees.map((n) => n.awards)).toEqual([["Bằng khen"], []]);
  });
});
