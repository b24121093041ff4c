import {
  type Allocation,
  type FactsOf,
  type NomineeFacts,
  type Verdicts,
  allocateAwards,
} from "./award/allocateAwards";
import { type Chaser, type Gap, gapsToNextAward } from "./award/gapToNextAward";
import { provisionalAwards, reportProvisional } from "./award/provisional";
import type { Message } from "./messages/message";
import { Reporter } from "./messages/Reporter";
import type { CriteriaBook, Criterion, Kind, Nominee, Scope, Settings } from "./model";
import { cellText } from "./cell/readValue";
import { type Council, type PastWorkbook, readCouncil } from "./readCouncil";
import { type Reweight, reweightCriteria } from "./read/readCriteria";
import { DEFAULT_SETTINGS } from "./read/readSettings";
import { type Groups, type Moves, rankedGroups } from "./rank/rankedGroups";
import {
  type RankedList,
  type Standing,
  gradeAt,
  scopeKey,
  scopeName,
  tieBreakReader,
} from "./rank/rankNominees";
import type { NomineeResult, RankResult, Reranked } from "./result";
import { rescore } from "./score/rescore";
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
  const scores = scoreAll(council, criteria, null);
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
        const place = council.results.place(r.nominee.index, c);
        return [{ code: c.code, sheet: place.sheet, cell: place.cell, text: cellText(cell) }];
      }),
  };
}

/** The ranking a what-if starts from: a nominee whose score is the same keeps its standing and group. */
interface Before {
  readonly scores: readonly NomineeScore[];
  readonly standings: readonly Standing[];
  /** The standing of each nominee index; undefined for a nominee not ranked. */
  readonly standingAt: readonly (Standing | undefined)[];
  readonly ranking: Ranking;
  readonly allocation: Allocation;
  readonly verdicts: Verdicts;
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
  return { scores, standings, standingAt, ranking, allocation, verdicts };
}

/**
 * The ranks and awards under other weights, from the ranking `before`: the what-ifs. Only the groups a
 * re-scored nominee is in rank again; no explanation, gap or message is made, and the conditions that read
 * no figure keep their verdicts.
 */
