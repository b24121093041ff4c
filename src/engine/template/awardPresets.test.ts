import { compileExpression } from "../expression/compileExpression";
import { UNKNOWN } from "../expression/values";
import { BUILT_IN_VARIABLES } from "../model";
import { LEGAL_PERIODS, type PresetAward, VOTE_ATTRIBUTE } from "./awardPresets";
import { presetRows } from "./defaultTemplate";

/**
 * Rule tables per preset award (issue 7): a nominee that meets every condition exactly at its threshold
 * gets it; one that misses any single condition by one does not, unless an `or` in the law's rule lets
 * another condition stand in (listed per award, and tested missing together).
 */
const period = LEGAL_PERIODS[LEGAL_PERIODS.length - 1]!;
const conditionOf = (a: PresetAward) => {
  const row = presetRows({ ...period, awards: [a] })[0]!;
  const compiled = compileExpression(String(row[8]), () => true);
  if (!compiled.ok) throw new Error(`${a.name}: ${compiled.key}`);
  return { text: String(row[8]), expression: compiled.expression };
};

/** Thresholds read off the condition: `name >= N` is met at N and missed at N − 1; `name == N` missed at N + 1. */
function atomsOf(text: string) {
  const numeric = new Map<string, { meet: number; miss: number }>();
  for (const [, name, op, n] of text.matchAll(/([a-z_]+)\s*(>=|==)\s*(\d+)/g))
    if (name !== "muc_do_hoan_thanh")
      numeric.set(
        name as string,
        op === ">="
          ? { meet: Number(n), miss: Number(n) - 1 }
          : { meet: Number(n), miss: Number(n) + 1 }
      );
  return numeric;
}

/**
 * Per award, the names an `or` lets stand in for one another (a single miss is rescued), and the misses
 * together that leave no alternative.
 */
const ALTERNATIVES: Record<
  string,
  { rescued: string[]; together: Record<string, string | number | boolean>[] }
> = {
  "Chiến sĩ thi đua cơ sở/Cá nhân": {
    // HTXS, or HTT with an initiative (Luật Điều 23).
    rescued: ["sang_kien_cap_co_so"],
    together: [{ sang_kien_cap_co_so: false, muc_do_hoan_thanh: "HTT" }],
  },
  "Bằng khen của Bộ trưởng/Cá nhân": {
    rescued: ["so_nam_cstdcs_lien_tiep", "so_nam_htxs_lien_tiep", "so_sang_kien_co_so_trong_ky"],
    together: [
      { so_nam_cstdcs_lien_tiep: 1, so_nam_htxs_lien_tiep: 1 },
      { so_nam_cstdcs_lien_tiep: 1, so_sang_kien_co_so_trong_ky: 1 },
    ],
  },
  "Bằng khen của Bộ trưởng/Tập thể": {
    rescued: ["so_nam_htxs_lien_tiep", "so_nam_ttldxs_lien_tiep"],
    together: [{ so_nam_htxs_lien_tiep: 1, so_nam_ttldxs_lien_tiep: 1 }],
  },
};

describe.each(period.awards.map((a) => [`${a.name}/${a.appliesTo}`, a] as const))(
  "preset rule: %s",
  (key, award) => {
    const { text, expression } = conditionOf(award);
    const numeric = atomsOf(text);
    const names = [...expression.names].filter(
      (n) => !(BUILT_IN_VARIABLES as readonly string[]).includes(n) || n === "rank"
    );
    const meets: Record<string, string | number | boolean> = { muc_do_hoan_thanh: "HTXS", rank: 1 };
    for (const n of names)
      if (n !== "muc_do_hoan_thanh" && n !== "rank")
        meets[n] = numeric.get(n)?.meet ?? !new RegExp(`not ${n}\\b`).test(text);
    const evaluate = (changes: Record<string, string | number | boolean>) =>
      expression.evaluate((name) => ({ ...meets, ...changes })[name] ?? UNKNOWN).value;
    const alternatives = ALTERNATIVES[key];
    const rescued = new Set(alternatives?.rescued ?? []);
    const missOf = (n: string) =>
      n === "muc_do_hoan_thanh" ? "HT" : n === "rank" ? 2 : (numeric.get(n)?.miss ?? !meets[n]);

    it("is met exactly at its thresholds", () => expect(evaluate({})).toBe(true));

    it.each(names.filter((n) => !rescued.has(n)))("is missed when %s misses by one", (n) =>
      expect(evaluate({ [n]: missOf(n) })).toBe(false)
    );

    if (rescued.size > 0)
      it("an alternative alone does not miss it; both together do", () => {
        for (const n of rescued) expect([n, evaluate({ [n]: missOf(n) })]).toEqual([n, true]);
        for (const together of alternatives?.together ?? [])
          expect([together, evaluate(together)]).toEqual([together, false]);
      });

    if (award.vote !== null)
      it(`needs the vote of ${award.vote}% of the council, and waits without it`, () => {
        expect(evaluate({ [VOTE_ATTRIBUTE]: award.vote! - 1 })).toBe(false);
        expect(
          expression.evaluate((name) =>
            name === VOTE_ATTRIBUTE ? UNKNOWN : (meets[name] ?? UNKNOWN)
          ).value
        ).toBe(UNKNOWN);
      });
  }
);
