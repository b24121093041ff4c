import {
  type MergePlan,
  type OutputValue,
  type RankResult,
  type Report,
  earlierSources,
  mergedSnapshot,
  missingLines,
  planMerge,
  rankCouncil,
  readReport,
  reviewRows,
  sourceRows,
} from "./engine";
import { message, messageLine } from "./engine";
import type { CollectPort } from "./workbook/port";
import { fileProblem } from "./workbook/xlsx/fileProblem";
import { XlsxWorkbook } from "./workbook/xlsx/XlsxWorkbook";

/** A returned report as a door receives it: its name, its bytes and, when known, when it was last saved. */
export interface ReportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modified: Date | null;
}

/** A local calendar day as an Excel day serial. */
const excelDay = (d: Date) =>
  Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000) + 25_569;

/** A report file read; a file that is no readable workbook (a password, a .xls) is a report with its problem. */
export async function readReportFile(file: ReportFile): Promise<Report> {
  const modified = file.modified ? excelDay(file.modified) : null;
  try {
    return readReport(await XlsxWorkbook.open(file.bytes).snapshot(), file.name, modified);
  } catch (e) {
    const problem =
      fileProblem(e, file.name) ?? message("notWorkbook", "", "", { reason: String(e) }, file.name);
    return { ...readReport({ sheets: [], tables: [] }, file.name, modified), problems: [problem] };
  }
}

export interface CollectRun {
  readonly plan: MergePlan | null;
  /** The council's workbook ranked as the merge leaves it; the review compares with its points. */
  readonly result: RankResult;
  /** `Thẩm định`'s rows: the largest differences first. */
  readonly review: readonly (readonly OutputValue[])[];
}

/**
 * "Gộp báo cáo" (issue 14 §2-5), the same in every door: the plan of what the reports add to the
 * council's results, then, written by the port, the values, `Nguồn số liệu` (kept from merge to merge,
 * with who is missing) and `Thẩm định` (the self-scores beside the council's points after the merge).
 * `options.write` false plans only: what the pane shows before the secretary confirms.
 */
export async function collectReports(
  port: CollectPort,
  reports: readonly Report[],
  options: {
    quarter: number | null;
    overwrite: boolean;
    takeLater: boolean;
    mergedAt: string;
    write: boolean;
  }
): Promise<CollectRun> {
  const snapshot = await port.snapshot();
  const before = rankCouncil(snapshot, { gaps: false });
  if (!before.usable || !before.criteria) return { plan: null, result: before, review: [] };
  const plan = planMerge(
    snapshot,
    before.nominees.map((r) => r.nominee),
    before.criteria,
    reports,
    {
      quarter: options.quarter,
      year: before.settings.year,
      overwrite: options.overwrite,
      takeLater: options.takeLater,
    }
  );
  const result = rankCouncil(mergedSnapshot(snapshot, plan), { gaps: false });
  const review = reviewRows(plan, result);
  if (options.write)
    await port.writeMerge(plan, {
      sources: {
        title: missingLines(plan, options.mergedAt),
        rows: [...earlierSources(snapshot), ...sourceRows(plan, options.mergedAt)],
      },
      review,
    });
  return { plan, result, review };
}

/** The picked files read as reports, the same in every door. */
export function readReportFiles(
  files: readonly { name: string; bytes: Uint8Array; modified?: Date }[]
): Promise<Report[]> {
  return Promise.all(
    files.map((f) => readReportFile({ name: f.name, bytes: f.bytes, modified: f.modified ?? null }))
  );
}

/** Why a council workbook cannot be merged into: its first error, as one line. */
export function unusableReason(result: RankResult, language: "vi" | "en"): string {
  const first = result.messages.find((m) => m.error);
  return first ? messageLine(first, language) : "";
}
