import { groupBy } from "../groupBy";
import { type Message, fixOf, placeOf } from "../messages/message";
import { type Language, renderMessage } from "../messages/renderMessage";
import type { NomineeResult, RankResult } from "../result";
import { messageText } from "./messageText";
import { explainGap } from "../explain/explainGap";
import { awaitsVote } from "../read/readBallots";

/** What the pane and the web page show after a run: counts, awards by type, and what the council must decide. */
export interface RunSummary {
  readonly nominees: number;
  readonly ranked: number;
  readonly withErrors: number;
  readonly warnings: number;
  /** Award name → how many nominees are proposed, in award order. */
  readonly awards: ReadonlyArray<{ readonly award: string; readonly count: number }>;
  /** Nominees tied at a quota's edge: the council decides. */
  readonly ties: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly award: string;
  }>;
  /** Nominees whose award waits for the council's vote, not yet entered ("chờ bỏ phiếu"). */
  readonly awaitingVote: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly award: string;
  }>;
  /** Nominees whose award waits for other data (an empty attribute cell). */
  readonly pending: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly award: string;
  }>;
  /** Nominees the run could not rank, each with its first error: what to fix, and where. */
  readonly unranked: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly where: string;
    readonly error: string;
  }>;
  /** Awards that are drafts while those nominees are unranked (issue 12 §1). */
  readonly provisional: number;
  /** The nominees closest to a change of proposal, smallest gap first (at most `NEAREST`). */
  readonly nearest: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly gap: string;
  }>;
}

export const NEAREST = 10;

export interface MessageItem {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  /** The nominee and criterion it is about (messageText); empty for a workbook message. */
  readonly subject: string;
  readonly text: string;
  readonly error: boolean;
  readonly nominee: string | null;
}

/** Every message of a run, errors first, grouped by sheet in the order the sheets then appear. */
export function groupMessages(
  result: RankResult,
  language: Language = result.settings.language
): ReadonlyArray<{ readonly sheet: string; readonly items: readonly MessageItem[] }> {
  // The pane sends the user where the fix is: a pending vote's empty cell, not the nominee's Mã.
  const item = (m: Message, r: NomineeResult | null): MessageItem => {
    const { sheet, cell } = fixOf(m);
    return {
      code: m.code,
      sheet,
      cell,
      ...messageText(m, r, language),
      error: m.error,
      nominee: r ? r.nominee.id : null,
    };
  };
  const all = [
    ...result.messages.map((m) => item(m, null)),
    ...result.nominees.flatMap((r) => r.messages.map((m) => item(m, r))),
  ];
  const ordered = [...all.filter((m) => m.error), ...all.filter((m) => !m.error)];
  return [...groupBy(ordered, (m) => m.sheet)].map(([sheet, items]) => ({ sheet, items }));
}

export function summarize(
  result: RankResult,
  language: Language = result.settings.language
): RunSummary {
  const counts = new Map<string, number>(result.awards.map((a) => [a.name, 0]));
  for (const r of result.nominees)
    for (const a of r.awards) counts.set(a, (counts.get(a) ?? 0) + 1);
  const decided = (kind: "tie" | "pending", vote?: boolean) =>
    result.nominees.flatMap((r) =>
      r.decisions
        .filter(
          (d) =>
            d.outcome.kind === kind &&
            (vote === undefined || awaitsVote(result.ballot, d.award, r.nominee) === vote)
        )
        .map((d) => ({ id: r.nominee.id, name: r.nominee.name, award: d.award.name }))
    );
  const ranked = result.nominees.filter((r) => r.rank !== null).length;
  return {
    nominees: result.nominees.length,
    ranked,
    withErrors: result.nominees.length - ranked,
    warnings:
      result.messages.filter((m) => !m.error).length +
      result.nominees.reduce((n, r) => n + r.messages.filter((m) => !m.error).length, 0),
    awards: [...counts].map(([award, count]) => ({ award, count })),
    ties: decided("tie"),
    awaitingVote: decided("pending", true),
    pending: decided("pending", false),
    unranked: result.nominees
      .filter((r) => r.rank === null)
      .map((r) => {
        const m = r.messages.find((x) => x.error);
        return {
          id: r.nominee.id,
          name: r.nominee.name,
          where: m ? placeOf(m) : "",
          error: m ? renderMessage(m, language) : "",
        };
      }),
    provisional: result.provisional.length,
    nearest: result.nominees
      .filter((r) => r.gap !== null)
      .sort((a, b) => (a.gap?.cents ?? 0) - (b.gap?.cents ?? 0))
      .slice(0, NEAREST)
      .map((r) => ({ id: r.nominee.id, name: r.nominee.name, gap: explainGap(r, language) })),
  };
}
