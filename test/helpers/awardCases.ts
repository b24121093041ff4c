import fc from "fast-check";
import type { TestCell } from "./snapshot";

/** One random award row's fields (the property tests' councils); `condition` as the test chooses. */
export function awardArb(condition: fc.Arbitrary<string> = fc.constant("")) {
  return fc.record({
    precedence: fc.integer({ min: 1, max: 3 }),
    group: fc.constantFrom("G1", "G2"),
    applies: fc.constantFrom("", "Tập thể", "Cá nhân"),
    scope: fc.constantFrom("", "Khối", "Lĩnh vực", "Toàn bộ"),
    min: fc.oneof(fc.constant(""), fc.integer({ min: 20, max: 95 })),
    maxRank: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 4 })),
    quota: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 3 }), fc.constantFrom("20%", "50%")),
    condition,
  });
}

export type AwardCase = typeof awardArb extends (...a: never[]) => fc.Arbitrary<infer T>
  ? T
  : never;

/** The `Khen thưởng` rows of random awards, named KT0, KT1... */
export function awardRows(awards: readonly AwardCase[]): TestCell[][] {
  return awards.map((a, i) => [
    `KT${i}`,
    a.precedence,
    a.group,
    a.applies,
    a.scope,
    a.min,
    a.maxRank,
    a.quota,
    a.condition,
  ]);
}
