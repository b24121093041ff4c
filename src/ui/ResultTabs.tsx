import { Caption1, Subtitle2, Tab, TabList, Text } from "@fluentui/react-components";
import { type ComponentProps, useState } from "react";
import type { Language } from "../engine";
import { ExplainPicker } from "./ExplainPicker";
import { MessageList } from "./MessageList";
import type { RunReport } from "./PaneHost";
import { SettingsView } from "./SettingsView";
import type { UiStrings } from "./strings";
import { Summary } from "./Summary";
import { useStyles } from "./TaskPane.styles";
import { WhatIf } from "./WhatIf";

type TabName = "summary" | "messages" | "whatIf" | "settings";

interface Props {
  readonly report: RunReport;
  /** After Xếp hạng; a check shows its messages and settings only. */
  readonly ranked: boolean;
  readonly strings: UiStrings;
  readonly language: Language;
  readonly select: Pick<
    ComponentProps<typeof MessageList>,
    "onSelect" | "selectable" | "selectLabel"
  >;
  /** Said under the settings (the add-in's auto-regeneration hint). */
  readonly settingsNote?: string;
}

/** A run's results in tabs, so the pane stays one screen: Thông báo opens first when there are errors. */
export function ResultTabs({ report, ranked, strings, language, select, settingsNote }: Props) {
  const styles = useStyles();
  const total = report.counts.errors + report.counts.warnings;
  const hasErrors = report.counts.errors > 0;
  const tabs: TabName[] = ranked
    ? ["summary", "messages", ...(report.whatIf ? (["whatIf"] as const) : []), "settings"]
    : ["messages", "settings"];
  const [chosen, setChosen] = useState<TabName>(hasErrors || !ranked ? "messages" : "summary");
  const selected = tabs.includes(chosen) ? chosen : "messages";
  const label: Record<TabName, string> = {
    summary: strings.summary,
    messages: strings.messagesTab(total),
    whatIf: strings.whatIfTab,
    settings: strings.settingsTab,
  };
  return (
    <section className={styles.section}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, d) => setChosen(d.value as TabName)}
      >
        {tabs.map((t) => (
          <Tab key={t} value={t}>
            {label[t]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={label[selected]} className={styles.section}>
        {selected === "summary" && (
          <>
            {report.changes.length > 0 && (
              <section className={styles.section} aria-label={strings.changes}>
                <Subtitle2 as="h2">{strings.changes}</Subtitle2>
                <ul className={styles.list}>
                  {report.changes.map((line) => (
                    <li key={line}>
                      <Text>{line}</Text>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <Summary summary={report.summary} stability={report.stability} strings={strings} />
            {report.nominees.length > 0 && (
              <ExplainPicker nominees={report.nominees} strings={strings} language={language} />
            )}
          </>
        )}
        {selected === "messages" && (
          <MessageList messages={report.messages} strings={strings} {...select} />
        )}
        {selected === "whatIf" && report.whatIf && (
          <WhatIf model={report.whatIf} strings={strings} language={language} />
        )}
        {selected === "settings" && (
          <>
            <SettingsView settings={report.settings} strings={strings} />
            {settingsNote && <Caption1>{settingsNote}</Caption1>}
          </>
        )}
      </div>
    </section>
  );
}
