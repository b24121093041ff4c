import type { Reporter } from "../messages/Reporter";
import { address } from "../messages/message";
import { OUTPUT_SHEET, OUTPUT_TABLE } from "../output/sheetNames";
import { findInput } from "../read/findInput";
import { type InputSpec, NOMINEES, SETTINGS } from "../read/inputs";
import { cellText } from "../cell/readValue";
import { readSettings } from "../read/readSettings";
import { yesNoCell } from "../read/words";
import type { WorkbookSnapshot } from "../snapshot";
import { identifier, matchKey, textKey } from "../text/normalize";
import { type HistoryEntry, RATINGS } from "./readHistory";

/** The ranking a past run wrote, read back: the id and the awards proposed. */
const RANKED = {
  table: OUTPUT_TABLE,
  sheets: [OUTPUT_SHEET],
  columns: {
    id: { header: "Mã", aliases: ["Mã"], required: true },
    awards: { header: "Đề xuất khen thưởng", aliases: ["Đề xuất khen thưởng"], required: true },
  },
} as const satisfies InputSpec<string>;

/**
 * Last years' ranked workbooks as history (issue 7 §2, `binhxet rank --history`): the year is the file's
 * `Năm xét`, the awards are those its `Xếp hạng` proposed (regular: an annual review), the rating and a
 * discipline come from its `Đối tượng` (`Mức độ hoàn thành`, `Bị kỷ luật`). Messages name the file.
 */
export function historyOfRanked(
  workbook: WorkbookSnapshot,
  source: string,
  reporter: Reporter
): HistoryEntry[] {
  const where = (sheet: string) => `${source}: ${sheet}`;
  const settings = readSettings(findInput(workbook, SETTINGS), reporter);
  const ranked = findInput(workbook, RANKED);
  if (settings.year === null) {
    reporter.add("historyNeedsYear", { sheet: where(SETTINGS.sheets[0]), cell: "" });
    return [];
  }
  if (!ranked || ranked.columns.id === undefined || ranked.columns.awards === undefined) {
    reporter.add("missingSheet", { sheet: where(OUTPUT_SHEET), cell: "" }, { sheet: OUTPUT_SHEET });
    return [];
  }
  const year = settings.year;
  const facts = nomineeFacts(workbook);
  const entries: HistoryEntry[] = [];
  for (const r of ranked.rows) {
    const id = cellText(ranked.cell(r, ranked.columns.id));
    if (id === "") continue;
    const idKey = textKey(id);
    const { rating, discipline } = facts.get(idKey) ?? { rating: "", discipline: false };
    const place = { sheet: where(OUTPUT_SHEET), cell: address(r, ranked.columns.id) };
    const awards = cellText(ranked.cell(r, ranked.columns.awards))
      .split(";")
      .map((a) => a.trim())
      .filter(Boolean);
    for (const award of awards.length > 0 ? awards : [""])
      entries.push({
        idKey,
        year,
        award: matchKey(award),
        kind: "regular",
        rating,
        discipline,
        place,
      });
  }
  return entries;
}

/** Each nominee's rating and discipline that year, from the nominees sheet's attribute columns. */
function nomineeFacts(workbook: WorkbookSnapshot) {
  const facts = new Map<string, { rating: string; discipline: boolean }>();
  const grid = findInput(workbook, NOMINEES);
  if (!grid || grid.columns.id === undefined) return facts;
  const colOf = (name: string) => grid.headers.find((h) => identifier(h.text) === name)?.col;
  const ratingCol = colOf("muc_do_hoan_thanh");
  const disciplineCol = colOf("bi_ky_luat");
  for (const r of grid.rows) {
    const rating = ratingCol === undefined ? "" : cellText(grid.cell(r, ratingCol)).toUpperCase();
    facts.set(textKey(cellText(grid.cell(r, grid.columns.id))), {
      rating: (RATINGS as readonly string[]).includes(rating) ? rating : "",
      discipline: disciplineCol !== undefined && yesNoCell(grid.cell(r, disciplineCol)) === true,
    });
  }
  return facts;
}
