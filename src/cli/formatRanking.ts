import { formatNumber, fromCents, type RankResult } from "../engine";
import type { CliStrings } from "./cliStrings";

/** Display width of a string: combining marks take no column. */
function width(s: string): number {
  return s.normalize("NFC").replace(/\p{M}/gu, "").length;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

function cut(s: string, w: number): string {
  return width(s) <= w ? s : `${[...s.normalize("NFC")].slice(0, w - 1).join("")}…`;
}

/** The top `top` rows of each scope group as a plain-text table for the terminal. */
export function formatRanking(result: RankResult, top: number, t: CliStrings): string[] {
  const lines: string[] = [];
  const language = result.settings.language;
  let scope: string | null = null;
  let shown = 0;
  for (const r of result.nominees) {
    if (r.scope !== scope) {
      scope = r.scope;
      shown = 0;
      lines.push(
        "",
        `== ${scope || t.table.empty} ==`,
        `${pad(t.table.rank, 5)} ${pad(t.table.id, 9)} ${pad(t.table.name, 40)} ${pad(t.table.score, 7)} ${t.table.awards}`
      );
    }
    if (shown++ >= top) continue;
    const score =
      r.rank !== null && r.score.scoreCents !== null
        ? formatNumber(fromCents(r.score.scoreCents), language)
        : t.table.error;
    lines.push(
      `${pad(String(r.rank ?? "-"), 5)} ${pad(r.nominee.id, 9)} ${pad(cut(r.nominee.name, 40), 40)} ${pad(score, 7)} ${r.awards.join("; ")}`
    );
  }
  const ranked = result.nominees.filter((r) => r.rank !== null).length;
  lines.push("", t.table.total(result.nominees.length, ranked, result.nominees.length - ranked));
  return lines;
}
