import { type Message, placeOf } from "../messages/message";
import type { Reporter } from "../messages/Reporter";
import type { Award, Nominee } from "../model";
import { type Standing, scopeKey, scopeName } from "../rank/rankNominees";
import type { Allocation } from "./allocateAwards";

/** A nominee the run could not rank, with the first error that says why and where. */
export interface Unranked {
  readonly nominee: Nominee;
  readonly error: Message | null;
}

/** An award whose handing out in one scope group waits for nominees the run could not rank. */
export interface Provisional {
  readonly award: Award;
  readonly scope: string;
  readonly scopeName: string;
  readonly waiting: readonly Unranked[];
}

/**
 * The awards that are provisional (issue 12 §1): a nominee that is not ranked could rank above anyone
 * in its scope groups, so every award that applies to it is a draft in each of those groups until its
 * data is fixed. A nominee of unknown kind could take an award of either kind.
 */
export function provisionalAwards(
  awards: readonly Award[],
  unranked: readonly Unranked[]
): Provisional[] {
  const out: Provisional[] = [];
  for (const award of awards) {
    const groups = new Map<string, { name: string; waiting: Unranked[] }>();
    for (const u of unranked) {
      const n = u.nominee;
      if (award.appliesTo !== "all" && n.kind !== null && n.kind !== award.appliesTo) continue;
      const key = scopeKey(n, award.scope);
      const group = groups.get(key) ?? { name: scopeName(n, award.scope), waiting: [] };
      group.waiting.push(u);
      groups.set(key, group);
    }
    for (const [scope, g] of groups)
      out.push({ award, scope, scopeName: g.name, waiting: g.waiting });
  }
  return out;
}

/** An unranked nominee as the drafts name it: its id, and the cell of its first error. */
export function waitingText(u: Unranked, withName = false): string {
  return `${u.nominee.id}${withName ? ` ${u.nominee.name}` : ""}${u.error ? ` (${placeOf(u.error)})` : ""}`;
}

/**
 * Each draft said at the award's row, and in the Cảnh báo of each nominee whose proposal of that award
 * in that group is the draft's: one pass over the nominees' decisions, whatever the number of drafts.
 */
export function reportProvisional(
  provisional: readonly Provisional[],
  standings: readonly Standing[],
  allocation: Allocation,
  reporter: Reporter
): void {
  const params = new Map<string, { award: string; scope: string; waiting: string }>();
  for (const p of provisional) {
    const said = {
      award: p.award.name,
      scope: p.scopeName,
      waiting: p.waiting.map((u) => waitingText(u)).join(", "),
    };
    params.set(`${p.award.index}\u0000${p.scope}`, said);
    reporter.add("provisional", p.award.conditionPlace, said);
  }
  if (params.size === 0) return;
  for (const s of standings) {
    const n = s.score.nominee;
    for (const d of allocation.decisions.get(n.index) ?? []) {
      if (d.outcome.kind !== "given" && d.outcome.kind !== "tie") continue;
      const said = params.get(`${d.award.index}\u0000${scopeKey(n, d.award.scope)}`);
      if (said) reporter.add("provisionalHolder", n.idPlace, said, n.index);
    }
  }
}
