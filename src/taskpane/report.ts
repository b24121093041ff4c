import { groupMessages, summarize } from "../engine/output/summarize";
import type { Language } from "../engine/messages/renderMessage";
import type { RankResult } from "../engine/rankCouncil";
import type { Stability } from "../engine/whatif/stability";
import type { RunReport } from "./PaneHost";

/** The pane's view of a run. */
export function reportOf(
  result: RankResult,
  language: Language = result.settings.language,
  changes: readonly string[] = [],
  stability: Stability | null = null
): RunReport {
  return {
    language,
    usable: result.usable,
    messages: groupMessages(result, language),
    summary: summarize(result),
    settings: result.settings,
    changes,
    stability,
  };
}
