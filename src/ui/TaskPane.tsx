import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { type ComponentProps, useEffect, useState } from "react";
import type { Language } from "../engine";
import { CollectPanel } from "./CollectPanel";
import { CommandBar, type MenuSwitch } from "./CommandBar";
import type { PaneHost, PastFile, RunReport } from "./PaneHost";
import { ResultTabs } from "./ResultTabs";
import { RunNotice } from "./RunNotice";
import { STRINGS } from "./strings";
import { useStyles } from "./TaskPane.styles";
import { useTaskPane } from "./useTaskPane";

interface Props {
  readonly host: PaneHost;
  /** Before a run tells the workbook's own setting: Office's display language, or the web page's switch. */
  readonly language: Language;
  /** On the web page the template is downloaded, not created in the workbook. */
  readonly templateDownload?: boolean;
  /** The add-in follows the workbook's `Ngôn ngữ` after a run; the web page follows its own switch. */
  readonly followWorkbookLanguage?: boolean;
  /** The web page before a file is opened: only the template can be made. */
  readonly noWorkbook?: boolean;
}

/**
 * The task pane: a command bar (Xếp hạng first), what the last action did, and the results in tabs. A
 * workbook without its input sheets gets Tạo mẫu as its one action.
 */
export function TaskPane({
  host,
  language,
  templateDownload = false,
  followWorkbookLanguage = true,
  noWorkbook = false,
}: Props) {
  const styles = useStyles();
  const pane = useTaskPane(host);
  const [past, setPast] = useState<PastFile[]>([]);
  const switches = useSwitches(host, STRINGS[language]);
  const shown = followWorkbookLanguage ? (pane.report?.language ?? language) : language;
  const strings = STRINGS[shown];
  const report = pane.report;
  const done = pane.status.state === "done" ? pane.status.action : null;
  const missing = report?.missingInputs ?? [];
  const templateLabel = templateDownload ? strings.web.downloadTemplate : strings.createTemplate;
  const empty = noWorkbook
    ? strings.noWorkbook
    : missing.length > 0 && strings.emptyWorkbook(missing);
  return (
    <main className={styles.root} lang={shown}>
      <CommandBar
        strings={strings}
        status={pane.status}
        run={{
          rank: () => pane.rank(past),
          check: pane.check,
          template: pane.createTemplate,
          ballots: pane.makeBallots,
        }}
        templateDownload={templateDownload}
        noWorkbook={noWorkbook}
        templateFirst={missing.length > 0}
        onPast={setPast}
        onReports={(files) => pane.planCollect(files)}
        onForms={pane.makeForms}
        switches={switches}
      />
      {past.length > 0 && <HistoryChosen past={past} clear={() => setPast([])} strings={strings} />}
      <Notices host={host} pane={pane} strings={strings} />
      {empty && pane.status.state !== "running" ? (
        <EmptyWorkbook
          text={empty}
          label={templateLabel}
          primary={!noWorkbook}
          onTemplate={pane.createTemplate}
        />
      ) : (
        !report && pane.status.state === "idle" && <Text>{strings.intro}</Text>
      )}
      {done === "rank" && report?.sheets && host.showSheet && (
        <OpenSheets sheets={report.sheets} show={host.showSheet} strings={strings} />
      )}
      {pane.collect && (
        <CollectPanel
          report={pane.collect}
          strings={strings}
          download={templateDownload}
          running={pane.status.state === "running"}
          onConfirm={pane.confirmCollect}
          onCancel={pane.cancelCollect}
          onTakeLater={(on) => pane.planCollect(pane.collectFiles, on)}
        />
      )}
      {report && missing.length === 0 && (
        <ResultTabs
          key={pane.serial}
          report={report}
          ranked={pane.reportAction === "rank"}
          strings={strings}
          language={shown}
          select={selectOf(host)}
          {...(host.autoRegenerate ? { settingsNote: strings.autoRegenerateHint } : {})}
        />
      )}
    </main>
  );
}

