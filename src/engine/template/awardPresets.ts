/**
 * The awards preset of shared/domain/awards.md §7.2 as data, one per legal period (issue 7 §1): each row
 * with its legal basis (`Căn cứ`) and the note's verification mark. Vote thresholds are data too (§3 of
 * the note): a row's condition gets `and ty_le_phieu_dong_y >= <vote>`.
 */

/** awards.md's marks: verified in the text, secondary source, or inferred (a product default, not law). */
export type Mark = "V" | "S" | "I";

export interface PresetAward {
  readonly name: string;
  readonly precedence: number;
  readonly group: string;
  readonly appliesTo: "Cá nhân" | "Tập thể";
  readonly scope: "Lĩnh vực" | "Khối" | "Toàn bộ";
  readonly minScore: number | null;
  readonly maxRank: number | null;
  readonly quota: number | string | null;
  /** The condition without the vote. */
  readonly condition: string;
  /** The council's vote needed, % of all its members; null when no ballot is required. */
  readonly vote: number | null;
  readonly basis: string;
  readonly mark: Mark;
}

export interface LegalPeriod {
  /** The implementing decree in force, as the preset's label. */
  readonly label: string;
  /** The decree as a document cites it (`Căn cứ …`). */
  readonly decree: string;
  /** First review year the period applies to. */
  readonly fromYear: number;
  readonly awards: readonly PresetAward[];
}

/** The text a mark is shown as in `Xác minh`. */
export const MARK_TEXT: Readonly<Record<Mark, string>> = {
  V: "Đã xác minh",
  S: "Nguồn thứ cấp: đối chiếu văn bản gốc",
  I: "Suy luận: Hội đồng cần xác nhận trước khi dùng",
};

export { VOTE_ATTRIBUTE } from "../model";

const CLEAN = "not dang_xem_xet_ky_luat";
const HT_PLUS = '(muc_do_hoan_thanh == "HTXS" or muc_do_hoan_thanh == "HTT")';
const LAW = "Luật TĐKT 06/2022/QH15";

type Row = Omit<PresetAward, "basis" | "mark" | "vote"> & {
  readonly basis: string;
  readonly mark: Mark;
  /** A ballot's threshold, when the award needs one. */
  readonly vote?: number;
};

