import type { Language } from "../messages/renderMessage";
import type { NomineeResult } from "../result";
import { fromCents } from "../score/cents";
import { CRITERION_TYPES } from "../score/criterionTypes";
import { pointsAt } from "../score/points";
import { maxValue } from "../score/cents";
import { PHRASES, formatNumber } from "./phrases";
import type { Decision } from "../award/allocateAwards";
import { scopeName } from "../rank/rankNominees";

/**
 * `Giải thích` (contract §9): the points of each criterion, the score and rank,
 * and for each award that applies the rule met or the reason it was not.
 *
 * @example "Điểm: Tỷ lệ xã có điểm phục vụ (BC1) 23,68/25; Sáng kiến (SK) +0. Tổng 94,18/100 → 94,18 điểm, hạng 3 (tập thể, Cụm 1). Khen thưởng: Giấy khen: đạt (hạng 3/11 trong Cụm 1)."
 */
export function explainNominee(r: NomineeResult, language: Language): string {
  const { points, score, awards } = explainParts(r, language);
  const p = PHRASES[language];
  const parts = [points.length > 0 ? `${p.points}: ${points.join("; ")}` : "", score];
  if (awards) parts.push(`${p.awards}: ${awards.length > 0 ? awards.join("; ") : p.noAwards}`);
  return parts.filter((s) => s !== "").join(". ") + ".";
}

/** The pieces of `Giải thích`: each criterion's points, the score and rank, each award's outcome (null unranked). */
export function explainParts(
  r: NomineeResult,
  language: Language
): { points: string[]; score: string; awards: string[] | null } {
  const p = PHRASES[language];
  const n = (x: number) => formatNumber(x, language);
  const points = r.score.criteria.map((c, i) => {
    const role = CRITERION_TYPES[c.type].role;
    const cents = pointsAt(r.score, i);
    // Named as the council knows it, the code after (issue 12 §4).
    const label = `${c.name} (${c.code})`;
    if (r.score.notApplicable[i]) return `${label} ${p.notApplicable}`;
    if (cents === undefined) return `${label} ${p.error}`;
    if (role === "bonus") return `${label} +${n(fromCents(cents))}`;
    if (role === "deduction") return `${label} −${n(fromCents(-cents))}`;
    const judged = r.score.judging.get(i);
    return `${label} ${n(fromCents(cents))}/${n(c.max)}${judged ? ` (${p.judging(judged, n)})` : ""}`;
  });
  if (r.rank === null || r.score.scoreCents === null)
    return { points, score: p.unranked, awards: null };
  const kind = r.nominee.kind ? p.kinds[r.nominee.kind] : "";
  const score = `${p.score(n(fromCents(r.score.totalCents)), n(maxValue(r.score.max)), n(fromCents(r.score.scoreCents)))}, ${p.rank(r.rank, kind, r.scope)}`;
  const scopeOf = (d: Decision) =>
    d.award.scope === "all" ? p.all : scopeName(r.nominee, d.award.scope) || p.group;
  const awards = r.decisions.map(
    (d) =>
      `${d.award.name}: ${p.outcome(d.outcome, n, scopeOf(d))}${d.outcome.kind === "given" && d.award.basis ? ` [${p.basis}: ${d.award.basis}]` : ""}`
  );
  return { points, score, awards };
}
