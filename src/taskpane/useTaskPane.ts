import { useCallback, useRef, useState } from "react";
import type { BallotReport, PaneHost, PastFile, RunReport, TemplateReport } from "./PaneHost";

export type Action = "template" | "check" | "rank" | "ballots";
export type Status =
  | { readonly state: "idle" }
  | { readonly state: "running"; readonly action: Action }
  | { readonly state: "done"; readonly action: Action }
  | { readonly state: "failed"; readonly action: Action; readonly error: string };

/** The pane's state: one action at a time, its outcome, the last report. */
export function useTaskPane(host: PaneHost) {
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const [report, setReport] = useState<RunReport | null>(null);
  const [template, setTemplate] = useState<TemplateReport | null>(null);
  const [ballots, setBallots] = useState<BallotReport | null>(null);
  const busy = useRef(false);

  const perform = useCallback(async (action: Action, work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ state: "running", action });
    try {
      await work();
      setStatus({ state: "done", action });
    } catch (e) {
      setStatus({ state: "failed", action, error: e instanceof Error ? e.message : String(e) });
    } finally {
      busy.current = false;
    }
  }, []);

  return {
    status,
    report,
    template,
    ballots,
    check: () => perform("check", async () => setReport(await host.check())),
    rank: (past: readonly PastFile[] = []) =>
      perform("rank", async () => setReport(await host.rank(past))),
    createTemplate: () =>
      perform("template", async () => {
        setTemplate(await host.createTemplate());
      }),
    makeBallots: () =>
      perform("ballots", async () => {
        setBallots(await host.ballots());
      }),
  };
}
