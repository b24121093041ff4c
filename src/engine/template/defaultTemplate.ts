/**
 * The blank council workbook "Tạo mẫu" writes: the contract's input sheets as
 * tables, each column with a note and, where the contract enumerates values,
 * a drop-down; a few example rows; and the default awards preset of
 * shared/domain/awards.md §7.2 (conditions written out in full: the contract
 * has no macros). Data, not code: the council edits every row.
 */
export interface TemplateColumn {
  readonly header: string;
  readonly note: string;
  /** Values for an in-cell drop-down. */
  readonly list?: readonly string[];
  /**
   * A drop-down of another table's column (`INDIRECT("DoiTuong[Mã]")`), so it follows what the council
   * enters there; `strict` refuses a value not in it, else the list only suggests.
   */
  readonly source?: { readonly table: string; readonly column: string; readonly strict: boolean };
  /** Width in characters, when the content is wider than the header says. */
  readonly width?: number;
}

export interface TemplateSheet {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Rows (indexes into `rows`) shown in a distinct style: the preset's inferred rows, to be confirmed. */
  readonly flagged?: readonly number[];
  /** The sheet goes first in the workbook (the guide). */
  readonly first?: boolean;
}

import { describeSource } from "../expression/describe";
import { CRITERION_TYPES } from "../score/criterionTypes";
import { identifier } from "../text/normalize";
import { type LegalPeriod, MARK_TEXT, VOTE_ATTRIBUTE, periodFor } from "./awardPresets";
import { GUIDE_ROWS } from "./guide";

/**
 * A template column's width in characters: its own, else wide enough for its header and its widest
 * example (issue 18: columns wide enough for their content), within 10 to 48.
 */
export function templateWidth(t: TemplateSheet, col: number): number {
  const c = t.columns[col];
  if (c?.width) return c.width;
  const longest = Math.max(
    c?.header.length ?? 0,
    ...t.rows.map((r) => String(r[col] ?? "").length)
  );
  return Math.min(48, Math.max(10, longest + 3));
}

const YES_NO = ["Có", "Không"];
const SCOPES = ["Lĩnh vực", "Khối", "Đơn vị", "Toàn bộ"];

