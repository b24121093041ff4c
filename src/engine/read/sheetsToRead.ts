import { matchKey } from "../text/normalize";
import { AWARDS, BALLOTS, CRITERIA, HISTORY, NOMINEES, RESULTS, SCORES, SETTINGS } from "./inputs";

// `Nguồn số liệu` (issue 14) is read too: the merge keeps its rows, the change report cites them.
const SOURCES = { sheets: ["Nguồn số liệu"], table: "NguonSoLieu" };
const INPUTS = [CRITERIA, NOMINEES, RESULTS, SCORES, AWARDS, SETTINGS, HISTORY, BALLOTS, SOURCES];
const SHEET_KEYS = new Set(INPUTS.flatMap((s) => s.sheets.map(matchKey)));
const TABLE_KEYS = new Set(INPUTS.map((s) => matchKey(s.table)));

/**
 * The sheets whose cells a run may read as inputs, from the names alone: those named like an input
 * (§1), those holding a table named like one, and the quarter sheets (`Kết quả Q1`...). An adapter
 * that pays for every cell it reads (Office.js) reads only these, and our own sheets.
 */
export function inputSheetNames(
  sheets: readonly string[],
  tables: readonly { readonly name: string; readonly sheet: string }[]
): Set<string> {
  const names = new Set<string>();
  for (const s of sheets) {
    const key = matchKey(s);
    if (SHEET_KEYS.has(key) || /^(?:ketqua|results)./.test(key)) names.add(s);
  }
  for (const t of tables) if (TABLE_KEYS.has(matchKey(t.name))) names.add(t.sheet);
  return names;
}
