import { matchKey } from "../text/normalize";
import type { HistoryEntry } from "./readHistory";

/**
 * The counters the preset's conditions read, derived from a nominee's history (issue 7 §2). Rules:
 * - only regular awards count (NĐ 152/2025 Điều 4(3)); ratings count whatever the row's kind;
 * - a discipline restarts every count: only the years after the last one count (Điều 4(4));
 * - "consecutive" runs end at the review year when the history already has it (a CSTĐCS granted by the
 *   unit before the ministry's council meets), else at the year before.
 */
export interface Counter {
  readonly id: string;
  readonly header: string;
  readonly rule: string;
  readonly count: (past: Past, year: number) => number | null;
}

/** One nominee's history, by year. */
export interface Past {
  /** Regular awards of a year (their match keys). */
  awards(year: number): readonly string[];
  rating(year: number): string;
  /** The last year of a discipline at or before the review year, or -Infinity. */
  readonly restart: number;
}

const names = (...list: string[]) => list.map(matchKey);
const CSTDCS = names("Chiến sĩ thi đua cơ sở", "CSTĐCS");
const CSTD_BO = names("Chiến sĩ thi đua cấp bộ", "Chiến sĩ thi đua Bộ", "CSTĐ cấp bộ", "CSTĐ Bộ");
const TTLDXS = names("Tập thể lao động xuất sắc", "TTLĐXS");
const BK_BO = names("Bằng khen của Bộ trưởng", "Bằng khen cấp bộ", "Bằng khen Bộ");
const BK_TTG = names("Bằng khen của Thủ tướng", "Bằng khen Thủ tướng");

type Test = (past: Past, year: number) => boolean;
/** An award by its name or a longer one ("Chiến sĩ thi đua Bộ Khoa học và Công nghệ"). */
const got =
  (keys: readonly string[]): Test =>
  (past, y) =>
    past.awards(y).some((a) => keys.some((k) => a.startsWith(k)));
const rated =
  (...ratings: string[]): Test =>
  (past, y) =>
    ratings.includes(past.rating(y));

/** Years in a row meeting the test, ending at the review year if it does, else at the year before. */
function streak(test: Test): Counter["count"] {
  return (past, year) => {
    let y = test(past, year) ? year : year - 1;
    let n = 0;
    while (y > past.restart && test(past, y)) ((n += 1), (y -= 1));
    return n;
  };
}

/** The last year of an award, after the restart; null when none. */
function lastOf(test: Test, past: Past, year: number): number | null {
  for (let y = year; y > past.restart && y > year - 100; y--) if (test(past, y)) return y;
  return null;
}

/** Years meeting the test since the last award of `anchor` (0 without one). */
function since(anchor: Test, test: Test): Counter["count"] {
  return (past, year) => {
    const a = lastOf(anchor, past, year);
    if (a === null) return 0;
    let n = 0;
    for (let y = a + 1; y <= year; y++) if (test(past, y)) n++;
    return n;
  };
}

/** The review year minus the year of the last award; null without one. */
function yearsSince(anchor: Test): Counter["count"] {
  return (past, year) => {
    const a = lastOf(anchor, past, year);
    return a === null ? null : year - a;
  };
}

/** Times in a row an award came, each at most `gap` years after the one before and the last within `gap`. */
function chain(test: Test, gap: number): Counter["count"] {
  return (past, year) => {
    let n = 0;
    let next = year;
    for (let y = year; y > past.restart && y >= next - gap; y--)
      if (test(past, y)) ((n += 1), (next = y));
    return n;
  };
}

