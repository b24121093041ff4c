import type { Language } from "../messages/renderMessage";
import type { NomineeResult } from "../result";
import { fromCents } from "../score/cents";
import { formatNumber } from "./phrases";

interface GapPhrases {
  award: (points: string, award: string) => string;
  tie: (points: string, award: string, ids: string) => string;
  steps: (list: string) => string;
  chaser: (id: string, points: string) => string;
}

const PHRASES: Record<Language, GapPhrases> = {
  vi: {
    award: (d, a) => `+${d} điểm → '${a}'`,
    tie: (d, a, ids) => `+${d} điểm → bằng điểm ${ids} tại giới hạn '${a}' (Hội đồng quyết định)`,
    steps: (list) => `, hoặc chỉ ${list}`,
    chaser: (id, d) => `${id} cách ${d} điểm để bằng điểm`,
  },
  en: {
    award: (d, a) => `+${d} points → '${a}'`,
    tie: (d, a, ids) => `+${d} points → tied with ${ids} at the '${a}' quota (the council decides)`,
    steps: (list) => `, or only ${list}`,
    chaser: (id, d) => `${id} is ${d} points from a tie`,
  },
};

/**
 * `Khoảng cách` (issue 6 §2): the smallest Score rise that changes the proposal, the criterion values
 * (named) that alone would do it, and for a nominee at a quota's edge, who is one tie away. Empty when
 * no change of score alone changes the proposal (issue 12 §4): most rows, which need no words.
 *
 * @example "+10 điểm → 'Bằng khen', hoặc chỉ Tỷ lệ xã có điểm phục vụ (A) đạt 70; U5 cách 0,5 điểm để bằng điểm"
 */
export function explainGap(r: NomineeResult, language: Language): string {
  if (r.rank === null) return "";
  const p = PHRASES[language];
  const n = (cents: number) => formatNumber(fromCents(cents), language);
  const parts: string[] = [];
  const { gap, chaser } = r;
  if (gap) {
    const named = (code: string) => {
      const name = r.score.criteria.find((c) => c.code === code)?.name;
      return name ? `${name} (${code})` : code;
    };
    const steps = gap.steps.map(
      (s) =>
        `${named(s.code)} ${language === "vi" ? "đạt" : "at"} ${formatNumber(s.value, language)}`
    );
    const or = language === "vi" ? " hoặc " : " or ";
    parts.push(
      (gap.tieWith.length > 0
        ? p.tie(n(gap.cents), gap.award, gap.tieWith.join(", "))
        : p.award(n(gap.cents), gap.award)) + (steps.length > 0 ? p.steps(steps.join(or)) : "")
    );
  }
  if (chaser) parts.push(p.chaser(chaser.id, n(chaser.cents)));
  return parts.join("; ");
}
