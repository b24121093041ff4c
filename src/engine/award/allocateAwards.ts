import type { RawValue } from "../expression/compileExpression";
import { Exact, ExpressionError, UNKNOWN } from "../expression/values";
import { groupBy } from "../groupBy";
import type { Reporter } from "../messages/Reporter";
import { type Attribute, type Award, KIND_TEXT, type Nominee } from "../model";
import { type Standing, rankStandings, scopeKey } from "../rank/rankNominees";

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
  | { readonly kind: "condition" };

export interface Decision {
  readonly award: Award;
  readonly outcome: Outcome;
}

export interface Allocation {
  /** Awards given, per nominee index, in group then precedence order (§13.10). */
  readonly awards: ReadonlyMap<number, readonly string[]>;
  readonly decisions: ReadonlyMap<number, readonly Decision[]>;
}

export interface NomineeFacts {
  readonly rank: number;
  readonly grade: string;
}

/** The award groups in order of first appearance, each in precedence order, ties in sheet order (§13.7). */
export function awardGroups(awards: readonly Award[]): Award[][] {
  return [...new Set(awards.map((a) => a.group))].map((g) =>
    awards
      .filter((a) => a.group === g)
      .sort((a, b) => a.precedence - b.precedence || a.index - b.index)
  );
}

/** Hands out the awards of contract §8 and §13.7, group by group, in precedence order. */
export function allocateAwards(
  awards: readonly Award[],
  standings: readonly Standing[],
  facts: ReadonlyMap<number, NomineeFacts>,
  attributes: readonly Attribute[],
  reporter: Reporter
): Allocation {
  const given = new Map<number, string[]>();
  const decisions = new Map<number, Decision[]>();
  const decide = (n: Nominee, award: Award, outcome: Outcome) => {
    const list = decisions.get(n.index);
    if (list) list.push({ award, outcome });
    else decisions.set(n.index, [{ award, outcome }]);
  };
  const headerOf = new Map(attributes.map((a) => [a.id, a.header]));
  for (const ordered of awardGroups(awards)) {
    const holder = new Map<number, string>();
    for (const award of ordered) {
      const failed = { reported: false };
      const applicable = standings.filter(
        (s) => award.appliesTo === "all" || s.score.nominee.kind === award.appliesTo
      );
      const scopes = groupBy(applicable, (s) => scopeKey(s.score.nominee, award.scope));
      for (const members of scopes.values()) {
        const { sorted, rank } = rankStandings(members);
        const quota =
          award.quota === null
            ? null
            : award.quota.share
              ? shareOf(award.quota.percent, sorted.length)
              : award.quota.count;
        let taken = 0;
        let stopped = false;
        for (let i = 0; i < sorted.length;) {
          const r = rank.get(sorted[i] as Standing) ?? 0;
          const block: Standing[] = [];
          while (i < sorted.length && rank.get(sorted[i] as Standing) === r)
            block.push(sorted[i++] as Standing);
          const candidates: { s: Standing; pending: boolean }[] = [];
          for (const s of block) {
            const n = s.score.nominee;
            const by = holder.get(n.index);
            const outcome: Outcome | null =
              by !== undefined
                ? { kind: "groupTaken", by }
                : !s.score.requiredMet
                  ? { kind: "required" }
                  : award.minScore !== null && s.scoreCents / 100 < award.minScore
                    ? { kind: "minScore", min: award.minScore }
                    : award.maxRank !== null && r > award.maxRank
                      ? { kind: "maxRank", rank: r, max: award.maxRank }
                      : null;
            if (outcome) {
              decide(n, award, outcome);
              continue;
            }
            const verdict = checkCondition(
              award,
              s,
              facts.get(n.index),
              headerOf,
              reporter,
              failed
            );
            if (verdict === false) decide(n, award, { kind: "condition" });
            else candidates.push({ s, pending: verdict === UNKNOWN });
          }
          const room = quota === null ? Infinity : quota - taken;
          if (stopped || room <= 0) {
            stopped = true;
            for (const c of candidates)
              decide(
                c.s.score.nominee,
                award,
                c.pending ? { kind: "pending" } : { kind: "quota", quota: quota ?? 0 }
              );
            continue;
          }
          if (candidates.length > room) {
            stopped = true;
            for (const c of candidates) {
              reporter.add(
                "tieAtQuota",
                c.s.score.nominee.idPlace,
                { award: award.name },
                c.s.score.nominee.index
              );
              decide(c.s.score.nominee, award, { kind: "tie" });
            }
            continue;
          }
          taken += candidates.length;
          for (const c of candidates) {
            const n = c.s.score.nominee;
            if (c.pending) {
              decide(n, award, { kind: "pending" });
              continue;
            }
            holder.set(n.index, award.name);
            const list = given.get(n.index);
            if (list) list.push(award.name);
            else given.set(n.index, [award.name]);
            decide(n, award, { kind: "given", rank: r, of: sorted.length });
          }
        }
      }
    }
  }
  return { awards: given, decisions };
}

/** floor(percent × base / 100), exactly (5 % of 9 = 0). */
function shareOf(percent: number, base: number): number {
  return new Exact(String(percent)).times(base).div(100).floor().toNumber();
}

/** The condition for one nominee: true, false or unknown; `pending` is reported for unknown (§6, §13.6). */
function checkCondition(
  award: Award,
  s: Standing,
  facts: NomineeFacts | undefined,
  headerOf: ReadonlyMap<string, string>,
  reporter: Reporter,
  failed: { reported: boolean }
): boolean | typeof UNKNOWN {
  if (!award.condition) return true;
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
      : (n.attributes.get(name) ?? UNKNOWN);
  try {
    const { value } = award.condition.evaluate(lookup);
    if (value === UNKNOWN) {
      const empty = [...award.condition.names].filter(
        (name) => !Object.hasOwn(builtIn, name) && n.attributes.get(name) === UNKNOWN
      );
      reporter.add(
        "pending",
        n.idPlace,
        { award: award.name, headers: empty.map((e) => headerOf.get(e) ?? e).join(", ") },
        n.index
      );
      return UNKNOWN;
    }
    return value === true || (typeof value === "number" && value !== 0);
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    if (!failed.reported)
      reporter.add("runtimeError", award.conditionPlace, { reason: e.message, id: n.id });
    failed.reported = true;
    return false;
  }
}
