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
import { type ReactNode, useState } from "react";
import {
  explainGap,
  formatNumber,
  type Language,
  type NomineeResult,
  placeOf,
  renderMessage,
  scopeGroupHeading,
  scopeGroupOf,
  shownScore,
} from "../engine";
import type { UiStrings } from "../ui/strings";
import { useWebStyles } from "./WebApp.styles";
import { ExplainPanel } from "../ui/ExplainPanel";

import { ALL, NONE, collator, useRankingGrid } from "./useRankingGrid";

interface Props {
  readonly nominees: readonly NomineeResult[];
  readonly strings: UiStrings;
  readonly language: Language;
}

export interface Column {
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
  // The nominee whose Giải thích is open below the grid (issue 12 §4), on demand.
  const [shown, setShown] = useState<NomineeResult | null>(null);
  const w = strings.web;
  const columns = gridColumns(strings, language, (n) => (
    <Button
      size="small"
      appearance="subtle"
      aria-expanded={shown === n}
      aria-label={`${w.show} ${w.explain.toLowerCase()}: ${n.nominee.id} ${n.nominee.name}`}
      onClick={() => setShown(shown === n ? null : n)}
    >
      {w.show}
    </Button>
  ));
  const grid = useRankingGrid(nominees, columns);
  const width = (c: Column) => (c.narrow ? styles.narrow : c.wide ? styles.wide : undefined);
  return (
    <section className={styles.section} aria-label={w.ranking}>
      <div className={styles.filters}>
        <Filter label={w.field} filter={grid.field} strings={strings} />
        <Filter label={w.cluster} filter={grid.cluster} strings={strings} />
        <Filter label={w.award} filter={grid.award} strings={strings} none />
      </div>
      <div className={styles.tableBox}>
        <Table aria-label={w.ranking} size="small" className={styles.table} sortable>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell
                  key={c.id}
                  className={width(c)}
                  {...(grid.sort.column === c.id
                    ? { sortDirection: grid.sort.ascending ? "ascending" : "descending" }
                    : {})}
                  {...(c.compare ? { onClick: () => grid.sortBy(c.id) } : {})}
                >
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {grid.groups.flatMap((list) => {
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
                      <TableCell key={c.id} className={width(c)}>
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

/** The grid's columns; the last one opens a nominee's Giải thích. */
function gridColumns(
  strings: UiStrings,
  language: Language,
  explainButton: (n: NomineeResult) => ReactNode
): Column[] {
  const w = strings.web;
  const score = (n: NomineeResult) => shownScore(n) ?? -Infinity;
  return [
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
      cell: (n) => (score(n) === -Infinity ? "" : formatNumber(score(n), language)),
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
    { id: "explain", header: w.explain, narrow: true, cell: explainButton },
  ];
}

/** One filter's drop-down: every value, and for awards "none". */
function Filter({
  label,
  filter,
  strings,
  none,
}: {
  label: string;
  filter: { value: string; set: (v: string) => void; options: readonly string[] };
  strings: UiStrings;
  none?: boolean;
}) {
  const w = strings.web;
  return (
    <Field label={label}>
      <Dropdown
        value={filter.value === ALL ? w.all : filter.value === NONE ? w.noAward : filter.value}
        selectedOptions={[filter.value]}
        onOptionSelect={(_, d) => filter.set(d.optionValue ?? ALL)}
      >
        <Option value={ALL}>{w.all}</Option>
        {none ? <Option value={NONE}>{w.noAward}</Option> : null}
        {filter.options.map((o) => (
          <Option key={o} value={o}>
            {o || "-"}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
