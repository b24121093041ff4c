import {
  MessageBar,
  MessageBarBody,
  type MessageBarIntent,
  Spinner,
} from "@fluentui/react-components";
import type {
  BallotReport,
  CollectReport,
  FormsReport,
  RunReport,
  TemplateReport,
} from "./PaneHost";
import type { UiStrings } from "./strings";
import type { Status } from "./useTaskPane";

interface Props {
  readonly status: Status;
  readonly report: RunReport | null;
  readonly template: TemplateReport | null;
  readonly ballots: BallotReport | null;
  readonly forms: FormsReport | null;
  readonly collect: CollectReport | null;
  readonly strings: UiStrings;
}

/** What the last action did, coloured by severity: red errors, amber warnings, green only when nothing is wrong. */
export function RunNotice({ status, report, template, ballots, forms, collect, strings }: Props) {
  if (status.state === "running") return <Spinner size="small" label={strings.running} />;
  if (status.state === "failed")
    return bar("error", `${strings.failed}: ${strings.reason(status.error)}`);
  if (status.state !== "done") return null;
  if (status.action === "template" && template)
    return bar(
      "success",
      template.file
        ? strings.templateDownloaded(template.file, template.created)
        : strings.templateDone(template.created, template.existing)
    );
  if (status.action === "ballots" && ballots)
    return bar(ballots.missing.length > 0 ? "warning" : "success", strings.ballotsDone(ballots));
  if (status.action === "forms" && forms) return bar("success", strings.reporting.formsDone(forms));
  if (status.action === "collect" && collect) {
    const trouble = collect.conflicts.length + collect.refused.length + collect.missing.length > 0;
    return bar(
      collect.written ? (trouble ? "warning" : "success") : "info",
      collect.written ? strings.reporting.done(collect) : strings.reporting.planned(collect)
    );
  }
  if (!report || report.missingInputs.length > 0) return null;
  const { errors, warnings } = report.counts;
  const intent: MessageBarIntent = errors > 0 ? "error" : warnings > 0 ? "warning" : "success";
  if (!report.usable) return bar("error", strings.unusable(errors));
  const unranked = report.summary.unranked;
  const text =
    status.action === "rank"
      ? strings.rankedDone(report.summary.ranked, report.summary.nominees)
      : strings.checked(errors, warnings);
  return bar(
    intent,
    unranked.length > 0
      ? `${text} ${strings.notRanked(unranked.map((u) => `${u.id} (${u.where})`).join(", "))}`
      : text
  );
}

function bar(intent: MessageBarIntent, text: string) {
  return (
    // data-intent says the severity to tests and to assistive checks (the class names are generated).
    <MessageBar intent={intent} data-intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
