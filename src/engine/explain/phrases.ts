import type { Failure, Outcome } from "../award/allocateAwards";
import { BUILT_IN_WORDS, describe, requirement, valueText } from "../expression/describe";
import type { JudgingNote } from "../score/scoreNominee";
import type { Language } from "../messages/renderMessage";

/** Number text of the language: `23,68` in Vietnamese, `23.68` in English. */
export function formatNumber(n: number, language: Language): string {
  const s = String(n);
  return language === "vi" ? s.replace(".", ",") : s;
}

/**
 * The clause that failed, in words: "Mức độ hoàn thành là KHT, cần HTT hoặc HTXS" when it tests one
 * fact, else the clause described and each fact it read.
 */
export function failureWords(f: Failure, language: Language): string {
  const header = (name: string) =>
    f.facts.find((x) => x.name === name)?.header ?? BUILT_IN_WORDS[language][name] ?? name;
  const p = PHRASES[language];
  const facts = f.facts.map((x) => `${header(x.name)} ${p.is} ${valueText(x.value, language)}`);
  const need = requirement(f.clause, language);
  if (need && f.facts.length === 1) return `${facts[0]}, ${p.needs} ${need.need}`;
  return `${describe(f.clause, header, language)} (${facts.join("; ")})`;
}

interface Phrases {
  points: string;
  notApplicable: string;
  error: string;
  score: (total: string, max: string, score: string) => string;
  rank: (rank: number, kind: string, scope: string) => string;
  unranked: string;
  /** A group heading's word for the nominees the run could not rank. */
  notRanked: string;
  awards: string;
  noAwards: string;
  basis: string;
  judging: (j: JudgingNote, n: (x: number) => string) => string;
  /** An award's outcome; `scope` names the group the award's rank counts in. */
  outcome: (o: Outcome, n: (x: number) => string, scope: string) => string;
  kinds: { collective: string; individual: string };
  /** The award's group when it is the whole council, or a group with no name. */
  all: string;
  group: string;
  /** A failed clause's fact, "Mức độ hoàn thành là KHT", and what it needs. */
  is: string;
  needs: string;
  /** `Khoảng cách` (issue 6 §2). */
  gap: {
    award: (points: string, award: string) => string;
    tie: (points: string, award: string, ids: string) => string;
    steps: (list: string) => string;
    step: (criterion: string, value: string) => string;
    or: string;
    chaser: (id: string, points: string) => string;
  };
  /** What changed since the last run, as the log's `Thay đổi` says it. */
  changes: {
    first: string;
    none: string;
    added: string;
    gone: string;
    rank: string;
    score: string;
    gains: string;
    loses: string;
    from: string;
  };
}

