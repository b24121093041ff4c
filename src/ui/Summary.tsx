import { Badge, Subtitle2, Text } from "@fluentui/react-components";
import type { RunSummary, Stability } from "../engine";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";

/** After ranking: counts, awards by type, ties and pending votes for the council's meeting. */
export function Summary({
  summary,
  stability,
  strings,
}: {
  readonly summary: RunSummary;
  readonly stability?: Stability | null;
  readonly strings: UiStrings;
}) {
  const styles = useStyles();
  const awards = summary.awards.filter((a) => a.count > 0);
  const people = (list: RunSummary["ties"]) =>
    list.map((t) => ({ key: `${t.id}-${t.award}`, text: `${t.id} ${t.name}: ${t.award}` }));
  return (
    <section className={styles.section} aria-label={strings.summary}>
      <Counts summary={summary} strings={strings} />
      {stability && <Text>{strings.stability(stability.stable, stability.ranked)}</Text>}
      <Subtitle2 as="h2">{strings.awards}</Subtitle2>
      {awards.length === 0 && <Text>{strings.noAwards}</Text>}
      <Lines
        title={null}
        lines={awards.map((a) => ({ key: a.award, text: `${a.award}: ${a.count}` }))}
      />
      <Lines title={strings.ties} lines={people(summary.ties)} />
      <Lines
        title={strings.nearest}
        lines={summary.nearest.map((t) => ({ key: t.id, text: `${t.id} ${t.name}: ${t.gap}` }))}
      />
      <Lines title={strings.awaitingVote} lines={people(summary.awaitingVote)} />
      <Lines title={strings.pending} lines={people(summary.pending)} />
    </section>
  );
}

/** Green only when every nominee is ranked with nothing to say; red and amber only when there are some. */
function Counts({ summary, strings }: { summary: RunSummary; strings: UiStrings }) {
  const styles = useStyles();
  return (
    <div className={styles.counts}>
      <Badge
        appearance="filled"
        color={summary.withErrors > 0 ? "danger" : summary.warnings > 0 ? "warning" : "success"}
      >
        {strings.rankedCount(summary.ranked, summary.nominees)}
      </Badge>
      {summary.withErrors > 0 && (
        <Badge appearance="tint" color="danger">
          {strings.errorsCount(summary.withErrors)}
        </Badge>
      )}
      {summary.warnings > 0 && (
        <Badge appearance="tint" color="warning">
          {strings.warningsCount(summary.warnings)}
        </Badge>
      )}
    </div>
  );
}

/** A titled list, left out when empty. */
function Lines({
  title,
  lines,
}: {
  title: string | null;
  lines: readonly { key: string; text: string }[];
}) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <>
      {title && <Subtitle2 as="h2">{title}</Subtitle2>}
      <ul className={styles.list}>
        {lines.map((l) => (
          <li key={l.key}>
            <Text>{l.text}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}
