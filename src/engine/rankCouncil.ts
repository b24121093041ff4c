import {
  type Allocation,
  type FactsOf,
  type NomineeFacts,
  type RankedScope,
  type Verdicts,
  allocateAwards,
} from "./award/allocateAwards";
import { type Chaser, type Gap, gapsToNextAward } from "./award/gapToNextAward";
import { provisionalAwards, reportProvisional } from "./award/provisional";
import { groupBy } from "./groupBy";
import type { Message } from "./messages/message";
import { Reporter } from "./messages/Reporter";
import type { CriteriaBook, Criterion, Judged, Kind, Nominee, Scope, Settings } from "./model";
import { cellText } from "./cell/readValue";
import { type Council, type PastWorkbook, readCouncil } from "./readCouncil";
import { type Reweight, reweightCriteria } from "./read/readCriteria";
import { DEFAULT_SETTINGS } from "./read/readSettings";
import {
  type Moves,
  type Places,
  TopDownList,
  placesOf,
  rankedGroups,
  topDownGroups,
} from "./rank/rankedGroups";
import {
  type RankedList,
  type Standing,
  type TieReader,
  gradeAt,
  scopeKey,
  scopeName,
  tieBreakReader,
} from "./rank/rankNominees";
import type { NomineeResult, RankResult, Reranked } from "./result";
import { samePointsAt } from "./score/points";
import { type Column, type RescoreInputs, plainNumber, rescore } from "./score/rescore";
import { normalizeJudges } from "./score/normalizeJudges";
import { type NomineeScore, scoreNominee } from "./score/scoreNominee";
import type { WorkbookSnapshot } from "./snapshot";

export type Phase = "read" | "score" | "rank" | "awards" | "gap";

export interface RankOptions {
  /** Told when each phase ends (the benchmark times them). */
  readonly onPhase?: (phase: Phase) => void;
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
  { onPhase = () => {}, pastWorkbooks = [], gaps = true }: RankOptions = {}
): RankResult {
  const council = readCouncil(workbook, pastWorkbooks);
  if ("unusable" in council) return unusableResult(council.unusable);
  onPhase("read");
  return rankRead(council, { onPhase, gaps });
}

function unusableResult(messages: readonly Message[]): RankResult {
  return {
    valuesOf: () => [],
    rerank: () => ({ rankOf: () => null, awards: new Map() }),
    usable: false,
    settings: DEFAULT_SETTINGS,
    nominees: [],
    messages,
    groups: [],
    criteria: null,
    awards: [],
    inputSheets: [],
    provisional: [],
    ballot: null,
  };
}

interface Steps {
  readonly onPhase: (phase: Phase) => void;
  readonly gaps: boolean;
}

/** Scores, ranks and proposes awards for a council read once. */
function rankRead(council: Council, { onPhase, gaps: withGaps }: Steps): RankResult {
  const { criteria, settings, awards, ballot, nominees } = council;
  const reporter = council.reporter.fork();
  const scores = scoreAll(council, criteria, council.judged);
  for (const s of scores) reporter.addAll(s.nominee.index, s.messages);
  onPhase("score");
  const standings = standingsOf(scores, settings, criteria, reporter, (i) => reporter.hasError(i));
  const ranking = rankGroups(standings, settings);
  onPhase("rank");
  // Verdicts of conditions that read no figure, kept for the what-ifs: they cannot change with a weight.
  const verdicts: Verdicts = new Map();
  const allocation = allocateAwards(
    awards,
    standings,
    ranking.facts,
    nominees.attributes,
    reporter,
    {
      ballot,
      attributePlace: nominees.attributePlace,
      verdicts,
      ranked: ranking.ranked,
    }
  );
  onPhase("awards");
  const found = withGaps ? findGaps(council, standings, ranking, allocation, reporter) : null;
  onPhase("gap");
  // Issue 12 §1: what a nominee left unranked makes a draft of, and each draft said at its nominees.
  const unranked = scores
    .filter((s) => ranking.facts.get(s.nominee.index) === undefined)
    .map((s) => ({
      nominee: s.nominee,
      error: reporter.of(s.nominee.index).find((m) => m.error) ?? null,
    }));
  const provisional = provisionalAwards(awards, unranked);
  reportProvisional(provisional, standings, allocation, reporter);
  const results = resultsOf(council, scores, ranking.facts, allocation, found, reporter);
  let start: Before | undefined;
  return {
    usable: true,
    settings,
    nominees: orderForOutput(results, settings),
    messages: reporter.top,
    groups: criteria.groups,
    criteria,
    awards,
    rerank: (w: Reweight) =>
      reranked(
        council,
        reweightCriteria(council.criteria, w),
        (start ??= before(scores, standings, ranking, allocation, verdicts))
      ),
    inputSheets: council.inputSheets,
    provisional,
    ballot,
    valuesOf: (r) =>
      r.score.criteria.flatMap((c) => {
        const cell = council.results.cell(r.nominee.index, c);
        if (cell === undefined) return [];
        const place = () => council.results.place(r.nominee.index, c);
        return [{ code: c.code, text: cellText(cell), place }];
      }),
  };
}

