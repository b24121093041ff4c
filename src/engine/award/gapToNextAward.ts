import {
  type Allocation,
  type ConditionContext,
  type FactsOf,
  type Ledger,
  type NomineeFacts,
  type Verdicts,
  awardGroups,
  conditionContext,
  screen,
  settleBlock,
} from "./allocateAwards";
import type { BallotBook } from "../read/readBallots";
import type { Attribute, Award, Nominee, Settings } from "../model";
import {
  type RankedList,
  type Standing,
  gradeAt,
  ranksAbove,
  scopeKey,
} from "../rank/rankNominees";
import { divideRounded } from "../score/cents";
import { CRITERION_TYPES, signedPoints } from "../score/criterionTypes";

/** One criterion value that alone reaches the gap: "TC03 at 92.5". */
export interface CriterionStep {
  readonly code: string;
  readonly value: number;
}

/**
 * The smallest rise of a nominee's Score (thang 100, in cents) that changes its proposal (issue 6 §2):
 * it gets `award`, or, when `tieWith` is not empty, ties at that award's quota with those nominees.
 */
export interface Gap {
  readonly cents: number;
  readonly award: string;
  readonly tieWith: readonly string[];
  readonly steps: readonly CriterionStep[];
}

/** The closest nominee below one that holds an award: how far it is from tying with it. */
export interface Chaser {
  readonly id: string;
  readonly cents: number;
}

export interface GapInputs {
  readonly awards: readonly Award[];
  readonly allocation: Allocation;
  readonly facts: FactsOf;
  /** Each rank group (settings scope and kind) in rank order, by the key `rankKey` gives. */
  readonly rankLists: ReadonlyMap<string, RankedList>;
  readonly rankKey: (n: Nominee) => string;
  readonly grades: Settings["grades"];
  readonly attributes: readonly Attribute[];
  readonly ballot: BallotBook | null;
}

/** What a nominee would get: the awards given and the awards it ties at, with whom. */
interface Proposal {
  readonly given: string[];
  readonly ties: { award: string; with: string[] }[];
}

const keyOf = (p: Proposal) =>
  `${p.given.join("\u0000")}\u0001${p.ties.map((t) => t.award).join("\u0000")}`;

/**
 * Steps (an award screened, a tied rival looked at) the search may take per nominee ranked, plus a
 * fixed allowance: a council of 16 awards needs about 500 a nominee; 1,000 award rows or thousands of
 * nominees on one score would need millions. Past the budget the rest of the gaps are left out, and
 * the run says so, so that the time stays bounded by the size of the council.
 */
export const GAP_STEPS_PER_NOMINEE = 3000;
const GAP_STEPS_BASE = 1_000_000;

/** The highest Score searched, in cents: ten million points, far past any council's scale. */
const MAX_SEARCH = 1_000_000_000;

/** The allocation's outcomes of a nominee that was a candidate for the award. */
const CANDIDATE: ReadonlySet<string> = new Set(["given", "pending", "tie", "quota"]);

/** How many of a ranking rank strictly above the probe: the ranking is sorted, so a binary search. */
function countAbove(sorted: readonly Standing[], probe: Standing): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranksAbove(sorted[mid] as Standing, probe)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For every ranked nominee, the gap to its next award, exact under the quotas as they stand.
 *
 * Why it is quick: raising one nominee's Score never changes what the nominees ranked above its new place
 * get, so its proposal at any Score is read from the allocation's ledgers (the quota used above that place)
 * plus the nominees it would tie with; a binary search over Score finds the smallest change. This assumes
 * a proposal never changes back as the Score rises, which holds unless a condition asks for a *low* score.
 */
export function gapsToNextAward(
  standings: readonly Standing[],
  inputs: GapInputs
): { gaps: Map<number, Gap>; chasers: Map<number, Chaser>; searched: number } {
  const search = new GapSearch(inputs);
  const budget = GAP_STEPS_BASE + GAP_STEPS_PER_NOMINEE * standings.length;
  const ceiling = searchCeiling(inputs);
  const indexOf = new Map(standings.map((s) => [s.score.nominee.id, s.score.nominee.index]));
  const gaps = new Map<number, Gap>();
  const chasers = new Map<number, Chaser>();
  let searched = 0;
  for (const x of standings) {
    if (search.steps > budget) break;
    searched++;
    if (!(x.scoreCents < MAX_SEARCH)) continue;
    const gap = search.gapOf(x, ceiling);
    if (!gap) continue;
    gaps.set(x.score.nominee.index, gap);
    for (const id of gap.tieWith) {
      const i = indexOf.get(id);
      if (i === undefined) continue;
      const known = chasers.get(i);
      if (!known || gap.cents < known.cents)
        chasers.set(i, { id: x.score.nominee.id, cents: gap.cents });
    }
  }
  return { gaps, chasers, searched };
}

