import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  Title3,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Language } from "../engine/messages/renderMessage";
import { MessageList } from "./MessageList";
import type { PaneHost, PastFile } from "./PaneHost";
import { PastYears } from "./PastYears";
import { STRINGS } from "./strings";
import { SettingsView } from "./SettingsView";
import { Summary } from "./Summary";
import { useStyles } from "./TaskPane.styles";
import { WhatIf } from "./WhatIf";
import { ExplainPicker } from "./ExplainPicker";
import { type Action, useTaskPane } from "./useTaskPane";

interface Props {
  readonly host: PaneHost;
  /** Before a run tells the workbook's own setting: Office's display language, or the web page's switch. */
  readonly language: Language;
  /** On the web page the template is downloaded, not created in the workbook. */
  readonly templateDownload?: boolean;
  /** The add-in follows the workbook's `Ngôn ngữ` after a run; the web page follows its own switch. */
  readonly followWorkbookLanguage?: boolean;
}

/** The task pane: create the template, check, rank; then the summary and the messages with their cells. */
export function TaskPane({
  host,
  language,
  templateDownload = false,
  followWorkbookLanguage = true,
}: Props) {
  const styles = useStyles();
  const pane = useTaskPane(host);
  const [auto, setAuto] = useState(() => host.autoRegenerate?.get() ?? false);
  const [autoOpen, setAutoOpen] = useState(() => host.autoOpen?.get() ?? false);
  // A failure of a run no button started (the ribbon, the auto-regeneration) is shown here.
  const [notified, setNotified] = useState<string | null>(null);
  useEffect(() => host.onNotice?.(setNotified), [host]);
  const [past, setPast] = useState<PastFile[]>([]);
  const shown = followWorkbookLanguage ? (pane.report?.language ?? language) : language;
  const strings = STRINGS[shown];
  const running = pane.status.state === "running";
  const button = (action: Action, label: string, onClick: () => void, primary = false) => (
    <Button
      appearance={primary ? "primary" : "secondary"}
      disabled={running}
      onClick={onClick}
      icon={
        pane.status.state === "running" && pane.status.action === action ? (
          <Spinner size="tiny" />
        ) : null
      }
    >
      {label}
    </Button>
  );
  const notice = (() => {
    const s = pane.status;
    if (s.state === "failed")
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            {strings.failed}: {s.error}
          </MessageBarBody>
        </MessageBar>
      );
    if (s.state !== "done")
      return s.state === "running" ? <Spinner size="small" label={strings.running} /> : null;
    const r = pane.report;
    const text =
      s.action === "template" && pane.template
        ? strings.templateDone(pane.template.created, pane.template.existing)
        : s.action === "ballots" && pane.ballots
          ? strings.ballotsDone(pane.ballots)
          : s.action === "rank" && r
          ? strings.rankedDone(r.summary.ranked, r.summary.nominees)
          : r
            ? strings.checked(
                r.messages.reduce((n, g) => n + g.items.filter((m) => m.error).length, 0),
                r.messages.reduce((n, g) => n + g.items.filter((m) => !m.error).length, 0)
              )
            : "";
    // Green only when nothing is wrong: unranked nominees make the run a warning, naming them and the cell.
    const unranked = (s.action === "check" || s.action === "rank") && r ? r.summary.unranked : [];
    const intent = r && !r.usable ? "error" : unranked.length > 0 ? "warning" : "success";
    return (
      <MessageBar intent={intent}>
        <MessageBarBody>
          {text}
          {unranked.length > 0 &&
            ` ${strings.notRanked(unranked.map((u) => `${u.id} (${u.where})`).join(", "))}`}
        </MessageBarBody>
      </MessageBar>
    );
  })();
  return (
    <main className={styles.root} lang={shown}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.title}</Title3>
        <Caption1>{strings.subtitle}</Caption1>
      </header>
      <div className={styles.actions} role="toolbar" aria-label={strings.title}>
        {button(
          "template",
          templateDownload ? strings.web.downloadTemplate : strings.createTemplate,
          pane.createTemplate
        )}
        {button("check", strings.check, pane.check)}
        {button("rank", strings.rank, () => pane.rank(past), true)}
        {button("ballots", strings.makeBallots, pane.makeBallots)}
      </div>
      <PastYears files={past} onChange={setPast} strings={strings} />
      <div aria-live="polite">
        {notified && (
          <MessageBar intent="error">
            <MessageBarBody>
              {strings.failed}: {notified}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice}
      </div>
      {pane.report &&
        pane.report.changes.length > 0 &&
        pane.status.state === "done" &&
        pane.status.action === "rank" && (
          <section className={styles.section} aria-label={strings.changes}>
            <Subtitle2 as="h2">{strings.changes}</Subtitle2>
            <ul className={styles.list}>
              {pane.report.changes.map((line) => (
                <li key={line}>
                  <Text>{line}</Text>
                </li>
              ))}
            </ul>
          </section>
        )}
      {pane.report && pane.status.state === "done" && pane.status.action === "rank" && (
        <Summary
          summary={pane.report.summary}
          stability={pane.report.stability}
          strings={strings}
        />
      )}
      {pane.report?.whatIf && pane.status.state === "done" && pane.status.action === "rank" && (
        <WhatIf model={pane.report.whatIf} strings={strings} language={shown} />
      )}
      {pane.report && pane.report.nominees.length > 0 && (
        <ExplainPicker nominees={pane.report.nominees} strings={strings} language={shown} />
      )}
      {pane.report && (
        <section className={styles.section} aria-label={strings.messages}>
          <Subtitle2 as="h2">{strings.messages}</Subtitle2>
          <MessageList
            messages={pane.report.messages}
            strings={strings}
            {...(host.selectCell
              ? { onSelect: (sheet: string, cell: string) => void host.selectCell?.(sheet, cell) }
              : {})}
          />
        </section>
      )}
      {pane.report && <SettingsView settings={pane.report.settings} strings={strings} />}
      {host.autoRegenerate && (
        <Switch
          checked={auto}
          label={strings.autoRegenerate}
          onChange={(_, data) => {
            setAuto(data.checked);
            void host.autoRegenerate?.set(data.checked);
          }}
        />
      )}
      {host.autoRegenerate && <Caption1>{strings.autoRegenerateHint}</Caption1>}
      {host.autoOpen && (
        <Switch
          checked={autoOpen}
          label={strings.autoOpen}
          onChange={(_, data) => {
            setAutoOpen(data.checked);
            void host.autoOpen?.set(data.checked);
          }}
        />
      )}
    </main>
  );
}