/** The ranking a what-if starts from: a nominee whose score is the same keeps its standing and group. */
interface Before {
  readonly scores: readonly NomineeScore[];
  /** The standing of each nominee index; undefined for a nominee not ranked. */
  readonly standingAt: readonly (Standing | undefined)[];
  readonly ranking: Ranking;
  readonly allocation: Allocation;
  readonly verdicts: Verdicts;
  /** The positions of the nominees of each field: a weight moves only the nominees its field holds. */
  readonly byField: ReadonlyMap<string, readonly number[]>;
  /** Per field and criterion position, its column in `byField` order, read when a weight first moves it. */
  readonly columns: Map<string, Column[]>;
}

function before(
  scores: readonly NomineeScore[],
  standings: readonly Standing[],
  ranking: Ranking,
  allocation: Allocation,
  verdicts: Verdicts
): Before {
  const standingAt: Standing[] = [];
  for (const s of standings) standingAt[s.score.nominee.index] = s;
  const byField = groupBy(
    scores.flatMap((s, k) => (s.nominee.kind === null ? [] : [k])),
    (k) => (scores[k] as NomineeScore).nominee.fieldKey
  );
  return { scores, standingAt, ranking, allocation, verdicts, byField, columns: new Map() };
}

/**
 * The ranks and awards under other weights, from the ranking `before`: the what-ifs. Only the groups a
 * re-scored nominee is in rank again; no explanation, gap or message is made, and the conditions that read
 * no figure keep their verdicts.
 */
function reranked(council: Council, criteria: CriteriaBook, before: Before): Reranked {
  const { scores, changed } = scoreMoved(council, criteria, before);
  const erred = (i: number) =>
    council.reporter.hasError(i) || (scores[i]?.messages.some(isError) ?? false);
  const silent = new Reporter();
  const moves = movesOf(
    changed.map((k) => scores[k] as NomineeScore),
    tieBreakReader(council.settings, criteria, silent),
    erred,
    before
  );
  const standings = moves.now.filter((s) => s !== undefined);
  const { facts, ranked } = rerankGroups(before.ranking, moves, council.settings);
  const { awards } = allocateAwards(
    council.awards,
    standings,
    facts,
    council.nominees.attributes,
    silent,
    {
      ballot: council.ballot,
      verdicts: before.verdicts,
      explain: false,
      ranked,
      earlier: { groups: before.allocation.groups, moves },
    }
  );
  return { rankOf: (i) => facts.get(i)?.rank ?? null, awards };
}

const isError = (m: Message) => m.error;

/**
 * The standings after the nominees `rescored` were scored again (each a new score): each of theirs is
 * new or gone (no longer rankable), and every other standing is the one before. The work follows the
 * nominees a weight moved, not the council.
 */
function movesOf(
  rescored: readonly NomineeScore[],
  tieValues: TieReader,
  erred: (nominee: number) => boolean,
  { standingAt }: Before
): Moves {
  const now = standingAt.slice();
  const changed: Standing[] = [];
  const appeared: Standing[] = [];
  for (const s of rescored) {
    const i = s.nominee.index;
    const was = standingAt[i];
    // A score taken again keeps its messages: ranked before, it is ranked now.
    const kept = was !== undefined && s.messages === was.score.messages && s.scoreCents !== null;
    if (kept || rankable(s, erred)) {
      const ties =
        kept && samePointsAt(s, was.score, tieValues.reads(s.criteria)) ? was.ties : tieValues(s);
      const standing = { score: s, scoreCents: s.scoreCents as number, ties };
      now[i] = standing;
      changed.push(standing);
      if (was === undefined) appeared.push(standing);
    } else if (was) {
      delete now[i];
      changed.push(was);
    }
  }
  return { now, changed, appeared };
}

/** Whether a score can be ranked: a valid nominee, a Max, no broken criterion, no error (§7). */
function rankable(s: NomineeScore, erred: (nominee: number) => boolean): boolean {
  const n = s.nominee;
  return !n.invalid && s.scoreCents !== null && s.broken.length === 0 && !erred(n.index);
}

/**
 * The scores under other weights, from the ranking `before`: only the nominees of a field with a moved
 * criterion are scored again (`changed`, their positions in nominee order), the others keep theirs. A
 * moved judged criterion normalises every judge score again, and every nominee is scored again.
 */
