import { Combobox, Field, Option } from "@fluentui/react-components";
import { useState } from "react";
import { type Language, type NomineeResult, textKey } from "../engine";
import { ExplainPanel } from "./ExplainPanel";
import type { UiStrings } from "./strings";

/** The most matches offered at once: a 10,000-nominee council is searched, not scrolled. */
const MAX_OPTIONS = 30;

interface Props {
  readonly nominees: readonly NomineeResult[];
  readonly strings: UiStrings;
  readonly language: Language;
}

/** "Giải thích": pick a nominee by code or name (typed, matched ignoring case and diacritics), see why. */
export function ExplainPicker({ nominees, strings, language }: Props) {
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<NomineeResult | null>(null);
  const key = textKey(query);
  const matches = nominees
    .filter((n) => key === "" || textKey(`${n.nominee.id} ${n.nominee.name}`).includes(key))
    .slice(0, MAX_OPTIONS);
  const label = (n: NomineeResult) => `${n.nominee.id} ${n.nominee.name}`;
  return (
    <section aria-label={strings.web.explain}>
      <Field label={strings.explainPick}>
        <Combobox
          freeform
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => {
            const n = nominees.find((x) => `${x.nominee.index}` === d.optionValue) ?? null;
            setPicked(n);
            if (n) setQuery(label(n));
          }}
        >
          {matches.map((n) => (
            <Option key={n.nominee.index} value={`${n.nominee.index}`}>
              {label(n)}
            </Option>
          ))}
        </Combobox>
      </Field>
      {picked && (
        <ExplainPanel
          nominee={picked}
          language={language}
          title={`${strings.web.explain}: ${label(picked)}`}
        />
      )}
    </section>
  );
}
