import { Dropdown, Field, Option, Slider, Subtitle2, Text } from "@fluentui/react-components";
import { formatNumber, type Language } from "../engine";
import type { WhatIfModel } from "./PaneHost";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";
import { useWhatIf } from "./useWhatIf";

/** Moves listed at most; the rest are counted. */
const SHOWN = 15;

/**
 * The weight what-if (issue 6 §4): pick a criterion or a group, move its weight from 50 % to 150 % and see
 * who would change rank or award. It only re-ranks the values read at the last run: nothing is written,
 * and the pane says which cell to edit to make the change for real.
 */
export function WhatIf({
  model,
  strings,
  language,
}: {
  readonly model: WhatIfModel;
  readonly strings: UiStrings;
  readonly language: Language;
}) {
  const styles = useStyles();
  const { target, setKey, percent, setPercent, moves, newMax } = useWhatIf(model);
  if (!target) return null;
  const n = (x: number) => formatNumber(x, language);
  const s = strings.whatIf;
  const awards = (list: readonly string[]) => (list.length > 0 ? list.join("; ") : s.noAward);
  return (
    <section className={styles.section} aria-label={s.title}>
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <Field label={s.target}>
        <Dropdown
          value={target.label}
          selectedOptions={[target.key]}
          onOptionSelect={(_, d) => d.optionValue && setKey(d.optionValue)}
        >
          {model.targets.map((t) => (
            <Option key={t.key} value={t.key} text={t.label}>
              {t.kind === "group" ? s.group(t.label) : t.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={
          target.kind === "group"
            ? s.groupWeight(percent, n(percent / 100))
            : s.weight(percent, n(target.max), n(newMax))
        }
      >
        <Slider
          min={50}
          max={150}
          step={5}
          value={percent}
          onChange={(_, d) => setPercent(d.value)}
          aria-valuetext={`${percent}%`}
        />
      </Field>
      {percent !== 100 && (
        <>
          <Text>{moves.length === 0 ? s.nobody : s.moved(moves.length)}</Text>
          <ul className={styles.list}>
            {moves.slice(0, SHOWN).map((m) => (
              <li key={m.id}>
                <Text>
                  {m.id} {m.name}: {s.rank} {m.rankBefore ?? "-"} → {m.rankAfter ?? "-"};{" "}
                  {awards(m.awardsBefore)} → {awards(m.awardsAfter)}
                </Text>
              </li>
            ))}
          </ul>
          {moves.length > SHOWN && <Text>{s.more(moves.length - SHOWN)}</Text>}
          <Text>
            {target.kind === "group"
              ? s.applyGroup(target.label, n(percent / 100))
              : s.apply(target.label, `${target.place.sheet}!${target.place.cell}`, n(newMax))}
          </Text>
        </>
      )}
    </section>
  );
}
