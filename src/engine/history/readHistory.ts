import type { Reporter } from "../messages/Reporter";
import type { Place } from "../model";
import type { InputGrid } from "../read/findInput";
import { rowReader } from "../read/gridCells";
import type { HISTORY } from "../read/inputs";
import { cellText, readValueCell } from "../cell/readValue";
import { yesNoCell } from "../read/words";
import { matchKey, textKey } from "../text/normalize";

/** How an award was given: only regular (annual) awards count towards the consecutive years (NĐ 152/2025 Điều 4(3)). */
export type AwardKind = "regular" | "thematic" | "adHoc";

/** One year of one nominee's past: an award (or none), its rating, a discipline. */
export interface HistoryEntry {
  readonly idKey: string;
  readonly year: number;
  /** The award's `matchKey`, empty for a row that only gives a rating or a discipline. */
  readonly award: string;
  readonly kind: AwardKind;
  /** HTXS, HTT, HT or KHT, upper case; empty when not given. */
  readonly rating: string;
  readonly discipline: boolean;
  readonly place: Place;
}

const KINDS: ReadonlyMap<string, AwardKind> = new Map(
  (
    [
      ["Thường xuyên", "regular"],
      ["regular", "regular"],
      ["Chuyên đề", "thematic"],
      ["thematic", "thematic"],
      ["Đột xuất", "adHoc"],
      ["ad-hoc", "adHoc"],
    ] as const
  ).map(([k, v]) => [matchKey(k), v])
);
export const RATINGS = ["HTXS", "HTT", "HT", "KHT"] as const;

type Col = keyof typeof HISTORY.columns;

const header = (grid: InputGrid<Col>, c: Col) =>
  grid.headers.find((h) => h.col === grid.columns[c])?.text ?? c;

/** Reads `LichSu`: a bad year, kind or rating is `bad-value` at its cell, and the row is left out. */
export function readHistory(grid: InputGrid<Col>, reporter: Reporter): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "id");
    const id = cellText(row.cell("id"));
    if (id === "") {
      reporter.add("emptyId", row.place("id"));
      continue;
    }
    const year = readValueCell(row.cell("year"));
    const kindText = cellText(row.cell("kind"));
    const kind = kindText === "" ? "regular" : KINDS.get(matchKey(kindText));
    const rating = cellText(row.cell("rating")).toUpperCase();
    const discipline =
      cellText(row.cell("discipline")) === "" ? false : yesNoCell(row.cell("discipline"));
    const bad = (c: Col, allowed: string) =>
      reporter.add("badHistoryValue", row.place(c), {
        value: cellText(row.cell(c)),
        header: header(grid, c),
        allowed,
      });
    if (year.kind !== "number" || !Number.isInteger(year.value)) {
      bad("year", "năm, ví dụ 2024");
      continue;
    }
    if (kind === undefined) {
      bad("kind", "Thường xuyên, Chuyên đề, Đột xuất");
      continue;
    }
    if (rating !== "" && !(RATINGS as readonly string[]).includes(rating)) {
      bad("rating", RATINGS.join(", "));
      continue;
    }
    if (discipline === undefined) {
      bad("discipline", "Có, Không");
      continue;
    }
    entries.push({
      idKey: textKey(id),
      year: year.value,
      award: matchKey(cellText(row.cell("award"))),
      kind,
      rating,
      discipline,
      place: row.place("id"),
    });
  }
  return entries;
}
