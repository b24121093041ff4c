import { type Decision, allocateAwards } from "./award/allocateAwards";
import { type Provisional, provisionalAwards, reportProvisional } from "./award/provisional";
import type { Message } from "./messages/message";
import { Reporter } from "./messages/Reporter";
import type { Award, Nominee, Settings } from "./model";
import { groupBy } from "./groupBy";
import { findInput } from "./read/findInput";
import { cellText } from "./read/readValue";
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
import { type CriteriaBook, type Reweight, readCriteria } from "./read/readCriteria";
import { readNominees } from "./read/readNominees";
import { findQuarterResults, readQuarterResults } from "./read/quarterResults";
import { readResults, readScores } from "./read/readResults";
import { DEFAULT_SETTINGS, readSettings } from "./read/readSettings";
import {
  type Standing,
  gradeAt,
  rankStandings,
  scopeKey,
  scopeName,
  tieBreakReader,
} from "./rank/rankNominees";
import { normalizeJudges } from "./score/normalizeJudges";
import { type NomineeScore, scoreNominee } from "./score/scoreNominee";
import type { WorkbookSnapshot } from "./snapshot";
import { type Chaser, type Gap, gapsToNextAward } from "./whatif/gapToNextAward";
import { matchKey } from "./text/normalize";

/** One nominee's result (contract §9, §12). Figures in cents; null for a nominee with errors. */
export interface NomineeResult {
  readonly nominee: Nominee;
  readonly scope: string;
  readonly rank: number | null;
  readonly score: NomineeScore;
  readonly grade: string | null;
  readonly awards: readonly string[];
  readonly decisions: readonly Decision[];
  readonly messages: readonly Message[];
  /** The smallest Score rise that changes the proposal; null when none does (issue 6 §2). */
  readonly gap: Gap | null;
  /** For a nominee holding an award: the closest nominee below, one tie away. */
  readonly chaser: Chaser | null;
  /** The counters its history gave (issue 7 §2); null without a history. */
  readonly derived: ReadonlyMap<string, number> | null;
}

export interface RankResult {
  /** False when the workbook cannot be used at all (exit 2). */
  readonly usable: boolean;
  readonly settings: Settings;
  /** In the output sheet's row order (§13.10). */
  readonly nominees: readonly NomineeResult[];
  /** Messages that belong to no single nominee. */
  readonly messages: readonly Message[];
  /** Every criterion group, in sheet order: one subtotal column each. */
  readonly groups: readonly string[];
  readonly criteria: CriteriaBook | null;
  readonly awards: readonly Award[];
  /** The results cells a nominee's points came from, as typed: what "what changed" compares between runs. */
  valuesOf(nominee: NomineeResult): readonly InputValue[];
  /** The same workbook and history ranked again with other weights: the what-ifs of issue 6. */
  rerank(reweight: Reweight): RankResult;
  /** The sheets the run read its inputs from: what the log's fingerprint covers. */
  readonly inputSheets: readonly string[];
  /** Awards that are drafts in a scope group, for a nominee there the run could not rank (issue 12 §1). */
  readonly provisional: readonly Provisional[];
  /** The counted ballot, when the workbook has `Phiếu bầu` (issue 12 §5). */
  readonly ballot: BallotBook | null;
}

