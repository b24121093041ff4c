import {
  Button,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import {
  explainGap,
  formatNumber,
  fromCents,
  groupBy,
  type Language,
  type NomineeResult,
  placeOf,
  renderMessage,
  scopeGroupHeading,
  scopeGroupOf,
} from "../engine";
import type { UiStrings } from "../ui/strings";
import { useWebStyles } from "./WebApp.styles";
import { ExplainPanel } from "../ui/ExplainPanel";

const ALL = "\u0000all";
const NONE = "\u0000none";

/** Vietnamese names sort by a Vietnamese collator (đ after d, tones in order). */
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

interface Props {
  readonly nominees: readonly NomineeResult[];
  readonly strings: UiStrings;
  readonly language: Language;
}

interface Column {
  readonly id: string;
  readonly header: string;
  readonly compare?: (a: NomineeResult, b: NomineeResult) => number;
  readonly cell: (n: NomineeResult) => ReactNode;
  /** Figures stay on one line; texts wrap, names and awards kept readable. */
  readonly narrow?: boolean;
  readonly wide?: boolean;
}

/** The attribute a message's address link finds the nominee's row by (the web page has no cells to select). */
export const NOMINEE_ROW = "data-nominee";

/**
 * The ranking as a table, a header row for each scope group (and kind), sortable within groups and
 * filtered by field, cluster and award. It scrolls sideways in its own box, never widening the page.
 */
export function RankingGrid({ nominees, strings, language }: Props) {
  const styles = useWebStyles();
  const [field, setField] = useState(ALL);
  const [cluster, setCluster] = useState(ALL);
  const [award, setAward] = useState(ALL);
  const [sort, setSort] = useState<{ column: string; ascending: boolean }>({
    column: "rank",
    ascending: true,
  });
  // The nominee whose Giải thích is open below the grid (issue 12 §4), on demand.
  const [shown, setShown] = useState<NomineeResult | null>(null);
  const distinct = (values: string[]) => [...new Set(values)].sort(collator.compare);
  const fields = useMemo(() => distinct(nominees.map((n) => n.nominee.field)), [nominees]);
  const clusters = useMemo(() => distinct(nominees.map((n) => n.nominee.cluster)), [nominees]);
  const awards = useMemo(() => distinct(nominees.flatMap((n) => n.awards)), [nominees]);
  const rows = nominees.filter(
    (n) =>
      (field === ALL || n.nominee.field === field) &&
      (cluster === ALL || n.nominee.cluster === cluster) &&
      (award === ALL || (award === NONE ? n.awards.length === 0 : n.awards.includes(award)))
  );
  const score = (n: NomineeResult) =>
    n.rank !== null && n.score.scoreCents !== null ? n.score.scoreCents : -Infinity;
  const w = strings.web;
  const columns: Column[] = [
    {
      id: "rank",
      header: w.rank,
      narrow: true,
      compare: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
      cell: (n) => n.rank ?? "",
    },
    {
      id: "id",
      header: w.id,
      narrow: true,
      compare: (a, b) => collator.compare(a.nominee.id, b.nominee.id),
      cell: (n) => n.nominee.id,
    },
    {
      id: "name",
      header: w.name,
      wide: true,
      compare: (a, b) => collator.compare(a.nominee.name, b.nominee.name),
      cell: (n) => n.nominee.name,
    },
    {
      id: "score",
      header: w.score,
      narrow: true,
      compare: (a, b) => score(a) - score(b),
      cell: (n) => (score(n) === -Infinity ? "" : formatNumber(fromCents(score(n)), language)),
    },
    {
      id: "awards",
      header: w.awards,
      wide: true,
      compare: (a, b) => collator.compare(a.awards.join(), b.awards.join()),
      // A nominee the run could not rank shows why, and where, instead of an empty row.
      cell: (n) => {
        const error = n.rank === null ? n.messages.find((m) => m.error) : undefined;
        return error ? `${placeOf(error)}: ${renderMessage(error, language)}` : n.awards.join("; ");
      },
    },
    {
      id: "gap",
      header: w.gap,
      compare: (a, b) => (a.gap?.cents ?? Infinity) - (b.gap?.cents ?? Infinity),
      cell: (n) => explainGap(n, language),
    },
    {
      id: "explain",
      header: w.explain,
      narrow: true,
      cell: (n) => (
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={shown === n}
          aria-label={`${w.show} ${w.explain.toLowerCase()}: ${n.nominee.id} ${n.nominee.name}`}
          onClick={() => setShown(shown === n ? null : n)}
        >
          {w.show}
        </Button>
      ),
    },
  ];
  const by = columns.find((c) => c.id === sort.column)?.compare;
  const groups = [...groupBy(rows, scopeGroupOf).values()].map((list) =>
    by ? [...list].sort((a, b) => (sort.ascending ? by(a, b) : by(b, a))) : list
  );
  const filter = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: string[],
    none?: boolean
  ) => (
    <Field label={label}>
      <Dropdown
        value={value === ALL ? w.all : value === NONE ? w.noAward : value}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => set(d.optionValue ?? ALL)}
      >
        <Option value={ALL}>{w.all}</Option>
        {none ? <Option value={NONE}>{w.noAward}</Option> : null}
        {options.map((o) => (
          <Option key={o} value={o}>
            {o || "-"}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <section className={styles.section} aria-label={w.ranking}>
      <div className={styles.filters}>
        {filter(w.field, field, setField, fields)}
        {filter(w.cluster, cluster, setCluster, clusters)}
        {filter(w.award, award, setAward, awards, true)}
      </div>
      <div className={styles.tableBox}>
        <Table aria-label={w.ranking} size="small" className={styles.table} sortable>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell
                  key={c.id}
                  className={c.narrow ? styles.narrow : c.wide ? styles.wide : undefined}
                  {...(sort.column === c.id
                    ? { sortDirection: sort.ascending ? "ascending" : "descending" }
                    : {})}
                  {...(c.compare
                    ? {
                        onClick: () =>
                          setSort({
                            column: c.id,
                            ascending: sort.column === c.id ? !sort.ascending : true,
                          }),
                      }
                    : {})}
                >
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.flatMap((list) => {
              const first = list[0] as NomineeResult;
              return [
                <TableRow key={`group-${scopeGroupOf(first)}`} className={styles.groupRow}>
                  <TableCell colSpan={columns.length}>
                    <strong>{scopeGroupHeading(first, language)}</strong>
                  </TableCell>
                </TableRow>,
                ...list.map((n) => (
                  <TableRow
                    key={n.nominee.index}
                    {...{ [NOMINEE_ROW]: n.nominee.id }}
                    tabIndex={-1}
                  >
                    {columns.map((c) => (
                      <TableCell
                        key={c.id}
                        className={c.narrow ? styles.narrow : c.wide ? styles.wide : undefined}
                      >
                        {c.cell(n)}
                      </TableCell>
                    ))}
                  </TableRow>
                )),
              ];
            })}
          </TableBody>
        </Table>
      </div>
      {shown && (
        <ExplainPanel
          nominee={shown}
          language={language}
          title={`${w.explain}: ${shown.nominee.id} ${shown.nominee.name}`}
        />
      )}
    </section>
  );
}
