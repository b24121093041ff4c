import {
  address,
  dateText,
  formatNumber,
  groupMessages,
  messageLine,
  type Language,
  type RankResult,
  type Stability,
  summarize,
  weightTargets,
  whatIf,
} from "../engine";
import type { BallotRun } from "../ballotWorkbook";
import type { RunOutput } from "../workbook/port";
import type { BallotReport, CollectReport, FormsReport, RunReport } from "./PaneHost";
import type { CollectRun } from "../collectReports";
import type { FormsRun } from "../reportForms";

/** The pane's view of a run, with the what-if over its result. */
export function reportOf(
  result: RankResult,
  language: Language = result.settings.language,
  changes: readonly string[] = [],
  stability: Stability | null = null,
  written: RunOutput | null = null
): RunReport {
  const targets = result.usable ? weightTargets(result) : [];
  const messages = groupMessages(result, language);
  const items = messages.flatMap((g) => g.items);
  return {
    language,
    usable: result.usable,
    messages,
    counts: {
      errors: items.filter((m) => m.error).length,
      warnings: items.filter((m) => !m.error).length,
    },
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

/** The pane's view of "Tạo mẫu báo cáo". */
export function formsReportOf(run: FormsRun, file: string): FormsReport {
  const first = run.files[0]?.form;
  const p = first?.period;
  return {
    forms: run.files.length,
    period: p ? (p.quarter ? `Quý ${p.quarter}/${p.year}` : `Năm ${p.year}`) : "",
    deadline: first ? dateText(first.deadline) : "",
    file,
  };
}

/** The pane's view of "Gộp báo cáo": every cell, conflict and refusal, in the workbook's language. */
export function collectReportOf(
  run: CollectRun,
  total: number,
  written: boolean,
  language: Language = run.result.settings.language,
  file?: string
): CollectReport {
  const plan = run.plan;
  const shown = (v: number | string) => (typeof v === "number" ? formatNumber(v, language) : v);
  const at = (c: { sheet: string; row: number; col: number }) =>
    `${c.sheet}!${address(c.row, c.col)}`;
  const refused = new Map<string, string[]>();
  const notes: string[] = [];
  for (const m of plan?.messages ?? []) {
    if (m.key === "reportConflict" || m.key === "reportNoReport") continue;
    if (m.error && m.file)
      refused.set(m.file, [...(refused.get(m.file) ?? []), messageLine(m, language)]);
    else notes.push(messageLine(m, language));
  }
  return {
    total,
    merged: plan?.merged.length ?? 0,
    fills: (plan?.writes ?? []).map((w) => ({
      cell: at(w.cell),
      value: shown(w.value),
      source: `${w.file}: ${w.source}`,
    })),
    conflicts: (plan?.conflicts ?? []).map((c) => ({
      cell: at(c.cell),
      old: c.old,
      value: c.value,
      source: `${c.file}: ${c.source}`,
    })),
    refused: [...refused].map(([f, reasons]) => ({ file: f, reasons })),
    sameUnit: (plan?.messages ?? []).some((m) => m.key === "reportSameUnit"),
    missing: (plan?.missing ?? []).map((u) => (u.id === u.name ? u.name : `${u.name} (${u.id})`)),
    notes,
    differences: run.review
      .filter((r) => typeof r[6] === "number" && r[6] !== 0)
      .slice(0, 20)
      .map((r) => ({
        who: `${String(r[0])} ${String(r[1])}`,
        code: String(r[2]),
        self: formatNumber(Number(r[4]), language),
        council: formatNumber(Number(r[5]), language),
      })),
    written,
    ...(file ? { file } : {}),
  };
}