/**
 * Beyond the highest Score of any ranking and every threshold, nothing changes any more. A threshold
 * past any Score a workbook can hold (a mistyped 1e300) is left out: the search stays in safe integers.
 */
function searchCeiling(inputs: GapInputs): number {
  let ceiling = 0;
  const consider = (cents: number) => {
    if (Number.isFinite(cents) && cents <= MAX_SEARCH) ceiling = Math.max(ceiling, cents);
  };
  for (const { sorted } of inputs.rankLists.values()) consider((sorted[0]?.scoreCents ?? 0) + 1);
  for (const a of inputs.awards) if (a.minScore !== null) consider(Math.ceil(a.minScore * 100));
  for (const g of inputs.grades) consider(Math.ceil(g.threshold * 100));
  return ceiling;
}

/** The awards a nominee can be screened for, in one award group, each with its scope group's ledger. */
type Lane = readonly {
  readonly award: Award;
  readonly at: number;
  readonly ledger: Ledger;
  readonly ordered: readonly Award[];
}[];

/** One search over the allocation: the proposal of a nominee at any Score, and its steps counted. */
class GapSearch {
  steps = 0;
  private readonly groups: Award[][];
  private readonly silent: ConditionContext;
  // The nominee being searched keeps its condition verdicts that do not move with its Score.
  private readonly own: ConditionContext & { memo: Verdicts };

  constructor(private readonly inputs: GapInputs) {
    this.groups = awardGroups(inputs.awards);
    this.silent = conditionContext(inputs.attributes, null, inputs.ballot);
    this.own = { ...this.silent, memo: new Map() };
  }

