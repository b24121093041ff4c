import { groupMessages, summarize } from "../engine/output/summarize";
import type { RankResult } from "../engine/rankCouncil";
import type { RunReport } from "./PaneHost";

/** The pane's view of a run. */
export function reportOf(result: RankResult): RunReport {
  return {
    language: result.settings.language,
    usable: result.usable,
    messages: groupMessages(result),
    summary: summarize(result),
    settings: result.settings,
  };
}
