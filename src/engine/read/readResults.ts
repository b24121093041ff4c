import { address } from "../messages/message";
import type { Reporter } from "../messages/Reporter";
import type { CriteriaBook, Criterion, JudgeScore, Judged, Nominee, Place } from "../model";
import type { Cell } from "../snapshot";
import { matchKey, textKey } from "../text/normalize";
import type { InputGrid } from "./findInput";
import { requireColumns, rowReader } from "./gridCells";
import { RESULTS, SCORES } from "./inputs";
import type { NomineeBook } from "./readNominees";
import { parseQuarter, rollUp } from "./quarters";
import { cellText } from "../cell/readValue";

/**
 * Where each nominee's results are. Cells are looked up, not copied: a
 * council of 100,000 nominees × 40 criteria allocates nothing per cell here.
 */
export interface ResultBook {
  /** The results cell of a nominee for a criterion; undefined when there is none. */
  cell(nominee: number, c: Criterion): Cell | undefined;
  place(nominee: number, c: Criterion): Place;
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
  if (found.length === 0 && !nominees.isExample(textKey(text)))
    reporter.add("unknownId", place, { id: text });
  return found;
}

const isEmpty = (cell: Cell) => cell === null || (cell.t === "s" && cell.v.trim() === "");

/**
 * The long form: one row per nominee and criterion, or with a `Quý` column one per quarter, rolled up by
 * the criterion's `Gộp quý` (issue 7 §3). A repeated row (the same quarter twice) is `duplicate-id`.
 */
function readLongForm(
  grid: InputGrid<ResultCol>,
  criteria: CriteriaBook,
  nominees: NomineeBook,
  reporter: Reporter,
  dates: { readonly year: number | null; readonly date1904: boolean }
): ResultBook {
  const { criterion: criterionCol = 0, value: valueCol = 0, quarter: quarterCol } = grid.columns;
  const width = criteria.all.length;
  const rowsOf = new Map<number, { row: number; quarter: number }[]>();
  const reported = new Set<number>();
  const noRule = new Set<Criterion>();
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "nominee");
    let quarter = 0;
    if (quarterCol !== undefined && cellText(row.cell("quarter")) !== "") {
      quarter = parseQuarter(row.cell("quarter")) ?? -1;
      if (quarter < 0) {
        reporter.add("badQuarter", row.place("quarter"), { value: cellText(row.cell("quarter")) });
        continue;
      }
    }
    for (const n of nomineesOf(row.cell("nominee"), row.place("nominee"), nominees, reporter)) {
      const code = cellText(row.cell("criterion"));
      const c = resolve(criteria, n, matchKey(code));
      if (!c) {
        if (!n.invalid) reporter.add("unknownCriterion", row.place("criterion"), { code }, n.index);
        continue;
      }
      const key = n.index * width + c.index;
      const list = rowsOf.get(key) ?? [];
      rowsOf.set(key, list);
      const first = list.find((x) => x.quarter === quarter);
      list.push({ row: r, quarter });
      if (quarter > 0 && c.rollup === null && !noRule.has(c)) {
        noRule.add(c);
        reporter.add("quarterNoRule", c.codePlace, { code: c.code });
      }
      if (first === undefined) continue;
      list.pop();
      if (!reported.has(key))
        reporter.add(
          "duplicateLongRow",
          { sheet: grid.sheet, cell: address(first.row, criterionCol) },
          { code: c.code },
          n.index
        );
      reported.add(key);
      reporter.add("duplicateLongRow", row.place("criterion"), { code: c.code }, n.index);
    }
  }
  const found = (nominee: number, c: Criterion): { cell: Cell; row: number } | undefined => {
    const list = rowsOf.get(nominee * width + c.index);
    if (!list || list.length === 0) return undefined;
    const only = list[0] as { row: number; quarter: number };
    if (list.length === 1 && only.quarter === 0)
      return { cell: grid.cell(only.row, valueCol), row: only.row };
    const sorted = [...list].sort((a, b) => a.quarter - b.quarter);
    const { cell, at } = rollUp(
      sorted.map((x) => ({ quarter: x.quarter, cell: grid.cell(x.row, valueCol) })),
      c,
      dates.year,
      dates.date1904
    );
    return { cell, row: (sorted[at] ?? only).row };
  };
  return {
    cell: (nominee, c) => found(nominee, c)?.cell,
    place: (nominee, c) => ({
      sheet: grid.sheet,
      cell: address(found(nominee, c)?.row ?? 0, valueCol),
    }),
  };
}