export const COUNTERS: readonly Counter[] = [
  {
    id: "so_nam_cstdcs_lien_tiep",
    header: "Số năm CSTĐCS liên tiếp",
    rule: "năm liên tục đạt Chiến sĩ thi đua cơ sở",
    count: streak(got(CSTDCS)),
  },
  {
    id: "so_lan_cstd_bo_lien_tiep",
    header: "Số lần CSTĐ bộ liên tiếp",
    rule: "lần đạt Chiến sĩ thi đua cấp bộ, mỗi lần cách lần trước không quá 3 năm",
    count: chain(got(CSTD_BO), 3),
  },
  {
    id: "so_nam_htxs_lien_tiep",
    header: "Số năm HTXS liên tiếp",
    rule: "năm liên tục hoàn thành xuất sắc nhiệm vụ",
    count: streak(rated("HTXS")),
  },
  {
    id: "so_nam_ttldxs_lien_tiep",
    header: "Số năm TTLĐXS liên tiếp",
    rule: "năm liên tục đạt Tập thể lao động xuất sắc",
    count: streak(got(TTLDXS)),
  },
  {
    id: "so_nam_htt_sau_bang_khen_bo",
    header: "Số năm HTT sau Bằng khen bộ",
    rule: "năm HTT trở lên sau Bằng khen cấp bộ gần nhất",
    count: since(got(BK_BO), rated("HTXS", "HTT")),
  },
  {
    id: "so_lan_cstdcs_sau_bang_khen_bo",
    header: "Số lần CSTĐCS sau Bằng khen bộ",
    rule: "lần đạt CSTĐCS sau Bằng khen cấp bộ gần nhất",
    count: since(got(BK_BO), got(CSTDCS)),
  },
  {
    id: "so_nam_htxs_sau_bang_khen_bo",
    header: "Số năm HTXS sau Bằng khen bộ",
    rule: "năm HTXS sau Bằng khen cấp bộ gần nhất",
    count: since(got(BK_BO), rated("HTXS")),
  },
  {
    id: "so_nam_htt_sau_bang_khen_thu_tuong",
    header: "Số năm HTT sau Bằng khen Thủ tướng",
    rule: "năm HTT trở lên sau Bằng khen Thủ tướng gần nhất",
    count: since(got(BK_TTG), rated("HTXS", "HTT")),
  },
  {
    id: "so_nam_htxs_sau_bang_khen_thu_tuong",
    header: "Số năm HTXS sau Bằng khen Thủ tướng",
    rule: "năm HTXS sau Bằng khen Thủ tướng gần nhất",
    count: since(got(BK_TTG), rated("HTXS")),
  },
  {
    id: "so_lan_cstdcs_sau_bang_khen_thu_tuong",
    header: "Số lần CSTĐCS sau Bằng khen Thủ tướng",
    rule: "lần đạt CSTĐCS sau Bằng khen Thủ tướng gần nhất",
    count: since(got(BK_TTG), got(CSTDCS)),
  },
  {
    id: "so_nam_tu_bang_khen_bo",
    header: "Số năm từ Bằng khen bộ",
    rule: "năm xét trừ năm Bằng khen cấp bộ gần nhất; trống khi chưa có",
    count: yearsSince(got(BK_BO)),
  },
  {
    id: "so_nam_tu_bang_khen_thu_tuong",
    header: "Số năm từ Bằng khen Thủ tướng",
    rule: "năm xét trừ năm Bằng khen Thủ tướng gần nhất; trống khi chưa có",
    count: yearsSince(got(BK_TTG)),
  },
];

/** A nominee's history up to the review year, as the counters read it. */
export function pastOf(entries: readonly HistoryEntry[], year: number): Past {
  const awards = new Map<number, string[]>();
  const ratings = new Map<number, string>();
  let restart = -Infinity;
  for (const e of entries) {
    if (e.year > year) continue;
    if (e.discipline) restart = Math.max(restart, e.year);
    if (e.rating !== "") ratings.set(e.year, e.rating);
    if (e.award !== "" && e.kind === "regular") {
      const list = awards.get(e.year);
      if (list) list.push(e.award);
      else awards.set(e.year, [e.award]);
    }
  }
  return {
    awards: (y) => awards.get(y) ?? [],
    rating: (y) => ratings.get(y) ?? "",
    restart,
  };
}
