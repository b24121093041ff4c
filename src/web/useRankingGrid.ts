import { useMemo, useState } from "react";
import { groupBy, type NomineeResult, scopeGroupOf } from "../engine";

/** A filter's value for "every value", and the award filter's for "no award". */
export const ALL = "\u0000all";
export const NONE = "\u0000none";

/** Vietnamese names sort by a Vietnamese collator (đ after d, tones in order). */
export const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

interface Sortable {
  readonly id: string;
  readonly compare?: (a: NomineeResult, b: NomineeResult) => number;
}

const distinct = (values: string[]) => [...new Set(values)].sort(collator.compare);

/**
 * The grid's state: the three filters with their values, the sorted column, and the rows that pass,
 * grouped by scope group (and kind) and sorted within each group.
 */
export function useRankingGrid(nominees: readonly NomineeResult[], columns: readonly Sortable[]) {
  const [field, setField] = useState(ALL);
  const [cluster, setCluster] = useState(ALL);
  const [award, setAward] = useState(ALL);
  const [sort, setSort] = useState({ column: "rank", ascending: true });
  const fields = useMemo(() => distinct(nominees.map((n) => n.nominee.field)), [nominees]);
  const clusters = useMemo(() => distinct(nominees.map((n) => n.nominee.cluster)), [nominees]);
  const awards = useMemo(() => distinct(nominees.flatMap((n) => n.awards)), [nominees]);
  const rows = nominees.filter(
    (n) =>
      (field === ALL || n.nominee.field === field) &&
      (cluster === ALL || n.nominee.cluster === cluster) &&
      (award === ALL || (award === NONE ? n.awards.length === 0 : n.awards.includes(award)))
  );
  const by = columns.find((c) => c.id === sort.column)?.compare;
  const groups = [...groupBy(rows, scopeGroupOf).values()].map((list) =>
    by ? [...list].sort((a, b) => (sort.ascending ? by(a, b) : by(b, a))) : list
  );
  return {
    field: { value: field, set: setField, options: fields },
    cluster: { value: cluster, set: setCluster, options: clusters },
    award: { value: award, set: setAward, options: awards },
    sort,
    /** A header's click: that column ascending, or the other way when it is already sorted by. */
    sortBy: (column: string) =>
      setSort({ column, ascending: sort.column === column ? !sort.ascending : true }),
    groups,
  };
}
