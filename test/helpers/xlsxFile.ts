import * as XLSX from "@e965/xlsx";

/** Writes a real .xlsx file from sheets of rows, with SheetJS (another writer than ours). */
export function xlsxBytes(sheets: Record<string, (string | number | null)[][]>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

/** A small council with one bad value (U2's A) and one good nominee. */
export function badCouncil(): Uint8Array {
  return xlsxBytes({
    "Tiêu chí": [
      ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa"],
      ["Bưu chính", "A", "Tỷ lệ xã có điểm phục vụ", "Tỷ lệ", 100, 100],
    ],
    "Đối tượng": [
      ["Mã", "Tên", "Loại", "Lĩnh vực"],
      ["U1", "Bưu điện tỉnh A", "Tập thể", "Bưu chính"],
      ["U2", "Bưu điện tỉnh B", "Tập thể", "Bưu chính"],
    ],
    "Kết quả": [
      ["Mã", "A"],
      ["U1", 90],
      ["U2", "1.234"],
    ],
  });
}

/** The sheets a ranked workbook adds, after the council's own. */
export const OUR_SHEETS = [
  "Xếp hạng",
  "In xếp hạng",
  "Giải thích",
  "Đề nghị khen thưởng",
  "Tờ trình",
  "Biên bản họp",
  "Biểu đồ",
  "Bình Xét - lần trước",
  "Nhật ký",
];

/** Read back by SheetJS (another reader than ours): the input's sheets first, unchanged, then ours. */
export function expectInputsKept(input: Uint8Array, output: Uint8Array): void {
  const a = XLSX.read(input);
  const b = XLSX.read(output);
  expect(b.SheetNames).toEqual([...a.SheetNames, ...OUR_SHEETS]);
  for (const name of a.SheetNames)
    expect(XLSX.utils.sheet_to_json(b.Sheets[name] as XLSX.WorkSheet, { header: 1 })).toEqual(
      XLSX.utils.sheet_to_json(a.Sheets[name] as XLSX.WorkSheet, { header: 1 })
    );
}

/** A past year's ranked workbook: its review year, one person rated HTXS, the awards its Xếp hạng proposed. */
export function pastYear(year: number | null, awards: string): Uint8Array {
  return xlsxBytes({
    "Cấu hình": [["Khóa", "Giá trị"], ...(year === null ? [] : [["Năm xét", year]])],
    "Đối tượng": [
      ["Mã", "Tên", "Loại", "Lĩnh vực", "Mức độ hoàn thành"],
      ["CN01", "Nguyễn Văn A", "Cá nhân", "Bưu chính", "HTXS"],
    ],
    "Xếp hạng": [
      ["Hạng", "Mã", "Tên", "Đề xuất khen thưởng"],
      [1, "CN01", "Nguyễn Văn A", awards],
    ],
  });
}

/** This year's council (2025): CSTĐ cấp bộ needs 2 consecutive CSTĐCS and HTXS years, from the history. */
export function historyCouncil(): Uint8Array {
  return xlsxBytes({
    "Tiêu chí": [
      ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa"],
      ["Bưu chính", "A", "Hoàn thành nhiệm vụ", "Tỷ lệ", 100, 100],
    ],
    "Đối tượng": [
      ["Mã", "Tên", "Loại", "Lĩnh vực"],
      ["CN01", "Nguyễn Văn A", "Cá nhân", "Bưu chính"],
    ],
    "Kết quả": [
      ["Mã", "A"],
      ["CN01", 96],
    ],
    "Khen thưởng": [
      ["Hình thức", "Thứ bậc", "Điều kiện", "Căn cứ"],
      [
        "Chiến sĩ thi đua cấp bộ",
        1,
        "so_nam_cstdcs_lien_tiep >= 2 and so_nam_htxs_lien_tiep >= 2",
        "Luật TĐKT 06/2022/QH15 Điều 22",
      ],
    ],
    "Cấu hình": [
      ["Khóa", "Giá trị"],
      ["Năm xét", 2025],
    ],
  });
}
