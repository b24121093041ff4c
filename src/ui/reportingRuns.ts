import type { Language, WorkbookSnapshot } from "../engine";
import {
  type CollectRun,
  collectReports,
  readReportFiles,
  unusableReason,
} from "../collectReports";
import { formsZip, makeReportForms } from "../reportForms";
import type { CollectPort } from "../workbook/port";
import type { CollectChoice, FormsReport, PastFile } from "./PaneHost";
import { formsReportOf } from "./report";

/**
 * "Tạo mẫu báo cáo" as both pages run it: the forms of the workbook read, zipped and handed to `download`.
 * An unusable workbook says why, in `language` (else the workbook's own).
 */
export function downloadReportForms(
  snapshot: WorkbookSnapshot,
  quarter: number | null,
  download: (name: string, bytes: Uint8Array) => void,
  language?: Language
): FormsReport {
  const forms = makeReportForms(snapshot, quarter, new Date());
  if (!forms.result.usable)
    throw new Error(unusableReason(forms.result, language ?? forms.result.settings.language));
  const zip = formsZip(forms);
  download(zip.name, zip.bytes);
  return formsReportOf(forms, zip.name);
}

/**
 * "Gộp báo cáo" as both pages run it: the picked files merged into the workbook at `mergedAt`, or planned
 * only (`choice.write` false). A picked file that cannot be read is a refused report, never a failure.
 */
export async function collectPicked(
  port: CollectPort,
  files: readonly PastFile[],
  choice: CollectChoice,
  mergedAt: string,
  language?: Language
): Promise<CollectRun> {
  const run = await collectReports(port, await readReportFiles(files), {
    quarter: null,
    overwrite: choice.overwrite,
    takeLater: choice.takeLater,
    mergedAt,
    write: choice.write,
  });
  if (!run.plan)
    throw new Error(unusableReason(run.result, language ?? run.result.settings.language));
  return run;
}
