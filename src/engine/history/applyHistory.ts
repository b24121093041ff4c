import type { RawValue } from "../expression/compileExpression";
import { UNKNOWN } from "../expression/values";
import { groupBy } from "../groupBy";
import type { Reporter } from "../messages/Reporter";
import type { Attribute, Nominee } from "../model";
import type { NomineeBook } from "../read/readNominees";
import { COUNTERS, pastOf } from "./counters";
import type { HistoryEntry } from "./readHistory";

/** What the history gave each nominee, by nominee index: counter id → value (for the JSON and tests). */
export type Derived = ReadonlyMap<number, ReadonlyMap<string, number>>;

/**
 * Adds the counters derived from the history to every nominee's attributes. A typed attribute cell wins;
 * when it disagrees with the history, `history-mismatch` says so at that cell. A nominee absent from the
 * history has none of the awards it lists: its counters are 0 (the years since an award stay empty).
 * Without a review year nothing can be counted: the counters are known names with empty values, so the
 * conditions that read them wait (`pending`).
 */
export function applyHistory(
  book: NomineeBook,
  history: readonly HistoryEntry[],
  year: number | null,
  reporter: Reporter
): { book: NomineeBook; derived: Derived } {
  const byId = groupBy(history, (e) => e.idKey);
  const headerOf = new Map(book.attributes.map((a) => [a.id, a.header]));
  const derived = new Map<number, Map<string, number>>();
  const nominees = book.nominees.map((n): Nominee => {
    if (year === null) return n;
    const attributes = new Map<string, RawValue>(n.attributes);
    const mine = new Map<string, number>();
    const past = pastOf(byId.get(n.idKey) ?? [], year);
    for (const c of COUNTERS) {
      const value = c.count(past, year);
      if (value === null) continue;
      mine.set(c.id, value);
      const typed = n.attributes.get(c.id) ?? UNKNOWN;
      if (typed === UNKNOWN) attributes.set(c.id, value);
      else if (typed !== value)
        reporter.add(
          "historyMismatch",
          book.attributePlace(n, c.id),
          { header: headerOf.get(c.id) ?? c.header, typed: String(typed), derived: value },
          n.index
        );
    }
    derived.set(n.index, mine);
    return { ...n, attributes };
  });
  const attributes: Attribute[] = [
    ...book.attributes,
    ...COUNTERS.filter((c) => !headerOf.has(c.id)).map((c) => ({ id: c.id, header: c.header })),
  ];
  const index = groupBy(nominees, (n) => n.idKey);
  return {
    book: {
      nominees,
      attributes,
      byId: (k) => index.get(k) ?? [],
      attributePlace: book.attributePlace,
      isExample: book.isExample,
    },
    derived,
  };
}