/** Nominee attributes of awards.md §7.1 that the preset's conditions read, with their notes. */
const ATTRIBUTES: readonly TemplateColumn[] = [
  {
    header: "Mức độ hoàn thành",
    note: "HTXS, HTT, HT hoặc KHT: mức độ hoàn thành nhiệm vụ trong năm.",
    list: ["HTXS", "HTT", "HT", "KHT"],
  },
  {
    header: "Đang xem xét kỷ luật",
    note: "Có nếu đang xem xét kỷ luật, thanh tra, điều tra (NĐ 152/2025 Điều 4(4)): hoãn khen thưởng.",
    list: YES_NO,
  },
  { header: "Bị kỷ luật", note: "Cá nhân: Có nếu bị kỷ luật trong năm.", list: YES_NO },
  { header: "Số tháng công tác trong năm", note: "Cá nhân: số tháng công tác (LĐTT cần ≥ 10)." },
  {
    header: "Sáng kiến cấp cơ sở",
    note: "Cá nhân: có sáng kiến được cơ sở công nhận.",
    list: YES_NO,
  },
  {
    header: "Sáng kiến cấp bộ",
    note: "Cá nhân: có sáng kiến áp dụng hiệu quả trong toàn Bộ.",
    list: YES_NO,
  },
  {
    header: "Sáng kiến toàn quốc",
    note: "Cá nhân: có sáng kiến áp dụng hiệu quả trong toàn quốc.",
    list: YES_NO,
  },
  {
    header: "Số năm CSTĐCS liên tiếp",
    note: "Số năm liên tục đạt Chiến sĩ thi đua cơ sở, kể cả năm nay.",
  },
  { header: "Số lần CSTĐ bộ liên tiếp", note: "Số lần liên tục đạt Chiến sĩ thi đua cấp bộ." },
  { header: "Số năm HTXS liên tiếp", note: "Số năm liên tục hoàn thành xuất sắc nhiệm vụ." },
  { header: "Số sáng kiến cơ sở trong kỳ", note: "Số sáng kiến cấp cơ sở trong các năm xét." },
  {
    header: "Số năm HTT sau Bằng khen bộ",
    note: "Số năm hoàn thành tốt nhiệm vụ trở lên kể từ Bằng khen cấp bộ.",
  },
  { header: "Số lần CSTĐCS sau Bằng khen bộ", note: "Số lần CSTĐCS kể từ Bằng khen cấp bộ." },
  { header: "Số năm HTXS sau Bằng khen bộ", note: "Tập thể: số năm HTXS kể từ Bằng khen cấp bộ." },
  {
    header: "Số năm HTT sau Bằng khen Thủ tướng",
    note: "Số năm HTT trở lên kể từ Bằng khen Thủ tướng.",
  },
  { header: "Số năm HTXS sau Bằng khen Thủ tướng", note: "Số năm HTXS kể từ Bằng khen Thủ tướng." },
  {
    header: "Số lần CSTĐCS sau Bằng khen Thủ tướng",
    note: "Số lần CSTĐCS kể từ Bằng khen Thủ tướng.",
  },
  {
    header: "Tỷ lệ cá nhân hoàn thành nhiệm vụ (%)",
    note: "Tập thể: tỷ lệ thành viên hoàn thành nhiệm vụ.",
  },
  {
    header: "Tỷ lệ cá nhân LĐTT (%)",
    note: "Tập thể: tỷ lệ thành viên đạt Lao động tiên tiến (TTLĐTT cần ≥ 70, có thể sửa).",
  },
  {
    header: "Có cá nhân CSTĐCS",
    note: "Tập thể: có ít nhất một Chiến sĩ thi đua cơ sở.",
    list: YES_NO,
  },
  {
    header: "Số cá nhân bị kỷ luật từ cảnh cáo",
    note: "Tập thể: số thành viên bị kỷ luật từ cảnh cáo trở lên.",
  },
  {
    header: "Số năm TTLĐXS liên tiếp",
    note: "Tập thể: số năm liên tục đạt Tập thể lao động xuất sắc.",
  },
  {
    header: "Tỷ lệ phiếu đồng ý (%)",
    note: "Kết quả bỏ phiếu của Hội đồng, % trên tổng số thành viên. Để trống khi chưa bỏ phiếu: đề xuất sẽ ở trạng thái chờ.",
  },
];

/** The attribute columns by identifier, for a condition said in words. */
const ATTRIBUTE_HEADERS = new Map(ATTRIBUTES.map((a) => [identifier(a.header), a.header]));

/**
 * The preset's rows in the sheet's columns: the contract's nine, then `Căn cứ`, its condition in words
 * (`Điều kiện (diễn giải)`, issue 18) and `Xác minh`.
 */
export function presetRows(period: LegalPeriod): (string | number | null)[][] {
  return period.awards.map((a) => {
    const condition =
      a.vote === null ? a.condition : `${a.condition} and ${VOTE_ATTRIBUTE} >= ${a.vote}`;
    return [
      a.name,
      a.precedence,
      a.group,
      a.appliesTo,
      a.scope,
      a.minScore,
      a.maxRank,
      a.quota,
      condition,
      a.basis,
      describeSource(condition, ATTRIBUTE_HEADERS, "vi"),
      MARK_TEXT[a.mark],
    ];
  });
}
/**
 * The council workbook for a review year: the preset of that year's legal period, and `Năm xét` in
 * `Cấu hình` so that the year stays with the workbook.
 */
