import type { RawValue } from "../expression/compileExpression";
import type { Ast } from "../expression/parseExpression";
import { Exact, ExpressionError, UNKNOWN } from "../expression/values";
import { reasonParams } from "../messages/reasons";
import type { Reporter } from "../messages/Reporter";
import {
  type Attribute,
  type Award,
  type Kind,
  KIND_TEXT,
  type Nominee,
  type Place,
  type Scope,
  VOTE_ATTRIBUTE,
} from "../model";
import { type BallotBook, type BallotEntry, isBalloted, voteShare } from "../read/readBallots";
import {
  type Groups,
  type Moves,
  type Places,
  placesOf,
  rankedGroups,
  topDownGroups,
} from "../rank/rankedGroups";
import { type Standing, compareStandings, scopeKey } from "../rank/rankNominees";

/** Why a nominee did or did not receive one award: data for `Giải thích`. */
export type Outcome =
  | { readonly kind: "given"; readonly rank: number; readonly of: number }
  | { readonly kind: "pending" }
  | { readonly kind: "tie" }
  | { readonly kind: "quota"; readonly quota: number }
  | { readonly kind: "groupTaken"; readonly by: string }
  | { readonly kind: "required" }
  | { readonly kind: "minScore"; readonly min: number }
  | { readonly kind: "maxRank"; readonly rank: number; readonly max: number }
  | { readonly kind: "condition"; readonly failed: Failure | null };

/** The clause of a condition that failed, and the facts it read: the words of `Giải thích` (issue 12 §4). */
export interface Failure {
  readonly clause: Ast;
  /** Each fact the clause read: its identifier, its column header (null for a built-in), its value. */
  readonly facts: readonly {
    readonly name: string;
    readonly header: string | null;
    readonly value: RawValue;
  }[];
}

export interface Decision {
  readonly award: Award;
  readonly outcome: Outcome;
}

export interface Allocation {
  /** Awards given, per nominee index, in group then precedence order (§13.10). */
  readonly awards: ReadonlyMap<number, readonly string[]>;
  readonly decisions: ReadonlyMap<number, readonly Decision[]>;
  /**
   * Per award and scope key, how the quota was used down the ranking: what the gap to an award re-reads.
   * Empty for the what-ifs (`explain: false`), which stop handing out where the quota is full.
   */
  readonly ledgers: ReadonlyMap<Award, ReadonlyMap<string, Ledger>>;
  /** The ranked scope groups, per award kind and scope: what a re-ranking starts from. */
  readonly groups: ReadonlyMap<string, Groups>;
}

/** One award in one scope group: its ranking and, at each position, the quota used by the nominees above. */
export interface Ledger {
  readonly sorted: readonly Standing[];
  readonly quota: number | null;
  /** Candidates counted against the quota before position i (length sorted.length + 1). */
  readonly takenBefore: readonly number[];
  /** True when handing out had stopped (quota full or a tie at it) before position i. */
  readonly stoppedBefore: readonly boolean[];
}

export interface NomineeFacts {
  readonly rank: number;
  readonly grade: string;
}

/** The facts of each ranked nominee, by nominee index. */
export type FactsOf = Pick<ReadonlyMap<number, NomineeFacts>, "get">;

/** The award groups in order of first appearance, each in precedence order, ties in sheet order (§13.7). */
export function awardGroups(awards: readonly Award[]): Award[][] {
  return [...new Set(awards.map((a) => a.group))].map((g) =>
    awards
      .filter((a) => a.group === g)
      .sort((a, b) => a.precedence - b.precedence || a.index - b.index)
  );
}

/** What screening a nominee for an award gives: the reason it is out, or a candidate (pending when its condition is unknown). */
export type Screening = Outcome | { readonly kind: "candidate"; readonly pending: boolean };

/** How a block of equal rank is settled: every candidate gets the award, all tie at the quota, or none is left. */
export function settleBlock(
  candidates: number,
  room: number,
  stopped: boolean
): "given" | "tie" | "full" {
  if (stopped || room <= 0) return "full";
  return candidates > room ? "tie" : "given";
}

