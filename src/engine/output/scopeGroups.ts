import { PHRASES } from "../explain/phrases";
import type { Language } from "../messages/renderMessage";
import type { NomineeResult } from "../result";

/** A scope group and kind (the nominees the run could not rank apart): where a printed page breaks, a grid's group row. */
export const scopeGroupOf = (r: NomineeResult): string =>
  `${r.scope}\u0000${r.rank === null ? "unranked" : (r.nominee.kind ?? "")}`;

/** The heading of a scope group: its scope, and the kind or that it is unranked. */
export function scopeGroupHeading(r: NomineeResult, language: Language): string {
  const p = PHRASES[language];
  const kind = r.rank === null ? p.notRanked : r.nominee.kind ? p.kinds[r.nominee.kind] : "";
  return `${r.scope || p.all}${kind ? ` (${kind})` : ""}`;
}
