import { address } from "../messages/message";
import type { Reporter } from "../messages/Reporter";
import type { Criterion, Nominee, Place } from "../model";
import type { Cell } from "../snapshot";
import { matchKey, textKey } from "../text/normalize";
import type { InputGrid } from "./findInput";
import { requireColumns, rowReader } from "./gridCells";
import { RESULTS, SCORES } from "./inputs";
import type { NomineeBook } from "./readNominees";
import type { CriteriaBook } from "./readCriteria";
import { cellText } from "./readValue";

/** A value cell and its place. */
export interface Source {
  readonly cell: Cell;
  readonly place: Place;
}

/** Per nominee index, per criterion index: its results cell; and its judge score cells. */
export interface ResultBook {
  readonly values: ReadonlyMap<number, ReadonlyMap<number, Source>>;
  readonly judged: ReadonlyMap<number, ReadonlyMap<number, readonly Source[]>>;
}

type ResultCol = keyof typeof RESULTS.columns;
type ScoreCol = keyof typeof SCORES.columns;

function resolve(criteria: CriteriaBook, n: Nominee, codeKey: string): Criterion | undefined {
  return n.kind === null ? undefined : criteria.find(n.fieldKey, codeKey);
}

/** The nominees a results row names, or a `bad-value` at its id cell (§13.4). */
function nomineesOf(
  id: Cell,
  place: Place,
  nominees: NomineeBook,
  reporter: Reporter
): readonly Nominee[] {
  const text = cellText(id);
  if (text === "") {
    reporter.add("emptyId", place);
    return [];
  }
  const found = nominees.byId(textKey(text));
  if (found.length === 0) reporter.add("unknownId", place, { id: text });
  return found;
}

/** Reads `KetQua` in the wide or the long form (contract §4, §13.4). */
export function readResults(
  grid: InputGrid<ResultCol>,
  criteria: CriteriaBook,
  nominees: NomineeBook,
  reporter: Reporter
): ResultBook | null {
  const values = new Map<number, Map<number, Source>>();
  const put = (n: Nominee, c: Criterion, source: Source) => {
    let m = values.get(n.index);
    if (!m) values.set(n.index, (m = new Map()));
    return m.has(c.index) ? false : (m.set(c.index, source), true);
  };
  const long =
    grid.columns.nominee !== undefined &&
    grid.columns.criterion !== undefined &&
    grid.columns.value !== undefined;
  if (long) {
    const firstPlace = new Map<string, Place>();
    for (const r of grid.rows) {
      const row = rowReader(grid, r, "nominee");
      for (const n of nomineesOf(row.cell("nominee"), row.place("nominee"), nominees, reporter)) {
        const code = cellText(row.cell("criterion"));
        const c = resolve(criteria, n, matchKey(code));
        if (!c) {
          if (!n.invalid)
            reporter.add("unknownCriterion", row.place("criterion"), { code }, n.index);
          continue;
        }
        const key = `${n.index}:${c.index}`;
        if (!put(n, c, { cell: row.cell("value"), place: row.place("value") })) {
          const first = firstPlace.get(key);
          if (first) reporter.add("duplicateLongRow", first, { code: c.code }, n.index);
          firstPlace.delete(key);
          reporter.add("duplicateLongRow", row.place("criterion"), { code: c.code }, n.index);
        } else firstPlace.set(key, row.place("criterion"));
      }
    }
    return { values, judged: new Map() };
  }
  if (!requireColumns(grid, RESULTS, reporter, ["id"])) return null;
  const allCodes = new Set(criteria.all.map((c) => c.codeKey));
  const codeColumns = grid.headers
    .filter((h) => allCodes.has(matchKey(h.text)))
    .map((h) => ({ col: h.col, code: h.text, codeKey: matchKey(h.text) }));
  const rowsOf = new Map<number, Place[]>();
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "id");
    for (const n of nomineesOf(row.cell("id"), row.place("id"), nominees, reporter)) {
      const places = rowsOf.get(n.index) ?? [];
      places.push(row.place("id"));
      rowsOf.set(n.index, places);
      if (places.length > 1) continue;
      for (const { col, code, codeKey } of codeColumns) {
        const cell = grid.cell(r, col);
        const place = { sheet: grid.sheet, cell: address(r, col) };
        const c = resolve(criteria, n, codeKey);
        if (c) put(n, c, { cell, place });
        else if (cell !== null && !(cell.t === "s" && cell.v.trim() === "") && !n.invalid)
          reporter.add("unknownCriterion", place, { code }, n.index);
      }
    }
  }
  for (const [index, places] of rowsOf) {
    if (places.length < 2) continue;
    const id = nominees.nominees[index]?.id ?? "";
    for (const p of places) reporter.add("duplicateResultRow", p, { id }, index);
  }
  return { values, judged: new Map() };
}

/** Reads `ChamDiem`, long form only (contract §4, §13.4). */
export function readScores(
  grid: InputGrid<ScoreCol>,
  criteria: CriteriaBook,
  nominees: NomineeBook,
  reporter: Reporter
): ReadonlyMap<number, ReadonlyMap<number, readonly Source[]>> | null {
  if (!requireColumns(grid, SCORES, reporter)) return null;
  const judged = new Map<number, Map<number, Source[]>>();
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "nominee");
    for (const n of nomineesOf(row.cell("nominee"), row.place("nominee"), nominees, reporter)) {
      const code = cellText(row.cell("criterion"));
      const c = resolve(criteria, n, matchKey(code));
      if (!c || c.type !== "points") {
        if (!n.invalid)
          reporter.add(
            c ? "notJudged" : "unknownCriterion",
            row.place("criterion"),
            { code },
            n.index
          );
        continue;
      }
      let m = judged.get(n.index);
      if (!m) judged.set(n.index, (m = new Map()));
      const list = m.get(c.index) ?? [];
      list.push({ cell: row.cell("score"), place: row.place("score") });
      m.set(c.index, list);
    }
  }
  return judged;
}