/**
 * Screens one nominee for one award, in the order of §8: already holding one of the group, required
 * criteria, minimum score, maximum rank within the award's scope group, then the condition. With a null
 * reporter nothing is reported (the gap to an award re-screens silently).
 */
export function screen(
  award: Award,
  s: Standing,
  scopeRank: number,
  heldBy: string | undefined,
  facts: FactsOf,
  context: ConditionContext
): Screening {
  if (heldBy !== undefined) return { kind: "groupTaken", by: heldBy };
  if (!s.score.requiredMet) return { kind: "required" };
  if (award.minScore !== null && s.scoreCents / 100 < award.minScore)
    return { kind: "minScore", min: award.minScore };
  if (award.maxRank !== null && scopeRank > award.maxRank)
    return { kind: "maxRank", rank: scopeRank, max: award.maxRank };
  const memo = context.memo;
  const still = memo !== undefined && !MOVING.some((m) => award.condition?.names.has(m));
  let kept = still ? memo.get(award) : undefined;
  if (still && kept === undefined) memo.set(award, (kept = new Map()));
  const i = s.score.nominee.index;
  const known = kept?.get(i);
  // The facts are looked up only here: a what-if's re-ranked groups work theirs out when first asked.
  const verdict = known ?? checkCondition(award, s, facts.get(i), context);
  if (kept && known === undefined) kept.set(i, verdict);
  if (verdict === false) return { kind: "condition", failed: null };
  return { kind: "candidate", pending: verdict === UNKNOWN };
}

/** What a condition needs besides the nominee: attribute headers for `pending`, and where to report. */
export interface ConditionContext {
  readonly headerOf: ReadonlyMap<string, string>;
  readonly reporter: Reporter | null;
  /** Awards whose run-time error is already reported (one message per award). */
  readonly failed: Set<Award>;
  /**
   * Verdicts of conditions that read no figure of the standing (score, total, rank, grade): they hold at
   * any score, so the gap search and the what-ifs screen again without evaluating. Absent: nothing is kept.
   */
  readonly memo?: Verdicts;
  /** The counted ballot (issue 12 §5): it gives the vote share of the awards it has rows for. */
  readonly ballot: BallotBook | null;
  /** The cell of a nominee's attribute: where a `pending` message sends the user (the empty cell to fill). */
  readonly attributePlace: (n: Nominee, attribute: string) => Place;
}

/** Condition verdicts per award, per nominee index. */
export type Verdicts = Map<Award, Map<number, boolean | typeof UNKNOWN>>;

/** The built-in names whose value moves with a nominee's Score. */
const MOVING = ["score", "total", "rank", "grade"];

export function conditionContext(
  attributes: readonly Attribute[],
  reporter: Reporter | null,
  ballot: BallotBook | null,
  attributePlace: ConditionContext["attributePlace"] = (n) => n.idPlace
): ConditionContext {
  return {
    headerOf: new Map(attributes.map((a) => [a.id, a.header])),
    reporter,
    failed: new Set(),
    ballot,
    attributePlace,
  };
}

/** The ranking's groups of each kind by scope key within `scope`, as handing out reads them. */
export interface RankedScope {
  readonly scope: Scope;
  readonly byKind: ReadonlyMap<Kind, ReadonlyMap<string, Places>>;
}

export interface AllocationOptions {
  readonly ballot?: BallotBook | null;
  readonly attributePlace?: ConditionContext["attributePlace"];
  /** Kept verdicts of conditions that read no figure (see `ConditionContext.memo`). */
  readonly verdicts?: Verdicts;
  /** False for the what-ifs: the awards only, no decision to explain. */
  readonly explain?: boolean;
  /** The ranking's own lists by kind, scope key within `scope`: an award of one kind in that scope uses them. */
  readonly ranked?: RankedScope;
  /** An earlier allocation's scope groups and how the standings moved since: only moved groups rank again. */
  readonly earlier?: { readonly groups: ReadonlyMap<string, Groups>; readonly moves: Moves };
}

