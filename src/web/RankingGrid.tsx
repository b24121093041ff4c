import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Dropdown,
  Field,
  Option,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { explainGap } from "../engine/explain/explainGap";
import { formatNumber } from "../engine/explain/phrases";
import type { Language } from "../engine/messages/renderMessage";
import type { NomineeResult } from "../engine/rankCouncil";
import { placeOf } from "../engine/messages/message";
import { renderMessage } from "../engine/messages/renderMessage";
import { fromCents } from "../engine/score/cents";
import type { UiStrings } from "../taskpane/strings";
import { useWebStyles } from "./WebApp.styles";
import { ExplainPanel } from "../taskpane/ExplainPanel";

const ALL = "\u0000all";
/** Starting widths in pixels: narrow figures, room for names, awards and the gap. */
const WIDTHS = {
  rank: { idealWidth: 56, minWidth: 48 },
  id: { idealWidth: 84, minWidth: 64 },
  name: { idealWidth: 220, minWidth: 120 },
  cluster: { idealWidth: 170, minWidth: 100 },
  score: { idealWidth: 72, minWidth: 60 },
  awards: { idealWidth: 240, minWidth: 120 },
  gap: { idealWidth: 280, minWidth: 140 },
  explain: { idealWidth: 96, minWidth: 80 },
};
const NONE = "\u0000none";

/** Vietnamese names sort by a Vietnamese collator (đ after d, tones in order). */
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

interface Props {
  readonly nominees: readonly NomineeResult[];
  readonly strings: UiStrings;
  readonly language: Language;
}

/** The ranking as a sortable table, filtered by field, cluster and award. */
export function RankingGrid({ nominees, strings, language }: Props) {
  const styles = useWebStyles();
  const [field, setField] = useState(ALL);
  const [cluster, setCluster] = useState(ALL);
  const [award, setAward] = useState(ALL);
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
  const columns: TableColumnDefinition<NomineeResult>[] = [
    createTableColumn({
      columnId: "rank",
      compare: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
      renderHeaderCell: () => w.rank,
      renderCell: (n) => n.rank ?? "",
    }),
    createTableColumn({
      columnId: "id",
      compare: (a, b) => collator.compare(a.nominee.id, b.nominee.id),
      renderHeaderCell: () => w.id,
      renderCell: (n) => n.nominee.id,
    }),
    createTableColumn({
      columnId: "name",
      compare: (a, b) => collator.compare(a.nominee.name, b.nominee.name),
      renderHeaderCell: () => w.name,
      renderCell: (n) => n.nominee.name,
    }),
    createTableColumn({
      columnId: "cluster",
      compare: (a, b) => collator.compare(a.scope, b.scope),
      renderHeaderCell: () => w.cluster,
      renderCell: (n) => n.nominee.cluster,
    }),
    createTableColumn({
      columnId: "score",
      compare: (a, b) => score(a) - score(b),
      renderHeaderCell: () => w.score,
      renderCell: (n) =>
        score(n) === -Infinity ? "" : formatNumber(fromCents(score(n)), language),
    }),
    createTableColumn({
      columnId: "awards",
      compare: (a, b) => collator.compare(a.awards.join(), b.awards.join()),
      renderHeaderCell: () => w.awards,
      // A nominee the run could not rank shows why, and where, instead of an empty row.
      renderCell: (n) => {
        const error = n.rank === null ? n.messages.find((m) => m.error) : undefined;
        return error ? `${placeOf(error)}: ${renderMessage(error, language)}` : n.awards.join("; ");
      },
    }),
    createTableColumn({
      columnId: "gap",
      compare: (a, b) => (a.gap?.cents ?? Infinity) - (b.gap?.cents ?? Infinity),
      renderHeaderCell: () => w.gap,
      renderCell: (n) => explainGap(n, language),
    }),
    createTableColumn({
      columnId: "explain",
      renderHeaderCell: () => w.explain,
      renderCell: (n) => (
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
    }),
  ];
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
      <DataGrid
        items={rows}
        columns={columns}
        sortable
        resizableColumns
        columnSizingOptions={WIDTHS}
        getRowId={(n: NomineeResult) => `${n.nominee.index}`}
        aria-label={w.ranking}
        className={styles.grid}
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell }) => (
              <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<NomineeResult>>
          {({ item, rowId }) => (
            <DataGridRow<NomineeResult> key={rowId}>
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
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
