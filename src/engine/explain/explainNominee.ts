import type { Language } from "../messages/renderMessage";
import type { NomineeResult } from "../rankCouncil";
import { fromCents } from "../score/cents";
import { CRITERION_TYPES } from "../score/criterionTypes";
import { pointsAt } from "../score/scoreNominee";
import { maxValue } from "../output/toJson";
import { PHRASES, formatNumber } from "./phrases";

/**
 * `Giải thích` (contract §9): the points of each criterion, the score and rank,
 * and for each award that applies the rule met or the reason it was not.
 *
 * @example "Điểm: BC1 23,68/25; SK +0. Tổng 94,18/100 → 94,18 điểm, hạng 3 (tập thể, Cụm 1). Khen thưởng: Giấy khen: đạt (hạng 3/11)."
 */
export function explainNominee(r: NomineeResult, language: Language): string {
  const p = PHRASES[language];
  const n = (x: number) => formatNumber(x, language);
  const points = r.score.criteria.map((c, i) => {
    const role = CRITERION_TYPES[c.type].role;
    const cents = pointsAt(r.score, i);
    if (r.score.notApplicable[i]) return `${c.code} ${p.notApplicable}`;
    if (cents === undefined) return `${c.code} ${p.error}`;
    if (role === "bonus") return `${c.code} +${n(fromCents(cents))}`;
    if (role === "deduction") return `${c.code} −${n(fromCents(-cents))}`;
    const judged = r.score.judging.get(i);
    return `${c.code} ${n(fromCents(cents))}/${n(c.max)}${judged ? ` (${p.judging(judged, n)})` : ""}`;
  });
  const parts = [points.length > 0 ? `${p.points}: ${points.join("; ")}` : ""];
  if (r.rank === null || r.score.scoreCents === null) parts.push(p.unranked);
  else {
    const kind = r.nominee.kind ? p.kinds[r.nominee.kind] : "";
    parts.push(
      `${p.score(n(fromCents(r.score.totalCents)), n(maxValue(r.score.max)), n(fromCents(r.score.scoreCents)))}, ${p.rank(r.rank, kind, r.scope)}`
    );
    const decisions = r.decisions.map(
      (d) =>
        `${d.award.name}: ${p.outcome(d.outcome, n)}${d.outcome.kind === "given" && d.award.basis ? ` [${p.basis}: ${d.award.basis}]` : ""}`
    );
    parts.push(`${p.awards}: ${decisions.length > 0 ? decisions.join("; ") : p.noAwards}`);
  }
  return parts.filter((s) => s !== "").join(". ") + ".";
}
