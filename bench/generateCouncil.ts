import { AWARDS, CRITERIA, headersOf } from "../src/engine/read/inputs";

/** Generates a council workbook of N nominees × 40 criteria, the same every time (seeded). */
export type Rows = (string | number | null)[][];

const FIELDS = ["Bưu chính", "Viễn thông", "Chính phủ số", "An toàn thông tin mạng"];
export const CRITERIA_PER_FIELD = 37;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface CriterionSpec {
  code: string;
  type: "ratio" | "lower" | "threshold" | "bands" | "points" | "formula";
  target: number;
  max: number;
}

/** The 37 field criteria, the same shape in each field: mostly ratios, a formula among them. */
export function criterionSpecs(): CriterionSpec[] {
  const types: CriterionSpec["type"][] = [
    "ratio",
    "ratio",
    "ratio",
    "lower",
    "threshold",
    "bands",
    "points",
  ];
  return Array.from({ length: CRITERIA_PER_FIELD }, (_, i) => ({
    code: `C${i + 1}`,
    type: i === 0 ? "formula" : (types[i % types.length] as CriterionSpec["type"]),
    target: [100, 80, 70, 60, 4, 50, 0][i % 7] || 100,
    max: i % 3 === 0 ? 3 : 2,
  }));
}

export function generateCouncil(n: number, seed = 2025): Record<string, Rows> {
  const rnd = random(seed);
  const specs = criterionSpecs();
  const criteria: Rows = [headersOf(CRITERIA).slice(0, 10)];
  const typeName = {
    ratio: "Tỷ lệ",
    lower: "Tỷ lệ",
    threshold: "Ngưỡng",
    bands: "Bậc",
    points: "Chấm điểm",
    formula: "Công thức",
  };
  for (const field of FIELDS)
    for (const s of specs)
      criteria.push([
        field,
        s.code,
        `Tiêu chí ${s.code}`,
        s.code < "C2" ? "A" : "B",
        typeName[s.type],
        s.type === "points" ? null : s.target,
        s.type === "lower" ? "Thấp" : "Cao",
        s.max,
        s.type === "bands" ? "100:2; 80:1.5; 60:1" : null,
        s.type === "formula"
          ? "value >= target ? max : max(0, max - 0.05 * (target - value))"
          : null,
      ]);
  criteria.push(["Chung", "KC", "Hội đồng chấm", "C", "Chấm điểm", null, null, 10, null, null]);
  criteria.push(["Chung", "SK", "Sáng kiến", "C", "Cộng", null, null, 5, null, null]);
  criteria.push(["Chung", "VP", "Vi phạm", "C", "Trừ", null, null, 5, null, null]);

  const nominees: Rows = [
    [
      "Mã",
      "Tên",
      "Loại",
      "Lĩnh vực",
      "Khối",
      "Đơn vị",
      "Mức độ hoàn thành",
      "Tỷ lệ phiếu đồng ý (%)",
    ],
  ];
  const results: Rows = [["Mã", ...specs.map((s) => s.code), "KC", "SK", "VP"]];
  for (let i = 0; i < n; i++) {
    const id = `DV${String(i + 1).padStart(6, "0")}`;
    const grade = ["HTXS", "HTT", "HT"][Math.floor(rnd() * 3)] as string;
    nominees.push([
      id,
      `Đơn vị số ${i + 1}`,
      rnd() < 0.7 ? "Tập thể" : "Cá nhân",
      FIELDS[i % FIELDS.length] as string,
      `Cụm ${1 + (i % 50)}`,
      `Tổng công ty ${1 + (i % 7)}`,
      grade,
      Math.round(60 + rnd() * 40),
    ]);
    const values = specs.map((s) => {
      if (s.type === "points") return Math.round(rnd() * s.max * 10) / 10;
      if (s.type === "threshold") return Math.floor(rnd() * 5);
      return Math.round(s.target * (0.5 + rnd() * 0.7) * 10) / 10;
    });
    results.push([
      id,
      ...values,
      Math.round(rnd() * 100) / 10,
      rnd() < 0.2 ? 1 : null,
      rnd() < 0.1 ? 1 : null,
    ]);
  }
  const awards: Rows = [
    headersOf(AWARDS),
    [
      "Cờ thi đua cấp bộ",
      1,
      "CO",
      "Tập thể",
      "Khối",
      null,
      2,
      1,
      'muc_do_hoan_thanh == "HTXS" and ty_le_phieu_dong_y >= 80',
    ],
    [
      "Tập thể lao động xuất sắc",
      1,
      "TT",
      "Tập thể",
      "Khối",
      90,
      null,
      "20%",
      'muc_do_hoan_thanh == "HTXS"',
    ],
    [
      "Tập thể lao động tiên tiến",
      2,
      "TT",
      "Tập thể",
      "Khối",
      80,
      null,
      null,
      'muc_do_hoan_thanh == "HTXS" or muc_do_hoan_thanh == "HTT"',
    ],
    [
      "Chiến sĩ thi đua cơ sở",
      1,
      "CN",
      "Cá nhân",
      "Lĩnh vực",
      85,
      null,
      "15%",
      "ty_le_phieu_dong_y >= 80",
    ],
    ["Giấy khen", 1, "GK", "Tất cả", "Đơn vị", 85, null, 5, null],
  ];
  const settings: Rows = [
    ["Khóa", "Giá trị"],
    ["Phạm vi xếp hạng", "Khối"],
    ["Tiêu chí phụ", "A; KC"],
    ["Xếp loại", "HTXS: 95; HTT: 85; HT: 75; KHT: 0"],
  ];
  return {
    "Tiêu chí": criteria,
    "Đối tượng": nominees,
    "Kết quả": results,
    "Khen thưởng": awards,
    "Cấu hình": settings,
  };
}