/** Last years' workbooks picked as history, and a link to clear them. */
function HistoryChosen(props: {
  past: readonly PastFile[];
  clear: () => void;
  strings: (typeof STRINGS)[Language];
}) {
  return (
    <Caption1>
      {props.strings.history.chosen(props.past.map((f) => f.name))}{" "}
      <Link onClick={props.clear}>{props.strings.historyClear}</Link>
    </Caption1>
  );
}

/** What the last action did, and a failure of a run no button started (the ribbon, the auto-regeneration). */
function Notices({
  host,
  pane,
  strings,
}: {
  host: PaneHost;
  pane: ReturnType<typeof useTaskPane>;
  strings: (typeof STRINGS)[Language];
}) {
  const styles = useStyles();
  const [notified, setNotified] = useState<{ error: unknown } | null>(null);
  useEffect(() => host.onNotice?.((error) => setNotified({ error })), [host]);
  return (
    <div aria-live="polite" className={styles.section}>
      {notified && (
        <MessageBar intent="error">
          <MessageBarBody>
            {strings.failed}: {strings.reason(notified.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      <RunNotice
        status={pane.status}
        report={pane.report}
        template={pane.template}
        ballots={pane.ballots}
        forms={pane.forms}
        collect={pane.collect}
        strings={strings}
      />
    </div>
  );
}

/** A workbook without its input sheets: what is missing, and Tạo mẫu as the one action. */
function EmptyWorkbook(props: {
  text: string;
  label: string;
  primary: boolean;
  onTemplate: () => void;
}) {
  const styles = useStyles();
  return (
    <section className={styles.empty} aria-label={props.label}>
      <Text>{props.text}</Text>
      {/* The one primary action; on the web page before a file, opening one is (the page's picker). */}
      <Button appearance={props.primary ? "primary" : "secondary"} onClick={props.onTemplate}>
        {props.label}
      </Button>
    </section>
  );
}

/** After a ranking in Excel: go to the ranking or the proposal list. */
function OpenSheets({
  sheets,
  show,
  strings,
}: {
  sheets: NonNullable<RunReport["sheets"]>;
  show: (sheet: string) => Promise<void>;
  strings: (typeof STRINGS)[Language];
}) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button size="small" onClick={() => void show(sheets.ranking)}>
        {strings.openRanking}
      </Button>
      <Button size="small" onClick={() => void show(sheets.proposals)}>
        {strings.openProposals}
      </Button>
    </div>
  );
}

/** The host's switches (auto-regeneration, opening with the workbook) as menu items, each kept by the host. */
function useSwitches(host: PaneHost, strings: (typeof STRINGS)[Language]): MenuSwitch[] {
  const kept = { auto: host.autoRegenerate, open: host.autoOpen };
  const [on, setOn] = useState(() => ({
    auto: kept.auto?.get() ?? false,
    open: kept.open?.get() ?? false,
  }));
  const labels = { auto: strings.autoRegenerate, open: strings.autoOpen };
  return (["auto", "open"] as const).flatMap((name) => {
    const setting = kept[name];
    return setting
      ? [
          {
            name,
            label: labels[name],
            on: on[name],
            set: (value: boolean) => {
              setOn((was) => ({ ...was, [name]: value }));
              void setting.set(value);
            },
          },
        ]
      : [];
  });
}

/** How the message list goes to a message's place, through what the host can do. */
function selectOf(host: PaneHost): ComponentProps<typeof ResultTabs>["select"] {
  const { selectCell, selectable, selectLabel } = host;
  if (!selectCell) return {};
  return {
    onSelect: (m) => void selectCell.call(host, m.sheet, m.cell, m.nominee),
    ...(selectable ? { selectable: (m) => selectable.call(host, m) } : {}),
    ...(selectLabel ? { selectLabel: (w) => selectLabel.call(host, w) } : {}),
  };
}
