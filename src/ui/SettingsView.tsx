import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { Settings } from "../engine";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";

/** The settings a run used, read from `Cấu hình`: shown, not edited here, so that the sheet stays the one source. */
export function SettingsView({
  settings,
  strings,
}: {
  readonly settings: Settings;
  readonly strings: UiStrings;
}) {
  const styles = useStyles();
  const rows: [string, string][] = [
    [strings.scope, strings.scopes[settings.scope]],
    [strings.tieBreaks, settings.tieBreaks.map((t) => t.entry).join("; ") || strings.none],
    [strings.dropExtremes, settings.dropExtremes ? strings.yes : strings.no],
    [
      strings.grades,
      settings.grades.map((g) => `${g.name} ≥ ${g.threshold}`).join("; ") || strings.none,
    ],
    [
      strings.normalizeJudges,
      settings.normalizeJudges ? strings.normalizedFrom(settings.minJudgeScores) : strings.no,
    ],
    [strings.language, settings.language],
  ];
  return (
    <section className={styles.section} aria-label={strings.settings}>
      <Subtitle2 as="h2">{strings.settings}</Subtitle2>
      <ul className={styles.list}>
        {rows.map(([label, value]) => (
          <li key={label}>
            <Text>
              {label}: {value}
            </Text>
          </li>
        ))}
      </ul>
      <Caption1>{strings.settingsHint}</Caption1>
    </section>
  );
}
