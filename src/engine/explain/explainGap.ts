import type { Language } from "../messages/renderMessage";
import type { NomineeResult } from "../result";
import { fromCents } from "../score/cents";
import { PHRASES, formatNumber } from "./phrases";

/**
 * `Khoảng cách` (issue 6 §2): the smallest Score rise that changes the proposal, the criterion values
 * (named) that alone would do it, and for a nominee at a quota's edge, who is one tie away. Empty when
 * no change of score alone changes the proposal (issue 12 §4): most rows, which need no words.
 *
 * @example "+10 điểm → 'Bằng khen', hoặc chỉ Tỷ lệ xã có điểm phục vụ (A) đạt 70; U5 cách 0,5 điểm để bằng điểm"
 */
export function explainGap(r: NomineeResult, language: Language): string {
  if (r.rank === null) return "";
  const p = PHRASES[language].gap;
  const n = (cents: number) => formatNumber(fromCents(cents), language);
  const parts: string[] = [];
  const { gap, chaser } = r;
  if (gap) {
    const named = (code: string) => {
      const name = r.score.criteria.find((c) => c.code === code)?.name;
      return name ? `${name} (${code})` : code;
    };
    const steps = gap.steps.map((s) => p.step(named(s.code), formatNumber(s.value, language)));
    parts.push(
      (gap.tieWith.length > 0
        ? p.tie(n(gap.cents), gap.award, gap.tieWith.join(", "))
        : p.award(n(gap.cents), gap.award)) + (steps.length > 0 ? p.steps(steps.join(p.or)) : "")
    );
  }
  if (chaser) parts.push(p.chaser(chaser.id, n(chaser.cents)));
  return parts.join("; ");
}