/** Hands out the awards of contract §8 and §13.7, group by group, in precedence order. */
export function allocateAwards(
  awards: readonly Award[],
  standings: readonly Standing[],
  facts: FactsOf,
  attributes: readonly Attribute[],
  reporter: Reporter,
  options: AllocationOptions = {}
): Allocation {
  const allocator = new Allocator(facts, attributes, reporter, standings, options);
  const ledgers = new Map<Award, Map<string, Ledger>>();
  for (const ordered of awardGroups(awards)) {
    allocator.holder.clear();
    for (const award of ordered) {
      const byScope = new Map<string, Ledger>();
      if (options.explain !== false) ledgers.set(award, byScope);
      for (const [key, list] of allocator.scopeGroups(award))
        byScope.set(key, allocator.handOut(award, list));
    }
  }
  return {
    awards: allocator.given,
    decisions: allocator.decisions,
    ledgers,
    groups: allocator.grouped,
  };
}

type Candidate = { readonly s: Standing; readonly pending: boolean };

/** One allocation's state: who holds what, and why each nominee did or did not get each award. */
class Allocator {
  readonly given = new Map<number, string[]>();
  readonly decisions = new Map<number, Decision[]>();
  /** The award of the current award group each nominee holds. */
  readonly holder = new Map<number, string>();
  private readonly context: ConditionContext;
  private readonly explain: boolean;
  private readonly ballot: BallotBook | null;
  readonly grouped = new Map<string, Groups>();
  private readonly earlier: AllocationOptions["earlier"];
  private readonly ranked: AllocationOptions["ranked"];
  private inOrder: readonly Standing[] | null = null;
  /** Each kind and scope's groups, as handing out reads them. */
  private readonly places = new Map<string, ReadonlyMap<string, Places>>();

  constructor(
    private readonly facts: FactsOf,
    attributes: readonly Attribute[],
    private readonly reporter: Reporter,
    private readonly standings: readonly Standing[],
    { ballot = null, attributePlace, verdicts, explain = true, earlier, ranked }: AllocationOptions
  ) {
    this.context = {
      ...conditionContext(attributes, reporter, ballot, attributePlace),
      ...(verdicts ? { memo: verdicts } : {}),
    };
    this.explain = explain;
    this.ballot = ballot;
    this.earlier = earlier;
    this.ranked = ranked;
  }

  /** The candidates of an award's kind, ranked within each of its scope groups: once for awards alike. */
  scopeGroups(award: Award): ReadonlyMap<string, Places> {
    const key = `${award.appliesTo}\u0000${award.scope}`;
    let places = this.places.get(key);
    if (!places) this.places.set(key, (places = this.placesFor(award, key)));
    return places;
  }

  private placesFor(award: Award, key: string): ReadonlyMap<string, Places> {
    const { appliesTo } = award;
    if (appliesTo !== "all" && award.scope === this.ranked?.scope)
      return this.ranked.byKind.get(appliesTo) ?? new Map();
    const keyOf = (s: Standing) =>
      appliesTo === "all" || s.score.nominee.kind === appliesTo
        ? scopeKey(s.score.nominee, award.scope)
        : null;
    const before = this.earlier?.groups.get(key);
    const moves = this.earlier?.moves;
    // A what-if reads each group from the top down to where the award stops: no group is sorted whole.
    if (before && moves) return topDownGroups(keyOf, { groups: before, moves });
    // In competition order once: each scope group comes out already sorted.
    const groups = rankedGroups(
      (this.inOrder ??= [...this.standings].sort(compareStandings)),
      keyOf
    );
    this.grouped.set(key, groups);
    return new Map([...groups].map(([k, list]) => [k, placesOf(list)]));
  }

  /** One award in one scope group: block by block of equal rank, down to its quota. */
  handOut(award: Award, places: Places): Ledger {
    const size = places.size;
    const quota =
      award.quota === null
        ? null
        : award.quota.share
          ? shareOf(award.quota.percent, size)
          : award.quota.count;
    const sorted: Standing[] = [];
    const takenBefore: number[] = [];
    const stoppedBefore: boolean[] = [];
    let taken = 0;
    let stopped = false;
    for (let i = 0; i < size;) {
      const r = places.rankAt(i);
      if (!this.explain && (stopped || pastEdge(award, places.at(i), r))) break;
      const block: Standing[] = [];
      while (i < size && places.rankAt(i) === r) {
        const s = places.at(i++);
        block.push(s);
        sorted.push(s);
        takenBefore.push(taken);
        stoppedBefore.push(stopped);
      }
      const candidates = this.screenBlock(award, block, r);
      const room = quota === null ? Infinity : quota - taken;
      const settled = settleBlock(candidates.length, room, stopped);
      if (settled !== "given") stopped = true;
      this.settle(award, candidates, { settled, room, quota: quota ?? 0, rank: r, of: size });
      if (settled === "given") taken += candidates.length;
    }
    takenBefore.push(taken);
    stoppedBefore.push(stopped);
    return { sorted, quota, takenBefore, stoppedBefore };
  }

