/** The sheets and the table the product owns and rewrites on each run; every other sheet is the council's. */
export const OUTPUT_SHEET = "Xếp hạng";
export const OUTPUT_TABLE = "XepHang";
export const PROPOSAL_SHEET = "Đề nghị khen thưởng";
/** The draft cover letter and minutes (issue 12 §2), and the ballot papers to print (§5). */
export const LETTER_SHEET = "Tờ trình";
export const MINUTES_SHEET = "Biên bản họp";
export const BALLOT_PAPER_SHEET = "In phiếu bầu";
/** The ranking and every nominee's explanation, laid out to print (issue 12 §3). */
export const RANKING_PRINT_SHEET = "In xếp hạng";
export const EXPLANATIONS_SHEET = "Giải thích";
/** A native chart of the scores per scope group (issue 12 §6). */
export const CHART_SHEET = "Biểu đồ";
/** The run's memory for the next one (issue 6 §1): hidden, data rather than reading. */
export const MEMORY_SHEET = "Bình Xét - lần trước";
export const LOG_SHEET = "Nhật ký";

/** Sheet names compare as Excel compares them: ignoring case (`XẾP HẠNG` is `Xếp hạng`). */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toUpperCase() === b.normalize("NFC").toUpperCase();
}
