/** The sheets and the table the product owns and rewrites on each run; every other sheet is the council's. */
export const OUTPUT_SHEET = "Xếp hạng";
export const OUTPUT_TABLE = "XepHang";
export const PROPOSAL_SHEET = "Đề nghị khen thưởng";
/** The run's memory for the next one (issue 6 §1): hidden, data rather than reading. */
export const MEMORY_SHEET = "Bình Xét - lần trước";
export const LOG_SHEET = "Nhật ký";

/** Sheet names compare as Excel compares them: ignoring case (`XẾP HẠNG` is `Xếp hạng`). */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toUpperCase() === b.normalize("NFC").toUpperCase();
}