  /** The smallest Score rise that changes the proposal of `x`, by binary search; null when none does. */
  gapOf(x: Standing, ceiling: number): Gap | null {
    this.own.memo.clear();
    const lanes = this.lanesOf(x.score.nominee);
    const rankList = this.inputs.rankLists.get(this.inputs.rankKey(x.score.nominee))?.sorted ?? [];
    const at = (cents: number) => this.proposalAt(x, lanes, rankList, cents);
    const before = at(x.scoreCents);
    const base = keyOf(before);
    let hi = Math.max(ceiling, x.scoreCents + 1);
    let found = at(hi);
    if (keyOf(found) === base) return null;
    let lo = x.scoreCents;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const there = at(mid);
      if (keyOf(there) === base) lo = mid;
      else ((hi = mid), (found = there));
    }
    const tie = found.ties.find((t) => !before.ties.some((b) => b.award === t.award));
    const award = found.given.find((a) => !before.given.includes(a)) ?? tie?.award ?? "";
    const tieWith = tie && tie.award === award ? tie.with : [];
    return { cents: hi - x.scoreCents, award, tieWith, steps: stepsTo(x, hi) };
  }

  /** The award of the group an earlier one of `ordered` gave the nominee in the allocation, if any. */
  private heldBefore(m: Nominee, ordered: readonly Award[], at: number): string | undefined {
    const mine = this.inputs.allocation.awards.get(m.index);
    if (!mine) return undefined;
    for (let k = 0; k < at; k++) {
      const name = (ordered[k] as Award).name;
      if (mine.includes(name)) return name;
    }
    return undefined;
  }

  private decisionOf(n: Nominee, award: Award) {
    return this.inputs.allocation.decisions.get(n.index)?.find((d) => d.award === award)?.outcome;
  }

  /** The nominee's lanes, one per award group: found once per nominee searched. */
  private lanesOf(n: Nominee): Lane[] {
    return this.groups.map((ordered) =>
      ordered.flatMap((award, at) => {
        if (award.appliesTo !== "all" && n.kind !== award.appliesTo) return [];
        const ledger = this.inputs.allocation.ledgers.get(award)?.get(scopeKey(n, award.scope));
        return ledger ? [{ award, at, ledger, ordered }] : [];
      })
    );
  }

  /** What `x` would get at `scoreCents`, everyone else as allocated. */
  private proposalAt(
    x: Standing,
    lanes: readonly Lane[],
    rankList: readonly Standing[],
    scoreCents: number
  ): Proposal {
    const probe: Standing = { score: x.score, scoreCents, ties: x.ties };
    const probeFacts: NomineeFacts = {
      rank: 1 + countAbove(rankList, probe),
      grade: gradeAt(this.inputs.grades, scoreCents),
    };
    const factsOfProbe = { get: () => probeFacts };
    const proposal: Proposal = { given: [], ties: [] };
    for (const lane of lanes) {
      let held: string | undefined;
      // Nominees tied with the probe whose holding in this group differs from the allocation's.
      let holding: Map<number, string | undefined> | null = null;
      for (const { award, at, ledger, ordered } of lane) {
        this.steps++;
        const p = countAbove(ledger.sorted, probe);
        const screened = screen(award, probe, p + 1, held, factsOfProbe, this.own);
        if (screened.kind !== "candidate") continue;
        const room = ledger.quota === null ? Infinity : ledger.quota - (ledger.takenBefore[p] ?? 0);
        const stopped = ledger.stoppedBefore[p] ?? false;
        // The nominees tied with the probe matter only where they can make it a tie, or where this run
        // already changed who holds what; otherwise their outcome is the allocation's.
        const rivals =
          !stopped && room > 0 && (room !== Infinity || holding !== null)
            ? this.rivalsAt(probe, ledger, p, { award, at, ordered }, holding)
            : [];
        const settled = settleBlock(1 + rivals.length, room, stopped);
        if (rivals.length > 0) holding ??= new Map();
        if (settled === "tie") {
          proposal.ties.push({ award: award.name, with: rivals.map((r) => r.m.id) });
          for (const r of rivals) holding?.set(r.m.index, undefined);
        } else if (settled === "given") {
          if (!screened.pending) {
            proposal.given.push(award.name);
            held = award.name;
          }
          for (const r of rivals) if (!r.pending) holding?.set(r.m.index, award.name);
        }
      }
    }
    return proposal;
  }

  /** The candidates tied with the probe at position `p` of the award's scope group. */
  private rivalsAt(
    probe: Standing,
    ledger: Ledger,
    p: number,
    { award, at, ordered }: { award: Award; at: number; ordered: readonly Award[] },
    holding: ReadonlyMap<number, string | undefined> | null
  ): { m: Nominee; pending: boolean }[] {
    const n = probe.score.nominee;
    const rivals: { m: Nominee; pending: boolean }[] = [];
    for (let i = p; i < ledger.sorted.length; i++) {
      this.steps++;
      const s = ledger.sorted[i] as Standing;
      if (ranksAbove(probe, s)) break;
      const m = s.score.nominee;
      if (m.index === n.index) continue;
      const base = this.decisionOf(m, award);
      if (!base || (holding?.has(m.index) ? holding.get(m.index) : this.heldBefore(m, ordered, at)))
        continue;
      if (base.kind === "groupTaken") {
        const again = screen(award, s, p + 1, undefined, this.inputs.facts, this.silent);
        if (again.kind === "candidate") rivals.push({ m, pending: again.pending });
      } else if (CANDIDATE.has(base.kind)) rivals.push({ m, pending: base.kind === "pending" });
    }
    return rivals;
  }
}

/** Criteria whose value alone lifts the Score to `target` cents, easiest first (at most two). */
function stepsTo(x: Standing, target: number): CriterionStep[] {
  const { max, totalCents, criteria, points } = x.score;
  if (typeof max !== "number") return [];
  // The smallest Total whose Score, rounded as §5 rounds it, reaches the target.
  let total = Math.ceil(((target - 0.5) * max) / 10000);
  // Past safe integers (a max of 1e195 points) no step of one cent exists to name.
  if (!Number.isSafeInteger(total * 10000) || !Number.isSafeInteger(max)) return [];
  // The estimate is off by at most a cent or two either way.
  for (let k = 0; k < 4 && divideRounded(total * 10000, max) < target; k++) total++;
  for (let k = 0; k < 4 && divideRounded((total - 1) * 10000, max) >= target; k++) total--;
  const need = total - totalCents;
  const steps: { step: CriterionStep; share: number }[] = [];
  criteria.forEach((c, i) => {
    const now = points[i] ?? NaN;
    if (Number.isNaN(now) || c.broken) return;
    const wanted = now + need;
    const value = CRITERION_TYPES[c.type].inverse(c, wanted);
    if (value === null) return;
    // Checked against the type's own rule, so a step is never a rounding away from enough.
    const got = CRITERION_TYPES[c.type].score(value, undefined, c);
    const signed = typeof got === "number" ? signedPoints(c, got) : got;
    if (typeof signed !== "number" || signed < wanted) return;
    steps.push({ step: { code: c.code, value }, share: need / Math.max(1, c.max * 100 - now) });
  });
  return steps
    .sort((a, b) => a.share - b.share)
    .slice(0, 2)
    .map((s) => s.step);
}