  /** The block's candidates; each nominee screened out has its reason decided. */
  private screenBlock(award: Award, block: readonly Standing[], rank: number): Candidate[] {
    const candidates: Candidate[] = [];
    for (const s of block) {
      const n = s.score.nominee;
      const screened = screen(award, s, rank, this.holder.get(n.index), this.facts, this.context);
      if (screened.kind === "candidate") candidates.push({ s, pending: screened.pending });
      else if (screened.kind === "condition" && this.explain)
        this.decide(n, award, {
          kind: "condition",
          failed: failedClause(award, s, this.facts.get(n.index), this.context),
        });
      else this.decide(n, award, screened);
    }
    return candidates;
  }

  /** Gives the block's candidates the award, or says why not: quota, tie (votes may settle it), pending. */
  private settle(
    award: Award,
    candidates: readonly Candidate[],
    at: { settled: "given" | "tie" | "full"; room: number; quota: number; rank: number; of: number }
  ): void {
    const { settled, rank, of } = at;
    const votes =
      settled === "tie"
        ? byVotes(award, candidates, at.room, this.ballot, rank, this.reporter)
        : null;
    for (const c of candidates) {
      const n = c.s.score.nominee;
      const voted = votes?.get(c.s);
      if (voted === "quota") this.decide(n, award, { kind: "quota", quota: at.quota });
      else if (voted === "given") this.give(n, award, rank, of);
      else if (settled === "full")
        this.decide(n, award, c.pending ? { kind: "pending" } : { kind: "quota", quota: at.quota });
      else if (settled === "tie") {
        this.reporter.add("tieAtQuota", n.idPlace, { award: award.name }, n.index);
        this.decide(n, award, { kind: "tie" });
      } else if (c.pending) this.decide(n, award, { kind: "pending" });
      else this.give(n, award, rank, of);
    }
  }

  private give(n: Nominee, award: Award, rank: number, of: number): void {
    this.holder.set(n.index, award.name);
    const list = this.given.get(n.index);
    if (list) list.push(award.name);
    else this.given.set(n.index, [award.name]);
    this.decide(n, award, { kind: "given", rank, of });
  }

  private decide(n: Nominee, award: Award, outcome: Outcome): void {
    if (!this.explain) return;
    const list = this.decisions.get(n.index);
    if (list) list.push({ award, outcome });
    else this.decisions.set(n.index, [{ award, outcome }]);
  }
}

/**
 * More candidates than the quota at one rank, on a balloted award with every count in: the most votes
 * for take the places (TT 25/2025 Art 23); an equal count at the edge stays a tie for the chair.
 * Null when the ballot cannot settle it.
 */
function byVotes(
  award: Award,
  candidates: readonly { s: Standing; pending: boolean }[],
  room: number,
  ballot: BallotBook | null,
  rank: number,
  reporter: Reporter
): Map<Standing, "given" | "quota" | "tie"> | null {
  if (!ballot?.valid || !isBalloted(award) || candidates.some((c) => c.pending)) return null;
  const counted = candidates.map((c) => ({
    s: c.s,
    entry: ballot.of(award, c.s.score.nominee.index),
  }));
  const yes = (e: BallotEntry | undefined) => (e === undefined || e === "waiting" ? null : e.yes);
  if (counted.some((c) => yes(c.entry) === null)) return null;
  counted.sort((a, b) => (yes(b.entry) ?? 0) - (yes(a.entry) ?? 0));
  const edge = yes(counted[room - 1]?.entry) ?? Infinity;
  const next = yes(counted[room]?.entry) ?? -1;
  const votes = counted.map((c) => `${c.s.score.nominee.id} ${yes(c.entry)}`).join(", ");
  const out = new Map<Standing, "given" | "quota" | "tie">();
  for (const c of counted) {
    const v = yes(c.entry) ?? 0;
    const outcome =
      v > (edge === next ? edge : next) ? "given" : v === edge && edge === next ? "tie" : "quota";
    out.set(c.s, outcome);
    const n = c.s.score.nominee;
    reporter.add("ballotByVotes", n.idPlace, { award: award.name, rank, votes }, n.index);
  }
  return out;
}