/** The rows both periods share; `principles` and `ballot` are the decree's articles of the period. */
// eslint-disable-next-line max-lines-per-function -- a data table: the 16 rows of awards.md §7.2
function rows(principles: string, ballot: { basis: string; mark: Mark }): PresetAward[] {
  const list: Row[] = [
    {
      name: "Chiến sĩ thi đua toàn quốc",
      precedence: 1,
      group: "DH-CN-4",
      appliesTo: "Cá nhân",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and so_lan_cstd_bo_lien_tiep >= 2 and sang_kien_toan_quoc`,
      vote: 90,
      basis: `${LAW} Điều 21`,
      mark: "V",
    },
    {
      name: "Chiến sĩ thi đua cấp bộ",
      precedence: 2,
      group: "DH-CN-3",
      appliesTo: "Cá nhân",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and so_nam_cstdcs_lien_tiep >= 3 and sang_kien_cap_bo`,
      vote: 90,
      basis: `${LAW} Điều 22`,
      mark: "V",
    },
    {
      name: "Chiến sĩ thi đua cơ sở",
      precedence: 3,
      group: "DH-CN-2",
      appliesTo: "Cá nhân",
      scope: "Lĩnh vực",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and ${HT_PLUS} and not bi_ky_luat and so_thang_cong_tac_trong_nam >= 10 and (muc_do_hoan_thanh == "HTXS" or sang_kien_cap_co_so)`,
      vote: 80,
      basis: `${LAW} Điều 23`,
      mark: "V",
    },
    {
      name: "Lao động tiên tiến",
      precedence: 4,
      group: "DH-CN-1",
      appliesTo: "Cá nhân",
      scope: "Lĩnh vực",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and ${HT_PLUS} and not bi_ky_luat and so_thang_cong_tac_trong_nam >= 10`,
      basis: `${LAW} Điều 24(1), (4); TT 11/2023/TT-BTTTT (≥ 10 tháng)`,
      mark: "V",
    },
    {
      name: "Huân chương Lao động hạng Ba",
      precedence: 1,
      group: "HT-CN",
      appliesTo: "Cá nhân",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and so_nam_htt_sau_bang_khen_thu_tuong >= 5 and so_nam_htxs_sau_bang_khen_thu_tuong >= 1 and so_lan_cstdcs_sau_bang_khen_thu_tuong >= 3`,
      basis: `${LAW} Điều 44(1)(e)`,
      mark: "V",
    },
    {
      name: "Bằng khen của Thủ tướng Chính phủ",
      precedence: 2,
      group: "HT-CN",
      appliesTo: "Cá nhân",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and so_nam_htt_sau_bang_khen_bo >= 5 and so_lan_cstdcs_sau_bang_khen_bo >= 3`,
      basis: `${LAW} Điều 73(1)(b)`,
      mark: "V",
    },
    {
      name: "Bằng khen của Bộ trưởng",
      precedence: 3,
      group: "HT-CN",
      appliesTo: "Cá nhân",
      scope: "Lĩnh vực",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and (so_nam_cstdcs_lien_tiep >= 2 or (so_nam_htxs_lien_tiep >= 2 and so_sang_kien_co_so_trong_ky >= 2))`,
      basis: `${LAW} Điều 74(1)(d)`,
      mark: "V",
    },
    {
      name: "Giấy khen",
      precedence: 4,
      group: "HT-CN",
      appliesTo: "Cá nhân",
      scope: "Lĩnh vực",
      minScore: 85,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and ${HT_PLUS}`,
      basis: `${LAW} Điều 75; điểm tối thiểu 85 là mặc định của sản phẩm`,
      mark: "I",
    },
    {
      name: "Tập thể lao động xuất sắc",
      precedence: 1,
      group: "DH-TT",
      appliesTo: "Tập thể",
      scope: "Khối",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and muc_do_hoan_thanh == "HTXS" and ty_le_ca_nhan_hoan_thanh_nhiem_vu >= 100 and ty_le_ca_nhan_ldtt >= 70 and co_ca_nhan_cstdcs`,
      basis: `${LAW} Điều 27`,
      mark: "S",
    },
    {
      name: "Tập thể lao động tiên tiến",
      precedence: 2,
      group: "DH-TT",
      appliesTo: "Tập thể",
      scope: "Khối",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and ${HT_PLUS} and ty_le_ca_nhan_ldtt >= 70 and so_ca_nhan_bi_ky_luat_tu_canh_cao == 0`,
      basis: `${LAW} Điều 28 (tỷ lệ 70% theo văn bản hướng dẫn)`,
      mark: "S",
    },
    {
      name: "Cờ thi đua cấp bộ",
      precedence: 1,
      group: "CO-BO",
      appliesTo: "Tập thể",
      scope: "Khối",
      minScore: null,
      maxRank: 1,
      quota: 1,
      condition: `${CLEAN} and muc_do_hoan_thanh == "HTXS"`,
      vote: 80,
      basis: `${LAW} Điều 26(1); TT 17/2024/TT-BTTTT Điều 6`,
      mark: "V",
    },
    {
      name: "Cờ thi đua của Chính phủ",
      precedence: 1,
      group: "CO-CP",
      appliesTo: "Tập thể",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: 1,
      condition: `${CLEAN} and rank == 1 and muc_do_hoan_thanh == "HTXS"`,
      vote: 80,
      basis: `${LAW} Điều 25(1); số lượng 1 là của Hội đồng`,
      mark: "V",
    },
    {
      name: "Huân chương Lao động hạng Ba",
      precedence: 1,
      group: "HT-TT",
      appliesTo: "Tập thể",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and so_nam_htxs_sau_bang_khen_thu_tuong >= 5`,
      basis: `${LAW} Điều 44 (tiêu chuẩn tập thể chưa đối chiếu)`,
      mark: "I",
    },
    {
      name: "Bằng khen của Thủ tướng Chính phủ",
      precedence: 2,
      group: "HT-TT",
      appliesTo: "Tập thể",
      scope: "Toàn bộ",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and so_nam_htxs_sau_bang_khen_bo >= 3`,
      basis: `${LAW} Điều 73 (tiêu chuẩn tập thể chưa đối chiếu)`,
      mark: "I",
    },
    {
      name: "Bằng khen của Bộ trưởng",
      precedence: 3,
      group: "HT-TT",
      appliesTo: "Tập thể",
      scope: "Khối",
      minScore: null,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and (so_nam_htxs_lien_tiep >= 2 or so_nam_ttldxs_lien_tiep >= 2)`,
      basis: `${LAW} Điều 74(3)(d)`,
      mark: "S",
    },
    {
      name: "Giấy khen",
      precedence: 4,
      group: "HT-TT",
      appliesTo: "Tập thể",
      scope: "Khối",
      minScore: 85,
      maxRank: null,
      quota: null,
      condition: `${CLEAN} and ${HT_PLUS}`,
      basis: `${LAW} Điều 75; điểm tối thiểu 85 là mặc định của sản phẩm`,
      mark: "I",
    },
  ];
  const weaker = (a: Mark, b: Mark): Mark =>
    a === "I" || b === "I" ? "I" : a === "S" || b === "S" ? "S" : "V";
  return list.map((r) => ({
    ...r,
    vote: r.vote ?? null,
    basis: [r.basis, principles, r.vote ? `phiếu ≥ ${r.vote}%: ${ballot.basis}` : ""]
      .filter(Boolean)
      .join("; "),
    mark: r.vote ? weaker(r.mark, ballot.mark) : r.mark,
  }));
}

/** The periods in order; the last whose first year is at most the review year applies. */
export const LEGAL_PERIODS: readonly LegalPeriod[] = [
  {
    label: "NĐ 98/2023/NĐ-CP (01/01/2024 - 30/06/2025)",
    decree: "Nghị định số 98/2023/NĐ-CP của Chính phủ",
    fromYear: 2023,
    awards: rows("hoãn xét: NĐ 98/2023 Điều 4(4)", {
      basis: "NĐ 98/2023 Điều 30(7)",
      mark: "V",
    }),
  },
  {
    label: "NĐ 152/2025/NĐ-CP (từ 01/07/2025)",
    decree: "Nghị định số 152/2025/NĐ-CP của Chính phủ",
    fromYear: 2025,
    awards: rows("hoãn xét: NĐ 152/2025 Điều 4(4)", {
      // NĐ 98 is repealed; the matching clause of NĐ 152 could not be read (awards.md §0.3).
      basis: "NĐ 98/2023 Điều 30(7), điều tương ứng của NĐ 152/2025 chưa đối chiếu",
      mark: "I",
    }),
  },
];

/**
 * The period a review year falls in. A year's titles are decided at its end or early the next year: the
 * 2024 titles under NĐ 98/2023, those of 2025 onwards under NĐ 152/2025. Years before 2023 get the
 * earliest period the preset knows.
 */
export function periodFor(year: number): LegalPeriod {
  return (
    [...LEGAL_PERIODS].reverse().find((p) => p.fromYear <= year) ??
    (LEGAL_PERIODS[0] as LegalPeriod)
  );
}

/** The year a council is most likely reviewing on a date: this year from October, else the last. */
export function reviewYearOn(year: number, month: number): number {
  return month >= 10 ? year : year - 1;
}