function scoreMoved(
  council: Council,
  criteria: CriteriaBook,
  before: Before
): { scores: readonly NomineeScore[]; changed: readonly number[] } {
  const { settings } = council;
  // Normalised judge scores are clamped to the criterion's max: a new max normalises again.
  if (settings.normalizeJudges && judgedWeightMoved(council, criteria)) {
    const judged = normalizeJudges(
      council.scored,
      criteria,
      settings.minJudgeScores,
      new Reporter()
    );
    const scores = scoreAll(council, criteria, judged);
    return { scores, changed: scores.map((_, k) => k) };
  }
  const scores = before.scores.slice();
  const changed: number[] = [];
  for (const [fieldKey, positions] of before.byField) {
    const own = criteria.forField(fieldKey);
    const first = before.scores[positions[0] as number] as NomineeScore;
    const at = own.flatMap((c, i) => (c === first.criteria[i] ? [] : [i]));
    if (at.length === 0) continue;
    const inputs: RescoreInputs = {
      cell: council.results.cell,
      judged: council.judged,
      columns: at.map((i) => columnOf(council, before, fieldKey, i, own[i] as Criterion)),
    };
    positions.forEach((k, row) => {
      const earlier = before.scores[k] as NomineeScore;
      scores[k] =
        rescore(earlier, own, at, inputs, row) ??
        scoreFresh(council, criteria, own, earlier.nominee, council.judged);
      changed.push(k);
    });
  }
  // In nominee order, as the standings of a fresh ranking are: groups that join keep that order.
  return { scores, changed: changed.sort((a, b) => a - b) };
}

/** Every nominee's points, from its cells (and the judge scores `judged`, as normalised for `criteria`). */
function scoreAll(council: Council, criteria: CriteriaBook, judged: Judged): NomineeScore[] {
  return council.nominees.nominees.map((n) =>
    scoreFresh(council, criteria, n.kind === null ? [] : criteria.forField(n.fieldKey), n, judged)
  );
}

/** The column of criterion position `i` of a field, in `byField` order, read once. */
function columnOf(
  council: Council,
  before: Before,
  fieldKey: string,
  i: number,
  c: Criterion
): Column {
  let columns = before.columns.get(fieldKey);
  if (!columns) before.columns.set(fieldKey, (columns = []));
  let column = columns[i];
  if (!column) {
    const positions = before.byField.get(fieldKey) ?? [];
    const values = new Float64Array(positions.length);
    const points = new Float64Array(positions.length);
    positions.forEach((k, row) => {
      const s = before.scores[k] as NomineeScore;
      values[row] = plainNumber(council.results.cell(s.nominee.index, c));
      points[row] = s.points[i] ?? NaN;
    });
    column = columns[i] = { values, points };
  }
  return column;
}

function scoreFresh(
  { results, settings }: Council,
  criteria: CriteriaBook,
  own: readonly Criterion[],
  n: Nominee,
  judged: Judged
): NomineeScore {
  return scoreNominee(n, own, {
    positionOf: (code) => criteria.position(n.fieldKey, code),
    cell: (c) => results.cell(n.index, c),
    place: (c) => results.place(n.index, c),
    judged: judged.get(n.index),
    dropExtremes: settings.dropExtremes,
  });
}

/** Whether a criterion with judge scores has another max under `criteria` than as read. */
function judgedWeightMoved(council: Council, criteria: CriteriaBook): boolean {
  const scoredCriteria = new Set<number>();
  for (const perCriterion of council.scored.values())
    for (const c of perCriterion.keys()) scoredCriteria.add(c);
  return [...scoredCriteria].some((i) => criteria.all[i] !== council.criteria.all[i]);
}

/** The nominees that can be ranked, with their tie-break values (§7, §13.9). */
function standingsOf(
  scores: readonly NomineeScore[],
  settings: Settings,
  criteria: CriteriaBook,
  reporter: Reporter,
  erred: (nominee: number) => boolean
): Standing[] {
  const tieValues = tieBreakReader(settings, criteria, reporter);
  return scores
    .filter((s) => rankable(s, erred))
    .map((s) => ({ score: s, scoreCents: s.scoreCents as number, ties: tieValues(s) }));
}

interface Ranking {
  readonly facts: FactsOf;
  /** The ranked list of each scope group and kind. */
  readonly lists: Map<string, RankedList>;
  /** The same lists by kind, then scope key: the groups of an award of one kind in the ranking's scope. */
  readonly ranked: RankedScope;
  readonly rankKey: (n: Nominee) => string;
}