function reranked(council: Council, criteria: CriteriaBook, before: Before): Reranked {
  const scores = scoreAll(council, criteria, before.scores);
  const erred = (i: number) =>
    council.reporter.hasError(i) || (scores[i]?.messages.some(isError) ?? false);
  const silent = new Reporter();
  const standings = standingsOf(
    scores,
    council.settings,
    criteria,
    silent,
    erred,
    before.standingAt
  );
  const moves = movesSince(standings, before);
  const { facts, ranked } = rankGroups(standings, council.settings, {
    ranking: before.ranking,
    moves,
  });
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

/** Which standings differ from the ranking before. */
function movesSince(standings: readonly Standing[], { standingAt, standings: was }: Before): Moves {
  const now: Standing[] = [];
  const changed: Standing[] = [];
  const appeared: Standing[] = [];
  for (const s of standings) {
    const i = s.score.nominee.index;
    now[i] = s;
    if (standingAt[i] === s) continue;
    changed.push(s);
    if (standingAt[i] === undefined) appeared.push(s);
  }
  for (const s of was) if (now[s.score.nominee.index] === undefined) changed.push(s);
  return { now, changed, appeared };
}

/**
 * Every nominee's points. Against an earlier ranking with other weights, a nominee whose criteria kept
 * their weights keeps its score, and the others are scored again only where a weight moved.
 */
function scoreAll(
  council: Council,
  criteria: CriteriaBook,
  before: readonly NomineeScore[] | null
): NomineeScore[] {
  const { nominees, results, settings } = council;
  const reweighted = criteria !== council.criteria;
  // Normalised judge scores are clamped to the criterion's max: a new max normalises again.
  const judged =
    reweighted && settings.normalizeJudges && judgedWeightMoved(council, criteria)
      ? normalizeJudges(council.scored, criteria, settings.minJudgeScores, new Reporter())
      : council.judged;
  // Per criteria list, the positions whose criterion has another weight than before.
  const movedIn = new Map<readonly Criterion[], number[]>();
  const moved = (own: readonly Criterion[], was: readonly Criterion[]) => {
    let at = movedIn.get(own);
    if (!at) movedIn.set(own, (at = own.flatMap((c, i) => (c === was[i] ? [] : [i]))));
    return at;
  };
  return nominees.nominees.map((n, k) => {
    const own = n.kind === null ? [] : criteria.forField(n.fieldKey);
    const earlier = judged === council.judged ? before?.[k] : undefined;
    const at = earlier ? moved(own, earlier.criteria) : null;
    if (earlier && at?.length === 0) return earlier;
    const cell = (c: Criterion) => results.cell(n.index, c);
    if (earlier && at) {
      const again = rescore(earlier, own, at, { cell, judged: judged.get(n.index) });
      if (again) return again;
    }
    return scoreNominee(n, own, {
      positionOf: (code) => criteria.position(n.fieldKey, code),
      cell,
      place: (c) => results.place(n.index, c),
      judged: judged.get(n.index),
      dropExtremes: settings.dropExtremes,
    });
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
  erred: (nominee: number) => boolean,
  earlier: readonly (Standing | undefined)[] = []
): Standing[] {
  const tieValues = tieBreakReader(settings, criteria, reporter);
  const standings: Standing[] = [];
  for (const s of scores) {
    const same = earlier[s.nominee.index];
    if (same?.score === s) {
      standings.push(same);
      continue;
    }
    const n = s.nominee;
    if (n.invalid || s.scoreCents === null || s.broken.length > 0 || erred(n.index)) continue;
    standings.push({ score: s, scoreCents: s.scoreCents, ties: tieValues(s) });
  }
  return standings;
}

interface Ranking {
  readonly facts: FactsOf;
  /** The ranked list of each scope group and kind. */
  readonly lists: Map<string, RankedList>;
  /** The same lists by kind, then scope key: the groups of an award of one kind in the ranking's scope. */
  readonly ranked: { readonly scope: Scope; readonly byKind: ReadonlyMap<Kind, Groups> };
  readonly rankKey: (n: Nominee) => string;
}

/**
 * Ranks within each scope group and kind (§7), and grades each ranked nominee. From an earlier ranking,
 * only the groups with a moved standing rank again.
 */
function rankGroups(
  standings: readonly Standing[],
  settings: Settings,
  earlier?: { readonly ranking: Ranking; readonly moves: Moves }
): Ranking {
  const rankKey = (n: Nominee) => `${scopeKey(n, settings.scope)}\u0000${n.kind}`;
  const lists = rankedGroups(
    standings,
    (s) => rankKey(s.score.nominee),
    earlier && { groups: earlier.ranking.lists, moves: earlier.moves }
  );
  // From an earlier ranking, only the facts that changed are kept here; the rest are read from it.
  const base = earlier?.ranking.facts;
  const own = new Map<number, NomineeFacts | undefined>();
  for (const s of earlier?.moves.changed ?? [])
    if (earlier?.moves.now[s.score.nominee.index] === undefined)
      own.set(s.score.nominee.index, undefined);
  for (const [key, list] of lists) {
    if (base && list === earlier?.ranking.lists.get(key)) continue;
    list.sorted.forEach((s, i) => {
      const rank = list.ranks[i] ?? 0;
      const grade = gradeAt(settings.grades, s.scoreCents);
      const was = base?.get(s.score.nominee.index);
      if (was?.rank !== rank || was.grade !== grade)
        own.set(s.score.nominee.index, { rank, grade });
    });
  }
  const facts: FactsOf = base ? { get: (i) => (own.has(i) ? own.get(i) : base.get(i)) } : own;
  const byKind = new Map<Kind, Map<string, RankedList>>();
  for (const list of lists.values()) {
    const n = list.sorted[0]?.score.nominee;
    if (!n?.kind) continue;
    let groups = byKind.get(n.kind);
    if (!groups) byKind.set(n.kind, (groups = new Map()));
    groups.set(scopeKey(n, settings.scope), list);
  }
  return { facts, lists, rankKey, ranked: { scope: settings.scope, byKind } };
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
