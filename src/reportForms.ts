import { type RankResult, type ReportForm, rankCouncil, reportForms, reviewYearOn } from "./engine";
import type { WorkbookSnapshot } from "./engine";
import { reportFormXlsx } from "./workbook/xlsx/reportFormXlsx";
import { writeZip } from "./workbook/xlsx/zip";

export interface FormsRun {
  readonly result: RankResult;
  /** Each unit's form and its workbook; empty when the council workbook is unusable. */
  readonly files: readonly { readonly form: ReportForm; readonly bytes: Uint8Array }[];
}

/**
 * "Tạo mẫu báo cáo" (issue 14 §1), the same in every door: one report workbook per reporting unit for
 * the quarter (or the year), the review year being `Năm xét`, else the year a council reviews today.
 */
export function makeReportForms(
  snapshot: WorkbookSnapshot,
  quarter: number | null,
  today: Date
): FormsRun {
  const result = rankCouncil(snapshot, { gaps: false });
  if (!result.usable || !result.criteria) return { result, files: [] };
  const year = result.settings.year ?? reviewYearOn(today.getFullYear(), today.getMonth() + 1);
  const forms = reportForms(
    snapshot,
    result.nominees.map((r) => r.nominee),
    result.criteria,
    { year, quarter },
    result.settings.council
  );
  return { result, files: forms.map((form) => ({ form, bytes: reportFormXlsx(form) })) };
}

/** The forms as one archive, what the pane and the web page download: `mau-bao-cao-quy-1-2026.zip`. */
export function formsZip(run: FormsRun): { name: string; bytes: Uint8Array } {
  const p = run.files[0]?.form.period;
  const period = p ? (p.quarter ? `quy-${p.quarter}-${p.year}` : `nam-${p.year}`) : "trong";
  return {
    name: `mau-bao-cao-${period}.zip`,
    bytes: writeZip(run.files.map((f) => [f.form.file, { data: f.bytes }] as const)),
  };
}
