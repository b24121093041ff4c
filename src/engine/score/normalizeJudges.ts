import type { CriteriaBook, JudgeScore, Judged } from "../model";
import type { Reporter } from "../messages/Reporter";
import { readValueCell } from "../cell/readValue";

interface Stats {
  n: number;
  sum: number;
  squares: number;
}
const add = (s: Stats, x: number) => ((s.n += 1), (s.sum += x), (s.squares += x * x));
const mean = (s: Stats) => s.sum / s.n;
/** Population standard deviation: the judge's own spread, not an estimate of a wider one. */
const sd = (s: Stats) => Math.sqrt(Math.max(0, s.squares / s.n - mean(s) ** 2));

/**
 * Per-judge normalisation (issue 7 §4): each judge's scores on a criterion become z-scores against that
 * judge's own mean and spread, then are put back on the criterion's scale with the mean and spread of all
 * judges' scores on it, clamped to [0, max]. A judge with fewer than `minimum` scores on the criterion
 * keeps its raw scores, with a warning at its first score: a z-score of two numbers says little.
 * Scores left out for a conflict of interest take no part.
 */
export function normalizeJudges(
  judged: Judged,
  criteria: CriteriaBook,
  minimum: number,
  reporter: Reporter
): Judged {
  const value = (s: JudgeScore) => {
    if (s.conflict) return null;
    const v = readValueCell(s.cell);
    return v.kind === "number" ? v.value : null;
  };
  const byJudge = new Map<string, Stats & { first: JudgeScore }>();
  const byCriterion = new Map<number, Stats>();
  for (const perCriterion of judged.values())
    for (const [c, list] of perCriterion)
      for (const s of list) {
        const x = value(s);
        if (x === null) continue;
        const key = `${c}\u0000${s.judge}`;
        const j = byJudge.get(key) ?? { n: 0, sum: 0, squares: 0, first: s };
        byJudge.set(key, j);
        add(j, x);
        const all = byCriterion.get(c) ?? { n: 0, sum: 0, squares: 0 };
        byCriterion.set(c, all);
        add(all, x);
      }
  const maxOf = new Map(criteria.all.map((c) => [c.index, c]));
  for (const [key, j] of byJudge)
    if (j.n < minimum) {
      const c = maxOf.get(Number(key.split("\u0000")[0]));
      reporter.add("judgeTooFew", j.first.place, {
        judge: j.first.judge,
        code: c?.code ?? "",
        count: j.n,
        minimum,
      });
    }
  const out = new Map<number, Map<number, JudgeScore[]>>();
  for (const [nominee, perCriterion] of judged) {
    const m = new Map<number, JudgeScore[]>();
    out.set(nominee, m);
    for (const [c, list] of perCriterion)
      m.set(
        c,
        list.map((s) => {
          const x = value(s);
          const j = byJudge.get(`${c}\u0000${s.judge}`);
          const all = byCriterion.get(c);
          const max = maxOf.get(c)?.max ?? 0;
          if (x === null || !j || !all || j.n < minimum) return s;
          const spread = sd(j);
          const z = spread === 0 ? 0 : (x - mean(j)) / spread;
          const scaled = Math.min(max, Math.max(0, mean(all) + z * sd(all)));
          // Rounded to 4 decimals: the points are rounded to 2 afterwards (§5), and the double's tail is noise.
          return { ...s, normalized: Math.round(scaled * 10000) / 10000 };
        })
      );
  }
  return out;
}
