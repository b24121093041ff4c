import { useCallback, useRef, useState } from "react";
import type {
  BallotReport,
  CollectChoice,
  CollectReport,
  FormsReport,
  PaneHost,
  PastFile,
  RunReport,
  TemplateReport,
} from "./PaneHost";

export type Action = "template" | "check" | "rank" | "ballots" | "forms" | "collect";
export type Status =
  | { readonly state: "idle" }
  | { readonly state: "running"; readonly action: Action }
  | { readonly state: "done"; readonly action: Action }
  | { readonly state: "failed"; readonly action: Action; readonly error: unknown };

/** The pane's state: one action at a time, its outcome, the last report. */
export function useTaskPane(host: PaneHost) {
  const [status, setStatus] = useState<Status>({ state: "idle" });
  // The report with the action that made it; each is shown afresh (its tabs open where it needs them),
  // the serial keying its view.
  const [shown, setShown] = useState<{
    report: RunReport | null;
    action: Action | null;
    serial: number;
  }>({ report: null, action: null, serial: 0 });
  const setReport = useCallback(
    (report: RunReport | null, action: Action | null = null) =>
      setShown((s) => ({ report, action, serial: s.serial + 1 })),
    []
  );
  const [template, setTemplate] = useState<TemplateReport | null>(null);
  const [ballots, setBallots] = useState<BallotReport | null>(null);
  const [forms, setForms] = useState<FormsReport | null>(null);
  // The reports picked and what merging them will do (or did): written only once confirmed.
  const [collect, setCollect] = useState<{
    files: readonly PastFile[];
    report: CollectReport;
  } | null>(null);
  const busy = useRef(false);

  const perform = useCallback(async (action: Action, work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ state: "running", action });
    try {
      await work();
      setStatus({ state: "done", action });
    } catch (e) {
      setStatus({ state: "failed", action, error: e });
    } finally {
      busy.current = false;
    }
  }, []);

  return {
    status,
    report: shown.report,
    /** What made the report: "rank" shows the summary and the what-if. */
    reportAction: shown.action,
    serial: shown.serial,
    template,
    ballots,
    forms,
    collect: collect?.report ?? null,
    check: () => perform("check", async () => setReport(await host.check(), "check")),
    rank: (past: readonly PastFile[] = []) =>
      perform("rank", async () => setReport(await host.rank(past), "rank")),
    createTemplate: () =>
      perform("template", async () => {
        setTemplate(await host.createTemplate());
        // The old report is about the workbook before the template: its missing sheets are there now.
        setReport(null);
      }),
    makeBallots: () =>
      perform("ballots", async () => {
        setBallots(await host.ballots());
      }),
    makeForms: (quarter: number | null) =>
      perform("forms", async () => setForms(await host.reportForms(quarter))),
    /** Plans the merge of the picked reports: nothing is written yet. */
    planCollect: (files: readonly PastFile[], takeLater = false) =>
      perform("collect", async () =>
        setCollect({
          files,
          report: await host.collect(files, { overwrite: false, takeLater, write: false }),
        })
      ),
    /** The files of the plan shown, to plan again (taking the later of two reports). */
    collectFiles: collect?.files ?? [],
    confirmCollect: (choice: Omit<CollectChoice, "write">) =>
      perform("collect", async () => {
        if (!collect) return;
        setCollect({
          files: collect.files,
          report: await host.collect(collect.files, { ...choice, write: true }),
        });
      }),
    cancelCollect: () => setCollect(null),
  };
}