/** Ranks within each scope group and kind (§7), and grades each ranked nominee. */
function rankGroups(standings: readonly Standing[], settings: Settings): Ranking {
  const rankKey = rankKeyOf(settings);
  const lists = rankedGroups(standings, (s) => rankKey(s.score.nominee));
  const places = new Map([...lists].map(([k, list]) => [k, placesOf(list)]));
  return {
    facts: factsOf(places.values(), settings),
    lists,
    rankKey,
    ranked: rankedScope(places, settings.scope),
  };
}

/**
 * The ranking again after the standings `moves`: a group none of whose members moved keeps its list, and
 * one that did is read from the top only as far as it is asked (`TopDownList`).
 */
function rerankGroups(
  ranking: Ranking,
  moves: Moves,
  settings: Settings
): Pick<Ranking, "facts" | "ranked"> {
  const places = topDownGroups((s) => ranking.rankKey(s.score.nominee), {
    groups: ranking.lists,
    moves,
  });
  return {
    facts: factsSince(places, { ranking, moves }, settings),
    ranked: rankedScope(places, settings.scope),
  };
}

function rankedScope(places: ReadonlyMap<string, Places>, scope: Scope): RankedScope {
  const byKind = new Map<Kind, Map<string, Places>>();
  for (const list of places.values()) {
    const n = list.at(0).score.nominee;
    if (!n.kind) continue;
    let groups = byKind.get(n.kind);
    if (!groups) byKind.set(n.kind, (groups = new Map()));
    groups.set(scopeKey(n, scope), list);
  }
  return { scope, byKind };
}

/** The ranking group of a nominee: its scope group and kind, worked out once per nominee. */
function rankKeyOf(settings: Settings): (n: Nominee) => string {
  const keys: string[] = [];
  return (n) => (keys[n.index] ??= `${scopeKey(n, settings.scope)}\u0000${n.kind}`);
}

/** The rank and grade of every nominee in the lists. */
function factsOf(lists: Iterable<Places>, settings: Settings): Map<number, NomineeFacts> {
  const facts = new Map<number, NomineeFacts>();
  for (const list of lists)
    for (let i = 0; i < list.size; i++) {
      const s = list.at(i);
      facts.set(s.score.nominee.index, {
        rank: list.rankAt(i),
        grade: gradeAt(settings.grades, s.scoreCents),
      });
    }
  return facts;
}

/**
 * The facts of a re-ranking: a nominee in a group that kept its list has the earlier facts, and a group
 * ranked again works its facts out when one of them is first asked for. `Độ ổn định` asks for few.
 */
function factsSince(
  places: ReadonlyMap<string, Places>,
  { ranking, moves }: { readonly ranking: Ranking; readonly moves: Moves },
  settings: Settings
): FactsOf {
  const again = new Map<Places, Map<number, NomineeFacts>>();
  return {
    get: (i) => {
      const s = moves.now[i];
      if (s === undefined) return undefined;
      const list = places.get(ranking.rankKey(s.score.nominee));
      if (!(list instanceof TopDownList)) return ranking.facts.get(i);
      let facts = again.get(list);
      if (!facts) again.set(list, (facts = factsOf([list], settings)));
      return facts.get(i);
    },
  };
}

interface Gaps {
  readonly gaps: ReadonlyMap<number, Gap>;
  readonly chasers: ReadonlyMap<number, Chaser>;
}

/** The gap to the next award of every ranked nominee (issue 6 §2), and a message when its budget ran out. */
function findGaps(
  council: Council,
  standings: readonly Standing[],
  { facts, lists, rankKey }: Ranking,
  allocation: Allocation,
  reporter: Reporter
): Gaps {
  const { gaps, chasers, searched } = gapsToNextAward(standings, {
    awards: council.awards,
    allocation,
    facts,
    rankLists: lists,
    rankKey,
    grades: council.settings.grades,
    attributes: council.nominees.attributes,
    ballot: council.ballot,
  });
  if (searched < standings.length)
    reporter.add(
      "gapBudget",
      { sheet: council.awardsSheet, cell: "A1" },
      { done: searched, total: standings.length }
    );
  return { gaps, chasers };
}

function resultsOf(
  { settings, derived }: Council,
  scores: readonly NomineeScore[],
  facts: FactsOf,
  allocation: Allocation,
  found: Gaps | null,
  reporter: Reporter
): NomineeResult[] {
  const scopeNames = new Map<string, string>();
  for (const { nominee: n } of scores) {
    const k = scopeKey(n, settings.scope);
    if (!scopeNames.has(k)) scopeNames.set(k, scopeName(n, settings.scope));
  }
  return scores.map((s) => {
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
      gap: found?.gaps.get(i) ?? null,
      derived: derived?.get(i) ?? null,
      chaser: found?.chasers.get(i) ?? null,
    };
  });
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
