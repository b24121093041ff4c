import type { Message } from "./messages/message";
import { Reporter } from "./messages/Reporter";
import type { Award, CriteriaBook, Judged, Settings } from "./model";
import { type InputGrid, findInput } from "./read/findInput";
import { requireColumns } from "./read/gridCells";
import { type Derived, applyHistory } from "./history/applyHistory";
import { historyOfRanked } from "./history/historyOfRanked";
import { readHistory } from "./history/readHistory";
import {
  AWARDS,
  BALLOTS,
  CRITERIA,
  HISTORY,
  NOMINEES,
  RESULTS,
  SCORES,
  SETTINGS,
} from "./read/inputs";
import { type BallotBook, readBallots } from "./read/readBallots";
import { readAwards } from "./read/readAwards";
import { readCriteria } from "./read/readCriteria";
import { type NomineeBook, readNominees } from "./read/readNominees";
import { findQuarterResults, readQuarterResults } from "./read/quarterResults";
import { type ResultBook, readResults, readScores } from "./read/readResults";
import { readSettings } from "./read/readSettings";
import { normalizeJudges } from "./score/normalizeJudges";
import type { WorkbookSnapshot } from "./snapshot";
import { matchKey } from "./text/normalize";

/** Everything a ranking needs, read once from a workbook: the what-ifs rank it again without reading. */
export interface Council {
  readonly settings: Settings;
  readonly criteria: CriteriaBook;
  readonly nominees: NomineeBook;
  /** The counters a history gave each nominee; null without a history. */
  readonly derived: Derived | null;
  readonly results: ResultBook;
  /** Judge scores as read, and as scored (normalised when the council asks for it). */
  readonly scored: Judged;
  readonly judged: Judged;
  readonly awards: readonly Award[];
  readonly ballot: BallotBook | null;
  /** The sheets the inputs came from, and the one the awards came from (for messages). */
  readonly inputSheets: readonly string[];
  readonly awardsSheet: string;
  /** What reading said: every ranking starts from a copy. */
  readonly reporter: Reporter;
}

export interface PastWorkbook {
  /** The file's name, for messages. */
  readonly source: string;
  readonly workbook: WorkbookSnapshot;
}

/** Reads a council from a workbook snapshot; its messages when the workbook cannot be used at all. */
export function readCouncil(
  workbook: WorkbookSnapshot,
  pastWorkbooks: readonly PastWorkbook[]
): Council | { readonly unusable: readonly Message[] } {
  const reporter = new Reporter();
  const grids = findGrids(workbook, reporter);
  const council = grids && readGrids(grids, workbook, pastWorkbooks, reporter);
  return council ?? { unusable: reporter.top };
}

type Grid<S extends { readonly columns: object }> = InputGrid<keyof S["columns"] & string>;

/** The sheets a ranking needs, found by their columns (§1); null, said, when one is missing. */
interface Grids {
  readonly criteria: Grid<typeof CRITERIA>;
  readonly nominees: Grid<typeof NOMINEES>;
  readonly settings: Grid<typeof SETTINGS> | null;
  readonly results: Grid<typeof RESULTS> | null;
  /** Without `Kết quả`, one results sheet per quarter will do (issue 7 §3). */
  readonly quarters: ReturnType<typeof findQuarterResults>;
}

function findGrids(workbook: WorkbookSnapshot, reporter: Reporter): Grids | null {
  const criteria = findInput(workbook, CRITERIA, undefined, reporter);
  const nominees = findInput(workbook, NOMINEES, undefined, reporter);
  const settings = findInput(workbook, SETTINGS, undefined, reporter);
  const codeHeaders = new Set<string>();
  if (criteria && criteria.columns.code !== undefined)
    for (const r of criteria.rows) {
      const cell = criteria.cell(r, criteria.columns.code);
      if (cell !== null) codeHeaders.add(matchKey(String(cell.v)));
    }
  const results = findInput(workbook, RESULTS, codeHeaders, reporter);
  const quarters = results ? [] : findQuarterResults(workbook, codeHeaders);
  const haveResults = results !== null || quarters.length > 0;
  for (const [found, spec] of [
    [criteria !== null, CRITERIA],
    [nominees !== null, NOMINEES],
    [haveResults, RESULTS],
  ] as const)
    if (!found)
      reporter.add("missingSheet", { sheet: spec.sheets[0], cell: "" }, { sheet: spec.sheets[0] });
  if (!criteria || !nominees || !haveResults) return null;
  const columnsOk = [
    requireColumns(criteria, CRITERIA, reporter),
    requireColumns(nominees, NOMINEES, reporter),
  ].every(Boolean);
  return columnsOk ? { criteria, nominees, settings, results, quarters } : null;
}

