import type { Message } from "./messages/message";
import { Reporter } from "./messages/Reporter";
import type { Award, CriteriaBook, Judged, Settings } from "./model";
import { findInput } from "./read/findInput";
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
  const unusable = () => ({ unusable: reporter.top });
  const criteriaGrid = findInput(workbook, CRITERIA, undefined, reporter);
  const nomineesGrid = findInput(workbook, NOMINEES, undefined, reporter);
  const settingsGrid = findInput(workbook, SETTINGS, undefined, reporter);
  const codeHeaders = new Set<string>();
  if (criteriaGrid && criteriaGrid.columns.code !== undefined)
    for (const r of criteriaGrid.rows) {
      const cell = criteriaGrid.cell(r, criteriaGrid.columns.code);
      if (cell !== null) codeHeaders.add(matchKey(String(cell.v)));
    }
  const resultsGrid = findInput(workbook, RESULTS, codeHeaders, reporter);
  // Without `Kết quả`, one results sheet per quarter will do (issue 7 §3).
  const quarterGrids = resultsGrid ? [] : findQuarterResults(workbook, codeHeaders);
  const haveResults = resultsGrid !== null || quarterGrids.length > 0;
  for (const [found, spec] of [
    [criteriaGrid !== null, CRITERIA],
    [nomineesGrid !== null, NOMINEES],
    [haveResults, RESULTS],
  ] as const)
    if (!found)
      reporter.add("missingSheet", { sheet: spec.sheets[0], cell: "" }, { sheet: spec.sheets[0] });
  if (!criteriaGrid || !nomineesGrid || !haveResults) return unusable();
  const columnsOk = [
    requireColumns(criteriaGrid, CRITERIA, reporter),
    requireColumns(nomineesGrid, NOMINEES, reporter),
  ].every(Boolean);
  if (!columnsOk) return unusable();

  const settings = readSettings(settingsGrid, reporter);
  const criteria = readCriteria(criteriaGrid, reporter);
  const read = readNominees(nomineesGrid, criteria.fields, reporter);
  const historyGrid = findInput(workbook, HISTORY, undefined, reporter);
  const past = [
    ...(historyGrid && requireColumns(historyGrid, HISTORY, reporter)
      ? readHistory(historyGrid, reporter)
      : []),
    ...pastWorkbooks.flatMap((p) => historyOfRanked(p.workbook, p.source, reporter)),
  ];
  let derived: Derived | null = null;
  let nominees = read;
  if (historyGrid || pastWorkbooks.length > 0) {
    if (settings.year === null)
      reporter.add("historyNeedsYear", { sheet: SETTINGS.sheets[0], cell: "" });
    ({ book: nominees, derived } = applyHistory(read, past, settings.year, reporter));
  }
  const dates = { year: settings.year, date1904: workbook.date1904 === true };
  const results = resultsGrid
    ? readResults(resultsGrid, criteria, nominees, reporter, dates)
    : readQuarterResults(quarterGrids, criteria, nominees, reporter, dates);
  if (!results) return unusable();
  const scoresGrid = findInput(workbook, SCORES, undefined, reporter);
  const scored = scoresGrid ? readScores(scoresGrid, criteria, nominees, reporter) : new Map();
  if (!scored) return unusable();
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

  const inputSheets = [
    ...new Set(
      [
        criteriaGrid,
        nomineesGrid,
        settingsGrid,
        resultsGrid,
        historyGrid,
        scoresGrid,
        awardsGrid,
        ballotsGrid,
      ]
        .concat(quarterGrids.map((q) => q.grid))
        .flatMap((g) => (g ? [g.sheet] : []))
    ),
  ];
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