const vi: Phrases = {
  points: "Điểm",
  notApplicable: "KAD",
  error: "lỗi",
  score: (t, m, s) => `Tổng ${t}/${m} → ${s} điểm`,
  rank: (r, k, scope) => `hạng ${r} (${k}${scope ? `, ${scope}` : ""})`,
  unranked: "Không xếp hạng: xem Cảnh báo",
  notRanked: "chưa xếp hạng",
  awards: "Khen thưởng",
  noAwards: "không có hình thức nào áp dụng",
  basis: "căn cứ",
  judging: (j, n) =>
    [
      `${j.judges} người chấm, chênh lệch ${n(Math.round(j.spread * 100) / 100)}`,
      j.excluded.length > 0 ? `không tính ${j.excluded.join(", ")}: chấm đơn vị mình` : "",
      j.normalized ? "đã chuẩn hóa theo người chấm" : "",
    ]
      .filter(Boolean)
      .join("; "),
  kinds: { collective: "tập thể", individual: "cá nhân" },
  all: "toàn bộ",
  group: "nhóm",
  is: "là",
  needs: "cần",
  gap: {
    award: (d, a) => `+${d} điểm → '${a}'`,
    tie: (d, a, ids) => `+${d} điểm → bằng điểm ${ids} tại giới hạn '${a}' (Hội đồng quyết định)`,
    steps: (list) => `, hoặc chỉ ${list}`,
    step: (c, v) => `${c} đạt ${v}`,
    or: " hoặc ",
    chaser: (id, d) => `${id} cách ${d} điểm để bằng điểm`,
  },
  changes: {
    first: "Lần xếp hạng đầu tiên của sổ này.",
    none: "Không có thay đổi.",
    added: "mới",
    gone: "không còn trong danh sách",
    rank: "hạng",
    score: "điểm",
    gains: "thêm",
    loses: "bỏ",
    from: "từ",
  },
  outcome: (o, n, scope) => {
    switch (o.kind) {
      case "given":
        return `đạt (hạng ${o.rank}/${o.of} trong ${scope})`;
      case "pending":
        return "chờ dữ liệu (chưa đề xuất)";
      case "tie":
        return "bằng điểm tại giới hạn số lượng: Hội đồng quyết định";
      case "quota":
        return `hết số lượng (${o.quota} trong ${scope})`;
      case "groupTaken":
        return `đã được '${o.by}' cùng nhóm`;
      case "required":
        return "chưa đạt chỉ tiêu bắt buộc";
      case "minScore":
        return `dưới điểm tối thiểu ${n(o.min)}`;
      case "maxRank":
        return `hạng ${o.rank} trong ${scope}, tối đa ${o.max}`;
      case "condition":
        return o.failed ? `chưa đạt: ${failureWords(o.failed, "vi")}` : "không đạt điều kiện";
    }
  },
};

const en: Phrases = {
  points: "Points",
  notApplicable: "n/a",
  error: "error",
  score: (t, m, s) => `Total ${t}/${m} → score ${s}`,
  rank: (r, k, scope) => `rank ${r} (${k}${scope ? `, ${scope}` : ""})`,
  unranked: "Not ranked: see Cảnh báo",
  notRanked: "not ranked",
  awards: "Awards",
  noAwards: "no award applies",
  basis: "basis",
  judging: (j, n) =>
    [
      `${j.judges} judges, spread ${n(Math.round(j.spread * 100) / 100)}`,
      j.excluded.length > 0 ? `${j.excluded.join(", ")} left out: own unit` : "",
      j.normalized ? "normalised per judge" : "",
    ]
      .filter(Boolean)
      .join("; "),
  kinds: { collective: "collectives", individual: "individuals" },
  all: "the whole council",
  group: "the group",
  is: "is",
  needs: "needs",
  gap: {
    award: (d, a) => `+${d} points → '${a}'`,
    tie: (d, a, ids) => `+${d} points → tied with ${ids} at the '${a}' quota (the council decides)`,
    steps: (list) => `, or only ${list}`,
    step: (c, v) => `${c} at ${v}`,
    or: " or ",
    chaser: (id, d) => `${id} is ${d} points from a tie`,
  },
  changes: {
    first: "The first ranking of this workbook.",
    none: "No change.",
    added: "new",
    gone: "no longer listed",
    rank: "rank",
    score: "score",
    gains: "gains",
    loses: "loses",
    from: "from",
  },
  outcome: (o, n, scope) => {
    switch (o.kind) {
      case "given":
        return `given (rank ${o.rank}/${o.of} in ${scope})`;
      case "pending":
        return "waiting for data (not proposed)";
      case "tie":
        return "tied at the quota edge: the council decides";
      case "quota":
        return `quota filled (${o.quota} in ${scope})`;
      case "groupTaken":
        return `already given '${o.by}' of the same group`;
      case "required":
        return "a required target is not met";
      case "minScore":
        return `below the minimum score ${n(o.min)}`;
      case "maxRank":
        return `rank ${o.rank} in ${scope}, at most ${o.max}`;
      case "condition":
        return o.failed ? `not met: ${failureWords(o.failed, "en")}` : "condition not met";
    }
  },
};

export const PHRASES: Record<Language, Phrases> = { vi, en };
