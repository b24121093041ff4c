import type { Message } from "../messages/message";
import type { Award, Nominee } from "../model";
import { scopeKey, scopeName } from "../rank/rankNominees";

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