export interface InputValue {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

export type Phase = "read" | "score" | "rank" | "awards" | "gap";

export interface PastWorkbook {
  /** The file's name, for messages. */
  readonly source: string;
  readonly workbook: WorkbookSnapshot;
}

export interface RankOptions {
  /** Told when each phase ends (the benchmark times them). */
  readonly onPhase?: (phase: Phase) => void;
  /** Weights changed for a what-if. */
  readonly reweight?: Reweight;
  /** Last years' ranked workbooks, read as history besides the workbook's own `Lịch sử`. */
  readonly pastWorkbooks?: readonly PastWorkbook[];
  /** False to skip the gap to the next award (the what-ifs compare awards only). */
  readonly gaps?: boolean;
}

/**
 * The whole contract: reads the inputs of a workbook snapshot, scores, ranks
 * and proposes awards. Pure: values in, results out.
 */
export function rankCouncil(
  workbook: WorkbookSnapshot,
  { onPhase = () => {}, reweight, pastWorkbooks = [], gaps: withGaps = true }: RankOptions = {}
): RankResult {
  const reporter = new Reporter();
  const rerank = (w: Reweight) =>
    rankCouncil(workbook, { reweight: w, pastWorkbooks, gaps: false });
  const unusable = (): RankResult => ({
    valuesOf: () => [],
    rerank,
    usable: false,
    settings: DEFAULT_SETTINGS,
    nominees: [],
    messages: reporter.top,
    groups: [],
    criteria: null,
    awards: [],
    inputSheets: [],
    provisional: [],
    ballot: null,
  });
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
  const criteria = readCriteria(criteriaGrid, reporter, reweight);
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
  onPhase("read");
  const scores = nominees.nominees.map((n) =>
    scoreNominee(
      n,
      n.kind === null ? [] : criteria.forField(n.fieldKey),
      {
        positionOf: (code) => criteria.position(n.fieldKey, code),
        cell: (c) => results.cell(n.index, c),
        place: (c) => results.place(n.index, c),
        judged: judged.get(n.index),
        dropExtremes: settings.dropExtremes,
      },
      reporter
    )
  );
  onPhase("score");
  const tieValues = tieBreakReader(settings, criteria, reporter);
  const standings: Standing[] = [];
  for (const s of scores) {
    const n = s.nominee;
    if (n.invalid || s.scoreCents === null || s.broken.length > 0 || reporter.hasError(n.index))
      continue;
    standings.push({ score: s, scoreCents: s.scoreCents, ties: tieValues(s) });
  }

  // Ranks within each scope group and kind (§7).
  const rankOf = new Map<number, number>();
  const rankKey = (n: Nominee) => `${scopeKey(n, settings.scope)}\u0000${n.kind}`;
  const rankLists = new Map<string, Standing[]>();
  for (const [key, list] of groupBy(standings, (s) => rankKey(s.score.nominee))) {
    const { sorted, rank } = rankStandings(list);
    rankLists.set(key, sorted);
    for (const [s, r] of rank) rankOf.set(s.score.nominee.index, r);
  }
  const facts = new Map(
    standings.map((s) => [
      s.score.nominee.index,
      {
        rank: rankOf.get(s.score.nominee.index) ?? 0,
        grade: gradeAt(settings.grades, s.scoreCents),
      },
    ])
  );
  onPhase("rank");
  const allocation = allocateAwards(
    awards,
    standings,
    facts,
    nominees.attributes,
    reporter,
    ballot,
    nominees.attributePlace
  );
  onPhase("awards");
  const { gaps, chasers, searched } = withGaps
    ? gapsToNextAward(standings, {
        awards,
        allocation,
        facts,
        rankLists,
        rankKey,
        grades: settings.grades,
        attributes: nominees.attributes,
        ballot,
      })
    : {
        gaps: new Map<number, Gap>(),
        chasers: new Map<number, Chaser>(),
        searched: standings.length,
      };
  if (searched < standings.length)
    reporter.add(
      "gapBudget",
      { sheet: awardsGrid?.sheet ?? AWARDS.sheets[0], cell: "A1" },
      { done: searched, total: standings.length }
    );
  onPhase("gap");

  // Issue 12 §1: what a nominee left unranked makes a draft of, and each draft said at its nominees.
  const unranked = scores
    .filter((s) => !facts.has(s.nominee.index))
    .map((s) => ({
      nominee: s.nominee,
      error: reporter.of(s.nominee.index).find((m) => m.error) ?? null,
    }));
  const provisional = provisionalAwards(awards, unranked);
  reportProvisional(provisional, standings, allocation, reporter);
  const scopeNames = new Map<string, string>();
  for (const n of nominees.nominees) {
    const k = scopeKey(n, settings.scope);
    if (!scopeNames.has(k)) scopeNames.set(k, scopeName(n, settings.scope));
  }
  const results_: NomineeResult[] = scores.map((s) => {
    const i = s.nominee.index;
    const ranked = facts.get(i);
    return {
      nominee: s.nominee,
      scope: scopeNames.get(scopeKey(s.nominee, settings.scope)) ?? "",
      rank: ranked ? ranked.rank : null,
      score: s,
      grade: ranked && settings.grades.length > 0 ? ranked.grade || null : null,
      awards: allocation.awards.get(i) ?? [],
      decisions: allocation.decisions.get(i) ?? [],
      messages: reporter.of(i),
      gap: gaps.get(i) ?? null,
      derived: derived?.get(i) ?? null,
      chaser: chasers.get(i) ?? null,
    };
  });
  return {
    usable: true,
    settings,
    nominees: orderForOutput(results_, settings),
    messages: reporter.top,
    groups: criteria.groups,
    criteria,
    awards,
    rerank,
    inputSheets,
    provisional,
    ballot,
    valuesOf: (r) =>
      r.score.criteria.flatMap((c) => {
        const cell = results.cell(r.nominee.index, c);
        if (cell === undefined) return [];
        const place = results.place(r.nominee.index, c);
        return [{ code: c.code, sheet: place.sheet, cell: place.cell, text: cellText(cell) }];
      }),
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

/** §13.10: scope groups by first appearance; ranked collectives, ranked individuals, then errors, collectives first. */
function orderForOutput(list: NomineeResult[], settings: Settings): NomineeResult[] {
  const groupOrder = new Map<string, number>();
  for (const r of list) {
    const k = scopeKey(r.nominee, settings.scope);
    if (!groupOrder.has(k)) groupOrder.set(k, groupOrder.size);
  }
  const kindOrder = (r: NomineeResult) =>
    r.nominee.kind === "collective" ? 0 : r.nominee.kind === "individual" ? 1 : 2;
  const byId = (a: NomineeResult, b: NomineeResult) =>
    a.nominee.id < b.nominee.id
      ? -1
      : a.nominee.id > b.nominee.id
        ? 1
        : a.nominee.index - b.nominee.index;
  return [...list].sort(
    (a, b) =>
      (groupOrder.get(scopeKey(a.nominee, settings.scope)) ?? 0) -
        (groupOrder.get(scopeKey(b.nominee, settings.scope)) ?? 0) ||
      (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0) ||
      kindOrder(a) - kindOrder(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      byId(a, b)
  );
}