/** Reads `KetQua` in the wide or the long form (contract §4, §13.4). */
export function readResults(
  grid: InputGrid<ResultCol>,
  criteria: CriteriaBook,
  nominees: NomineeBook,
  reporter: Reporter,
  dates: { readonly year: number | null; readonly date1904: boolean } = {
    year: null,
    date1904: false,
  }
): ResultBook | null {
  const { nominee: nomineeCol, criterion: criterionCol, value: valueCol } = grid.columns;
  if (nomineeCol !== undefined && criterionCol !== undefined && valueCol !== undefined)
    return readLongForm(grid, criteria, nominees, reporter, dates);
  if (!requireColumns(grid, RESULTS, reporter, ["id"])) return null;
  const codeColumns = grid.headers.map((h) => ({
    col: h.col,
    code: h.text,
    codeKey: matchKey(h.text),
  }));
  const colOf = new Int32Array(criteria.all.length).fill(-1);
  for (const c of criteria.all)
    colOf[c.index] = codeColumns.find((h) => h.codeKey === c.codeKey)?.col ?? -1;
  // Per field, the code columns that belong to other fields: a value there is unknown-criterion.
  const allCodes = new Set(criteria.all.map((c) => c.codeKey));
  const foreign = new Map<string, typeof codeColumns>();
  const foreignOf = (n: Nominee) => {
    let list = foreign.get(n.fieldKey);
    if (!list)
      foreign.set(
        n.fieldKey,
        (list = codeColumns.filter(
          (h) => allCodes.has(h.codeKey) && !criteria.find(n.fieldKey, h.codeKey)
        ))
      );
    return list;
  };
  const rowOf = new Int32Array(nominees.nominees.length).fill(-1);
  const duplicates = new Map<number, number[]>();
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "id");
    for (const n of nomineesOf(row.cell("id"), row.place("id"), nominees, reporter)) {
      if (rowOf[n.index] !== -1) {
        duplicates.set(n.index, [...(duplicates.get(n.index) ?? [rowOf[n.index] as number]), r]);
        continue;
      }
      rowOf[n.index] = r;
      if (n.invalid) continue;
      for (const { col, code } of foreignOf(n))
        if (!isEmpty(grid.cell(r, col)))
          reporter.add(
            "unknownCriterion",
            { sheet: grid.sheet, cell: address(r, col) },
            { code },
            n.index
          );
    }
  }
  const idCol = grid.columns.id ?? grid.left;
  for (const [index, rows] of duplicates)
    for (const r of rows)
      reporter.add(
        "duplicateResultRow",
        { sheet: grid.sheet, cell: address(r, idCol) },
        { id: nominees.nominees[index]?.id ?? "" },
        index
      );
  return {
    cell: (nominee, c) => {
      const r = rowOf[nominee] ?? -1;
      const col = colOf[c.index] ?? -1;
      return r < 0 || col < 0 ? undefined : grid.cell(r, col);
    },
    place: (nominee, c) => ({
      sheet: grid.sheet,
      cell: address(rowOf[nominee] ?? 0, colOf[c.index] ?? 0),
    }),
  };
}

/** Reads `ChamDiem`, long form only (contract §4, §13.4). */
export function readScores(
  grid: InputGrid<ScoreCol>,
  criteria: CriteriaBook,
  nominees: NomineeBook,
  reporter: Reporter
): Judged | null {
  if (!requireColumns(grid, SCORES, reporter)) return null;
  const judged = new Map<number, Map<number, JudgeScore[]>>();
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
      const unit = textKey(cellText(row.cell("judgeUnit")));
      list.push({
        cell: row.cell("score"),
        place: row.place("score"),
        judge: cellText(row.cell("judge")),
        conflict: unit !== "" && [n.unitKey, n.idKey, textKey(n.name)].includes(unit),
      });
      m.set(c.index, list);
    }
  }
  return judged;
}