/** Reads every input, in the order their messages are said; null when the results cannot be read. */
function readGrids(
  grids: Grids,
  workbook: WorkbookSnapshot,
  pastWorkbooks: readonly PastWorkbook[],
  reporter: Reporter
): Council | null {
  const settings = readSettings(grids.settings, reporter);
  const criteria = readCriteria(grids.criteria, reporter);
  const { nominees, derived, historyGrid } = readNomineesWithHistory(
    grids,
    workbook,
    pastWorkbooks,
    settings,
    criteria,
    reporter
  );
  const dates = { year: settings.year, date1904: workbook.date1904 === true };
  const results = grids.results
    ? readResults(grids.results, criteria, nominees, reporter, dates)
    : readQuarterResults(grids.quarters, criteria, nominees, reporter, dates);
  if (!results) return null;
  const scoresGrid = findInput(workbook, SCORES, undefined, reporter);
  const scored = scoresGrid ? readScores(scoresGrid, criteria, nominees, reporter) : new Map();
  if (!scored) return null;
  const judged = settings.normalizeJudges
    ? normalizeJudges(scored, criteria, settings.minJudgeScores, reporter)
    : scored;
  const awardsGrid = findInput(workbook, AWARDS, undefined, reporter);
  const awards =
    awardsGrid && requireColumns(awardsGrid, AWARDS, reporter)
      ? readAwards(awardsGrid, nominees.attributes, settings, reporter)
      : [];
  const ballotsGrid = findInput(workbook, BALLOTS, undefined, reporter);
  const ballot =
    ballotsGrid && requireColumns(ballotsGrid, BALLOTS, reporter)
      ? readBallots(ballotsGrid, awards, nominees, settings, reporter)
      : null;
  const read = [
    grids.criteria,
    grids.nominees,
    grids.settings,
    grids.results,
    historyGrid,
    scoresGrid,
    awardsGrid,
    ballotsGrid,
    ...grids.quarters.map((q) => q.grid),
  ];
  const inputSheets = [...new Set(read.flatMap((g) => (g ? [g.sheet] : [])))];
  reportCellProblems(workbook, inputSheets, reporter);
  return {
    settings,
    criteria,
    nominees,
    derived,
    results,
    scored,
    judged,
    awards,
    ballot,
    inputSheets,
    awardsSheet: awardsGrid?.sheet ?? AWARDS.sheets[0],
    reporter,
  };
}

/** The nominees, with the counters their history gives when there is one (issue 7 §2), and its sheet. */
function readNomineesWithHistory(
  grids: Grids,
  workbook: WorkbookSnapshot,
  pastWorkbooks: readonly PastWorkbook[],
  settings: Settings,
  criteria: CriteriaBook,
  reporter: Reporter
): { nominees: NomineeBook; derived: Derived | null; historyGrid: Grid<typeof HISTORY> | null } {
  const read = readNominees(grids.nominees, criteria.fields, reporter);
  const historyGrid = findInput(workbook, HISTORY, undefined, reporter);
  const past = [
    ...(historyGrid && requireColumns(historyGrid, HISTORY, reporter)
      ? readHistory(historyGrid, reporter)
      : []),
    ...pastWorkbooks.flatMap((p) => historyOfRanked(p.workbook, p.source, reporter)),
  ];
  if (!historyGrid && pastWorkbooks.length === 0)
    return { nominees: read, derived: null, historyGrid };
  if (settings.year === null)
    reporter.add("historyNeedsYear", { sheet: SETTINGS.sheets[0], cell: "" });
  const { book, derived } = applyHistory(read, past, settings.year, reporter);
  return { nominees: book, derived, historyGrid };
}

/** Cells an adapter could not read (beyond Excel's grid) in the sheets the run used: errors at those cells. */
function reportCellProblems(
  workbook: WorkbookSnapshot,
  sheets: readonly string[],
  reporter: Reporter
): void {
  for (const name of sheets)
    for (const p of workbook.sheets.find((s) => s.name === name)?.problems ?? [])
      reporter.add(p.key, { sheet: name, cell: p.cell }, { cell: p.cell });
}
