import { VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import { Subtitle2 } from "@fluentui/react-components";
import { formatNumber, fromCents, type Language, type NomineeResult } from "../engine";
import type { UiStrings } from "../ui/strings";
import { useWebStyles } from "./WebApp.styles";

/** Award colours: the first awards of the sheet in strong colours, no award in grey. */
const PALETTE = [
  "#c8102e",
  "#d68400",
  "#2e7d32",
  "#1565c0",
  "#6a1b9a",
  "#00838f",
  "#8d6e63",
  "#5d4037",
];
const NO_AWARD = "#9e9e9e";

/** Per scope group, the ranked nominees' scores as bars coloured by their first award. */
export function ScoreChart({
  nominees,
  strings,
  language,
}: {
  readonly nominees: readonly NomineeResult[];
  readonly strings: UiStrings;
  readonly language: Language;
}) {
  const styles = useWebStyles();
  const awards = [...new Set(nominees.flatMap((n) => n.awards.slice(0, 1)))];
  const colour = (n: NomineeResult) =>
    n.awards[0] ? (PALETTE[awards.indexOf(n.awards[0]) % PALETTE.length] as string) : NO_AWARD;
  const groups = [...new Set(nominees.map((n) => n.scope))];
  return (
    <>
      {groups.map((scope) => {
        const data: VerticalBarChartDataPoint[] = nominees
          .filter((n) => n.scope === scope && n.rank !== null && n.score.scoreCents !== null)
          .map((n) => {
            const y = fromCents(n.score.scoreCents ?? 0);
            // The figures as the page writes them (98,5 in Vietnamese), not the chart's own format.
            const score = formatNumber(y, language);
            return {
              x: n.nominee.id,
              y,
              legend: n.awards[0] ?? strings.web.noAward,
              color: colour(n),
              xAxisCalloutData: n.nominee.name,
              yAxisCalloutData: score,
              barLabel: score,
            };
          });
        return (
          <section key={scope} className={styles.section} aria-label={strings.web.chart(scope)}>
            <Subtitle2 as="h3">{strings.web.chart(scope)}</Subtitle2>
            <VerticalBarChart
              data={data}
              height={260}
              hideLegend={false}
              culture={language === "vi" ? "vi-VN" : "en-GB"}
              // Every legend shown, wrapping, in the award's own spelling (the chart capitalises each word).
              legendProps={{ enabledWrapLines: true, styles: { text: styles.legendText } }}
              chartTitle={strings.web.chart(scope)}
            />
          </section>
        );
      })}
    </>
  );
}
