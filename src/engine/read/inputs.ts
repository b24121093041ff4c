/**
 * The inputs of contract §1 and their columns (§2-4, §8, §11, §13.2): names in
 * Vietnamese and English, matched with `matchKey`.
 */
export interface ColumnSpec {
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface InputSpec<C extends string> {
  readonly table: string;
  readonly sheets: readonly string[];
  readonly columns: Readonly<Record<C, ColumnSpec>>;
  /** Column sets of which one must be there (the forms of the results), besides the required columns. */
  readonly anyOf?: readonly (readonly C[])[];
}

const col = (header: string, aliases: string[], required = false): ColumnSpec => ({
  header,
  aliases: [header, ...aliases],
  required,
});

export const CRITERIA = {
  table: "TieuChi",
  sheets: ["Tiêu chí", "Criteria"],
  columns: {
    field: col("Lĩnh vực", ["Field"], true),
    code: col("Mã", ["Code"], true),
    name: col("Tiêu chí", ["Criterion"], true),
    group: col("Nhóm", ["Group"]),
    type: col("Loại", ["Type"]),
    target: col("Chỉ tiêu", ["Target"]),
    direction: col("Chiều", ["Direction"]),
    max: col("Điểm tối đa", ["Max points"], true),
    bands: col("Bậc", ["Bands"]),
    formula: col("Công thức", ["Formula"]),
    required: col("Bắt buộc", ["Required"]),
    // Beyond contract v1 (issue 7): how quarterly results roll up into the year.
    rollup: col("Gộp quý", ["Quarter roll-up"]),
  },
} as const satisfies InputSpec<string>;

export const NOMINEES = {
  table: "DoiTuong",
  sheets: ["Đối tượng", "Nominees"],
  columns: {
    id: col("Mã", ["ID"], true),
    name: col("Tên", ["Name"], true),
    kind: col("Loại", ["Kind"], true),
    field: col("Lĩnh vực", ["Field"], true),
    cluster: col("Khối", ["Cluster"]),
    unit: col("Đơn vị", ["Unit"]),
    // Beyond contract v1 (issue 18): `Có` marks a row of the template's examples, not a nominee.
    example: col("Ví dụ", ["Example"]),
  },
} as const satisfies InputSpec<string>;

/** Wide form needs only the id; the long-form columns are checked when the long form is recognised. */
export const RESULTS = {
  table: "KetQua",
  sheets: ["Kết quả", "Results"],
  columns: {
    id: col("Mã", ["ID"]),
    nominee: col("Mã đối tượng", ["Nominee ID"]),
    criterion: col("Mã tiêu chí", ["Criterion code"]),
    value: col("Giá trị", ["Value"]),
    // Beyond contract v1 (issue 7): results given per quarter in the long form.
    quarter: col("Quý", ["Quarter"]),
  },
  anyOf: [["id"], ["nominee", "criterion", "value"]],
} as const satisfies InputSpec<string>;

export const SCORES = {
  table: "ChamDiem",
  sheets: ["Chấm điểm", "Scores"],
  columns: {
    nominee: col("Mã đối tượng", ["Nominee ID"], true),
    criterion: col("Mã tiêu chí", ["Criterion code"], true),
    judge: col("Người chấm", ["Judge"], true),
    score: col("Điểm", ["Score"], true),
    // Beyond contract v1 (issue 7): the judge's own unit, whose nominees that judge's score leaves out.
    judgeUnit: col("Đơn vị người chấm", ["Judge's unit"]),
  },
} as const satisfies InputSpec<string>;

export const AWARDS = {
  table: "KhenThuong",
  sheets: ["Khen thưởng", "Awards"],
  columns: {
    name: col("Hình thức", ["Award"], true),
    precedence: col("Thứ bậc", ["Precedence"], true),
    group: col("Nhóm", ["Group"]),
    appliesTo: col("Áp dụng", ["Applies to"]),
    scope: col("Phạm vi", ["Scope"]),
    minScore: col("Điểm tối thiểu", ["Min score"]),
    maxRank: col("Hạng tối đa", ["Max rank"]),
    quota: col("Số lượng", ["Quota"]),
    condition: col("Điều kiện", ["Condition"]),
    // Beyond contract §8 (issue 7): the legal basis, cited in Giải thích when the award is proposed.
    basis: col("Căn cứ", ["Legal basis"]),
    // Beyond contract v1 (issue 18): the condition in words, as the template wrote it; checked, never written.
    conditionWords: col("Điều kiện (diễn giải)", ["Condition in words"]),
  },
} as const satisfies InputSpec<string>;

/** Beyond contract v1 (issue 7): past awards, ratings and disciplines, one row per nominee, year and award. */
export const HISTORY = {
  table: "LichSu",
  sheets: ["Lịch sử", "History"],
  columns: {
    id: col("Mã đối tượng", ["Nominee ID", "Mã"], true),
    year: col("Năm", ["Year"], true),
    award: col("Hình thức", ["Award"]),
    kind: col("Loại khen thưởng", ["Award kind"]),
    rating: col("Mức độ hoàn thành", ["Rating"]),
    discipline: col("Kỷ luật", ["Discipline"]),
  },
} as const satisfies InputSpec<string>;

/** Beyond contract v1 (issue 12 §5): the counted ballot, one row per balloted award and candidate. */
export const BALLOTS = {
  table: "PhieuBau",
  sheets: ["Phiếu bầu", "Ballots"],
  columns: {
    award: col("Hình thức", ["Award"], true),
    nominee: col("Mã đối tượng", ["Nominee ID"], true),
    name: col("Tên", ["Name"]),
    yes: col("Đồng ý", ["For"], true),
    no: col("Không đồng ý", ["Against"]),
  },
} as const satisfies InputSpec<string>;

/** Beyond contract v1 (issue 14 §1): a unit's returned report form, one row per nominee and criterion. */
export const REPORT = {
  table: "BaoCao",
  sheets: ["Báo cáo", "BaoCao", "Report"],
  columns: {
    nominee: col("Mã đối tượng", ["Nominee ID"], true),
    name: col("Tên", ["Name"]),
    criterion: col("Mã tiêu chí", ["Criterion code"], true),
    criterionName: col("Tiêu chí", ["Criterion"]),
    target: col("Chỉ tiêu", ["Target"]),
    max: col("Điểm tối đa", ["Max points"]),
    value: col("Giá trị", ["Value"], true),
    evidence: col("Minh chứng", ["Evidence"]),
    selfScore: col("Điểm tự chấm", ["Self-score"]),
  },
} as const satisfies InputSpec<string>;

export const SETTINGS = {
  table: "CauHinh",
  sheets: ["Cấu hình", "Settings"],
  columns: {
    key: col("Khóa", ["Key"], true),
    value: col("Giá trị", ["Value"], true),
  },
} as const satisfies InputSpec<string>;

/** The Vietnamese headers of an input, in the contract's order. */
export function headersOf(spec: InputSpec<string>): string[] {
  return Object.values<ColumnSpec>(spec.columns).map((c) => c.header);
}