/**
 * Down a ranking, the first place from which no nominee can get the award: below its minimum Score or
 * maximum rank. Only the explanation needs the nominees past it screened.
 */
function pastEdge(award: Award, s: Standing, rank: number): boolean {
  return (
    (award.maxRank !== null && rank > award.maxRank) ||
    (award.minScore !== null && s.scoreCents / 100 < award.minScore)
  );
}

/** floor(percent × base / 100), exactly (5 % of 9 = 0). */
function shareOf(percent: number, base: number): number {
  return new Exact(String(percent)).times(base).div(100).floor().toNumber();
}

/** The facts a condition reads for one nominee: the built-ins, the attributes, the ballot's share. */
function lookupFor(
  award: Award,
  s: Standing,
  facts: NomineeFacts | undefined,
  ballot: BallotBook | null
): { lookup: (name: string) => RawValue; builtIn: Record<string, RawValue> } {
  const n = s.score.nominee;
  const builtIn: Record<string, RawValue> = {
    score: s.scoreCents / 100,
    total: s.score.totalCents / 100,
    rank: facts?.rank ?? 0,
    kind: n.kind ? KIND_TEXT[n.kind] : "",
    field: n.field,
    cluster: n.cluster,
    unit: n.unit,
    grade: facts?.grade ?? "",
  };
  const lookup = (name: string): RawValue =>
    Object.hasOwn(builtIn, name)
      ? (builtIn[name] as RawValue)
      : name === VOTE_ATTRIBUTE
        ? voteShare(ballot, award, n)
        : (n.attributes.get(name) ?? UNKNOWN);
  return { lookup, builtIn };
}

/** The first conjunct of a failed condition that is false, with the facts it read. */
function failedClause(
  award: Award,
  s: Standing,
  facts: NomineeFacts | undefined,
  { headerOf, ballot }: ConditionContext
): Failure | null {
  if (!award.condition) return null;
  const { lookup } = lookupFor(award, s, facts, ballot);
  for (const clause of award.condition.clauses) {
    try {
      const { value } = clause.evaluate(lookup);
      if (value === false || value === 0)
        return {
          clause: clause.ast,
          facts: [...clause.names].map((name) => ({
            name,
            header: headerOf.get(name) ?? null,
            value: lookup(name),
          })),
        };
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
    }
  }
  return null;
}

/** The condition for one nominee: true, false or unknown; `pending` is reported for unknown (§6, §13.6). */
function checkCondition(
  award: Award,
  s: Standing,
  facts: NomineeFacts | undefined,
  { headerOf, reporter, failed, ballot, attributePlace }: ConditionContext
): boolean | typeof UNKNOWN {
  if (!award.condition) return true;
  const n = s.score.nominee;
  const { lookup, builtIn } = lookupFor(award, s, facts, ballot);
  try {
    const { value } = award.condition.evaluate(lookup);
    if (value === UNKNOWN) {
      const empty = [...award.condition.names].filter(
        (name) => !Object.hasOwn(builtIn, name) && lookup(name) === UNKNOWN
      );
      // Reported at the Mã cell (§13.6); the first empty cell of the row is where the user goes to fill it.
      reporter?.add(
        "pending",
        n.idPlace,
        { award: award.name, headers: empty.map((e) => headerOf.get(e) ?? e).join(", ") },
        n.index,
        empty[0] === undefined ? undefined : attributePlace(n, empty[0])
      );
      return UNKNOWN;
    }
    return value === true || (typeof value === "number" && value !== 0);
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    if (reporter && !failed.has(award))
      reporter.add("runtimeError", award.conditionPlace, { ...reasonParams(e.reason), id: n.id });
    failed.add(award);
    return false;
  }
}
