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
  const people = (list: RunSummary["ties"]) => (
    <ul className={styles.list}>
      {list.map((t) => (
        <li key={`${t.id}-${t.award}`}>
          <Text>
            {t.id} {t.name}: {t.award}
          </Text>
        </li>
      ))}
    </ul>
  );
  return (
    <section className={styles.section} aria-label={strings.summary}>
      <div className={styles.counts}>
        {/* Green only when every nominee is ranked with nothing to say; red and amber only when there are some. */}
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
      {stability && <Text>{strings.stability(stability.stable, stability.ranked)}</Text>}
      <Subtitle2 as="h2">{strings.awards}</Subtitle2>
      {awards.length === 0 ? (
        <Text>{strings.noAwards}</Text>
      ) : (
        <ul className={styles.list}>
          {awards.map((a) => (
            <li key={a.award}>
              <Text>
                {a.award}: {a.count}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {summary.ties.length > 0 && (
        <>
          <Subtitle2 as="h2">{strings.ties}</Subtitle2>
          {people(summary.ties)}
        </>
      )}
      {summary.nearest.length > 0 && (
        <>
          <Subtitle2 as="h2">{strings.nearest}</Subtitle2>
          <ul className={styles.list}>
            {summary.nearest.map((t) => (
              <li key={t.id}>
                <Text>
                  {t.id} {t.name}: {t.gap}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.awaitingVote.length > 0 && (
        <>
          <Subtitle2 as="h2">{strings.awaitingVote}</Subtitle2>
          {people(summary.awaitingVote)}
        </>
      )}
      {summary.pending.length > 0 && (
        <>
          <Subtitle2 as="h2">{strings.pending}</Subtitle2>
          {people(summary.pending)}
        </>
      )}
    </section>
  );
}
