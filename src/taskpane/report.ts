import {
  groupMessages,
  type Language,
  type RankResult,
  type Stability,
  summarize,
  weightTargets,
  whatIf,
} from "../engine";
import type { BallotRun } from "../ballotWorkbook";
import type { RunOutput } from "../workbook/port";
import type { BallotReport, RunReport } from "./PaneHost";

/** The pane's view of a run, with the what-if over its result. */
export function reportOf(
  result: RankResult,
  language: Language = result.settings.language,
  changes: readonly string[] = [],
  stability: Stability | null = null,
  written: RunOutput | null = null
): RunReport {
  const targets = result.usable ? weightTargets(result) : [];
  return {
    language,
    usable: result.usable,
    messages: groupMessages(result, language),
    summary: summarize(result, language),
    settings: result.settings,
    changes,
    stability,
    whatIf:
      targets.length > 0
        ? { targets, run: (target, factor) => whatIf(result, target, factor) }
        : null,
    nominees: result.nominees,
    missingInputs: result.messages
      .filter((m) => m.key === "missingSheet")
      .map((m) => String(m.params.sheet)),
    sheets: written
      ? { ranking: written.sheets.names.ranking, proposals: written.sheets.names.proposals }
      : null,
  };
}

/** The pane's view of "Tạo phiếu bầu". */
export function ballotReportOf(run: BallotRun): BallotReport {
  return {
    races: run.races.map((r) => ({
      award: r.award.name,
      candidates: r.candidates.map((c) => c.nominee.name),
    })),
    papers: run.papers,
    created: run.created,
    missing: run.missing,
    members: run.result.settings.members,
  };
}