// eslint-disable-next-line max-lines-per-function -- a data table: the template's sheets, columns and notes
export function councilTemplate(year: number): readonly TemplateSheet[] {
  const period = periodFor(year);
  return [
    {
      sheet: "Hướng dẫn",
      table: "HuongDan",
      first: true,
      columns: [
        { header: "Mục", note: "Bước hoặc trang.", width: 18 },
        { header: "Hướng dẫn", note: "Việc cần làm.", width: 110 },
      ],
      rows: GUIDE_ROWS,
    },
    {
      sheet: "Tiêu chí",
      table: "TieuChi",
      columns: [
        {
          header: "Lĩnh vực",
          note: "Lĩnh vực của tiêu chí; * hoặc Chung: áp dụng cho mọi lĩnh vực.",
        },
        { header: "Mã", note: "Mã tiêu chí, duy nhất trong lĩnh vực; là tên cột ở trang Kết quả." },
        { header: "Tiêu chí", note: "Nội dung tiêu chí." },
        { header: "Nhóm", note: "Nhóm tiêu chí: trang Xếp hạng có một cột điểm cho mỗi nhóm." },
        {
          header: "Loại",
          note: "Cách tính điểm (mặc định Tỷ lệ).",
          // From the type table: a new type is in Excel's list the day it is in the table.
          list: Object.values(CRITERION_TYPES).map((t) => t.words.vi),
        },
        {
          header: "Chỉ tiêu",
          note: "Chỉ tiêu (> 0) cho Tỷ lệ, Ngưỡng, Bậc; Ngưỡng có thể là 0 với chiều Thấp.",
        },
        {
          header: "Chiều",
          note: "Cao: càng cao càng tốt (mặc định); Thấp: càng thấp càng tốt.",
          list: ["Cao", "Thấp"],
        },
        { header: "Điểm tối đa", note: "Điểm tối đa của tiêu chí (> 0)." },
        { header: "Bậc", note: "Với loại Bậc: % đạt : điểm, ví dụ 100:10; 90:8; 80:5." },
        {
          header: "Công thức",
          note: "Với loại Công thức: biểu thức dùng value, target, max và mã các tiêu chí khác.",
        },
        {
          header: "Bắt buộc",
          note: "x: phải đạt chỉ tiêu mới được đề xuất khen thưởng.",
          list: ["x"],
        },
        {
          header: "Gộp quý",
          note: "Khi Kết quả nhập theo quý (cột Quý): Tổng, Trung bình, Cuối kỳ, Thấp nhất, hoặc Đúng hạn (đếm số quý có ngày gửi báo cáo không muộn hơn ngày 15 tháng cuối quý).",
          list: ["Tổng", "Trung bình", "Cuối kỳ", "Thấp nhất", "Đúng hạn"],
        },
      ],
      rows: [
        [
          "Bưu chính",
          "BC1",
          "Tỷ lệ xã có điểm phục vụ bưu chính có người phục vụ",
          "A. Nhiệm vụ chuyên môn",
          "Tỷ lệ",
          100,
          "Cao",
          40,
          null,
          null,
          null,
          null,
        ],
        [
          "Bưu chính",
          "BC2",
          "Tỷ lệ hộ gia đình có địa chỉ số",
          "A. Nhiệm vụ chuyên môn",
          "Bậc",
          100,
          "Cao",
          30,
          "100:30; 90:24; 80:18; 70:12",
          null,
          null,
          null,
        ],
        [
          "Bưu chính",
          "BC3",
          "Số báo cáo quý gửi đúng hạn (trước ngày 15 tháng cuối quý)",
          "A. Nhiệm vụ chuyên môn",
          "Ngưỡng",
          4,
          "Cao",
          20,
          null,
          null,
          "x",
          "Đúng hạn",
        ],
        [
          "Chung",
          "KC",
          "Chấp hành kỷ luật, kỷ cương; văn hóa công sở (Hội đồng chấm)",
          "B. Chấp hành, kỷ cương",
          "Chấm điểm",
          null,
          null,
          10,
          null,
          null,
          null,
          null,
        ],
        [
          "Chung",
          "SK",
          "Sáng kiến, mô hình mới; thành tích đột xuất",
          "C. Điểm thưởng, điểm trừ",
          "Cộng",
          null,
          null,
          5,
          null,
          null,
          null,
          null,
        ],
        [
          "Chung",
          "VP",
          "Vi phạm kỷ luật, kỷ cương; chậm, thiếu báo cáo",
          "C. Điểm thưởng, điểm trừ",
          "Trừ",
          null,
          null,
          5,
          null,
          null,
          null,
          null,
        ],
      ],
    },
    {
      sheet: "Đối tượng",
      table: "DoiTuong",
      columns: [
        { header: "Mã", note: "Mã đối tượng, duy nhất." },
        { header: "Tên", note: "Tên tập thể hoặc cá nhân." },
        { header: "Loại", note: "Tập thể hoặc Cá nhân.", list: ["Tập thể", "Cá nhân"] },
        {
          header: "Lĩnh vực",
          note: "Lĩnh vực có tiêu chí ở trang Tiêu chí (danh sách lấy từ trang đó).",
          source: { table: "TieuChi", column: "Lĩnh vực", strict: false },
        },
        {
          header: "Khối",
          note: "Khối, cụm thi đua (danh sách gợi ý các khối đã nhập).",
          source: { table: "DoiTuong", column: "Khối", strict: false },
        },
        { header: "Đơn vị", note: "Đơn vị chủ quản." },
        {
          header: "Ví dụ",
          note: "Có: dòng ví dụ của mẫu, không được xếp hạng. Xóa các dòng ví dụ khi nhập đối tượng thật.",
          list: YES_NO,
        },
        ...ATTRIBUTES,
      ],
      rows: [
        [
          "TT01",
          "Bưu điện tỉnh A",
          "Tập thể",
          "Bưu chính",
          "Cụm thi đua số 1",
          "Tổng công ty Bưu điện Việt Nam",
          "Có",
          "HTXS",
          "Không",
          null,
          null,
          null,
          null,
          null,
          0,
          0,
          2,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          100,
          92,
          "Có",
          0,
          1,
          null,
        ],
        [
          "CN01",
          "Nguyễn Văn A",
          "Cá nhân",
          "Bưu chính",
          "Cụm thi đua số 1",
          "Bưu điện tỉnh A",
          "Có",
          "HTT",
          "Không",
          "Không",
          12,
          "Có",
          "Không",
          "Không",
          1,
          0,
          0,
          1,
          0,
          0,
          0,
          0,
          0,
          0,
          null,
          null,
          null,
          null,
          null,
          null,
        ],
      ],
    },
    {
      sheet: "Kết quả",
      table: "KetQua",
      columns: [
        {
          header: "Mã",
          note: "Mã đối tượng (chọn từ trang Đối tượng); mỗi cột sau là một mã tiêu chí. KAD: không áp dụng.",
          source: { table: "DoiTuong", column: "Mã", strict: true },
        },
        { header: "BC1", note: "Giá trị đạt được của tiêu chí BC1." },
        { header: "BC2", note: "Giá trị đạt được của tiêu chí BC2." },
        { header: "BC3", note: "Giá trị đạt được của tiêu chí BC3." },
        { header: "SK", note: "Điểm cộng (để trống: 0)." },
        { header: "VP", note: "Điểm trừ (để trống: 0)." },
      ],
      rows: [
        ["TT01", 98.5, 92, 4, 1, null],
        ["CN01", 95, 88, 4, null, null],
      ],
    },
    {
      sheet: "Chấm điểm",
      table: "ChamDiem",
      columns: [
        {
          header: "Mã đối tượng",
          note: "Mã đối tượng được chấm (chọn từ trang Đối tượng).",
          source: { table: "DoiTuong", column: "Mã", strict: true },
        },
        {
          header: "Mã tiêu chí",
          note: "Mã tiêu chí loại Chấm điểm (chọn từ trang Tiêu chí).",
          source: { table: "TieuChi", column: "Mã", strict: true },
        },
        { header: "Người chấm", note: "Thành viên Hội đồng chấm điểm." },
        { header: "Điểm", note: "Điểm chấm, từ 0 đến điểm tối đa." },
        {
          header: "Đơn vị người chấm",
          note: "Đơn vị của người chấm: điểm người đó chấm cho chính đơn vị mình không được tính.",
        },
      ],
      rows: [
        ["TT01", "KC", "Thành viên 1", 9.5, "Văn phòng"],
        ["CN01", "KC", "Thành viên 1", 9, "Văn phòng"],
      ],
    },
    {
      sheet: "Khen thưởng",
      table: "KhenThuong",
      columns: [
        { header: "Hình thức", note: "Danh hiệu thi đua hoặc hình thức khen thưởng." },
        { header: "Thứ bậc", note: "1 là cao nhất trong nhóm." },
        { header: "Nhóm", note: "Các hình thức cùng nhóm loại trừ nhau; khác nhóm thì độc lập." },
        {
          header: "Áp dụng",
          note: "Tập thể, Cá nhân hoặc Tất cả.",
          list: ["Tập thể", "Cá nhân", "Tất cả"],
        },
        {
          header: "Phạm vi",
          note: "Nơi tính số lượng: Lĩnh vực, Khối, Đơn vị hoặc Toàn bộ.",
          list: SCOPES,
        },
        { header: "Điểm tối thiểu", note: "Điểm (thang 100) tối thiểu." },
        { header: "Hạng tối đa", note: "Hạng thấp nhất được xét trong phạm vi." },
        {
          header: "Số lượng",
          note: "Số lượng (3) hoặc tỷ lệ (15%) số được xếp hạng trong phạm vi; trống: không giới hạn.",
        },
        {
          header: "Điều kiện",
          note: "Biểu thức phải đúng, dùng các cột của trang Đối tượng và score, rank, grade...",
          width: 60,
        },
        {
          header: "Căn cứ",
          note: "Văn bản, điều khoản làm căn cứ: được trích trong Giải thích khi đề xuất.",
          width: 40,
        },
        {
          header: "Điều kiện (diễn giải)",
          note: "Điều kiện bằng lời, do Bình Xét viết từ cột Điều kiện; sửa Điều kiện thì lần xếp hạng sau báo diễn giải mới.",
          width: 60,
        },
        {
          header: "Xác minh",
          note: "Mức xác minh căn cứ. Dòng 'Suy luận' (tô màu) là mặc định của sản phẩm: Hội đồng cần xác nhận.",
        },
      ],
      rows: presetRows(period),
      flagged: period.awards.flatMap((a, i) => (a.mark === "I" ? [i] : [])),
    },
    {
      sheet: "Cấu hình",
      table: "CauHinh",
      columns: [
        { header: "Khóa", note: "Tên cấu hình." },
        { header: "Giá trị", note: "Giá trị; để trống: dùng mặc định." },
      ],
      rows: [
        ["Phạm vi xếp hạng", "Khối"],
        ["Tiêu chí phụ", "A. Nhiệm vụ chuyên môn; KC"],
        ["Bỏ điểm cao nhất và thấp nhất", "Có"],
        ["Xếp loại", "HTXS: 95; HTT: 85; HT: 75; KHT: 0"],
        ["Ngôn ngữ", "vi"],
        ["Năm xét", year],
        ["Hội đồng", "Hội đồng Thi đua - Khen thưởng"],
        ["Cơ quan chủ quản", null],
        ["Địa danh", null],
        ["Số tờ trình", null],
        ["Người ký", null],
        ["Chức vụ người ký", "Chủ tịch"],
        ["Số thành viên Hội đồng", null],
        ["Số thành viên dự họp", null],
        ["Chuẩn hóa điểm người chấm", "Không"],
        ["Số điểm tối thiểu để chuẩn hóa", 5],
      ],
    },
  ];
}
