import {
  type Language,
  localTime,
  monthOf,
  type PastWorkbook,
  type PrintDoc,
  type RankResult,
  renderMessage,
  runAt,
  templateFor,
} from "../engine";
import { checkWorkbook, rankWorkbook } from "../rankWorkbook";
import { outputName } from "../outputName";
import { pastWorkbooks } from "../workbook/xlsx/pastWorkbooks";
import type { PaneHost } from "../ui/PaneHost";
import { ballotReportOf, collectReportOf, formsReportOf, reportOf } from "../ui/report";
import { collectReports, readReportFiles, unusableReason } from "../collectReports";
import { formsZip, makeReportForms } from "../reportForms";
import { ballotWorkbook } from "../ballotWorkbook";
import { STRINGS } from "../ui/strings";
import { templateXlsx } from "../workbook/xlsx/templateXlsx";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import { fileProblem } from "../workbook/xlsx/fileProblem";

export interface OpenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WebEvents {
  /** The reports merged: the page goes on with the merged workbook, and downloads it. */
  merged(name: string, bytes: Uint8Array): void;
  /** After ranking: the result for the table and chart, and the whole workbook to download. */
  ranked(result: RankResult, output: Uint8Array): void;
  download(name: string, bytes: Uint8Array): void;
  /** The documents a run wrote (the list, cover letter, minutes; or the ballot papers), to print. */
  documents(documents: readonly NamedDocument[]): void;
}

export interface NamedDocument {
  readonly name: string;
  readonly doc: PrintDoc;
}

/**
 * The pane's operations on the web page: an .xlsx held in memory, never sent
 * anywhere. Each run opens the file afresh, so the input bytes are never changed.
 */
export function webHost(
  file: () => OpenFile | null,
  language: () => Language,
  events: WebEvents
): PaneHost {
  /** A file that cannot be read says why, in the page's language (a password, an .xls, a damaged part...). */
  const explain = (e: unknown, name: string): never => {
    const problem = fileProblem(e, name);
    if (!problem) throw e;
    throw new Error(`${name}: ${renderMessage(problem, language())}`);
  };
  const open = () => {
    const f = file();
    if (!f) throw new Error(STRINGS[language()].web.noFile);
    try {
      return { f, workbook: XlsxWorkbook.open(f.bytes) };
    } catch (e) {
      return explain(e, f.name);
    }
  };
  return {
    check: async () => {
      const { f, workbook } = open();
      try {
        return reportOf(await checkWorkbook(workbook), language());
      } catch (e) {
        return explain(e, f.name);
      }
    },
    rank: async (past = []) => {
      const { f, workbook } = open();
      const history = past.map((p) => {
        try {
          return pastWorkbooks([p])[0] as PastWorkbook;
        } catch (e) {
          return explain(e, p.name);
        }
      });
      const {
        result,
        changes,
        stability,
        output: written,
      } = await rankWorkbook(workbook, runAt(new Date(), "", f.name), history).catch((e: unknown) =>
        explain(e, f.name)
      );
      const output = workbook.output();
      if (output) events.ranked(result, output);
      if (written)
        events.documents(
          written.documents.map((d) => ({ name: written.sheets.names[d.sheet], doc: d.doc }))
        );
      return reportOf(result, language(), changes, stability, written);
    },
    ballots: async () => {
      const { f, workbook } = open();
      const run = await ballotWorkbook(workbook).catch((e: unknown) => explain(e, f.name));
      const output = workbook.output();
      if (run.papers && run.doc && output) {
        events.download(
          outputName(f.name, "xlsx", (p) => p === f.name, "phieu-bau"),
          output
        );
        events.documents([{ name: run.papers, doc: run.doc }]);
      }
      return ballotReportOf(run);
    },
    reportForms: async (quarter) => {
      const { f, workbook } = open();
      const run = makeReportForms(
        await workbook.snapshot().catch((e: unknown) => explain(e, f.name)),
        quarter,
        new Date()
      );
      if (!run.result.usable) throw new Error(unusableReason(run.result, language()));
      const zip = formsZip(run);
      events.download(zip.name, zip.bytes);
      return formsReportOf(run, zip.name);
    },
    collect: async (files, choice) => {
      const { f, workbook } = open();
      const run = await collectReports(workbook, await readReportFiles(files), {
        quarter: null,
        overwrite: choice.overwrite,
        takeLater: choice.takeLater,
        mergedAt: localTime(runAt(new Date(), "", "")),
        write: choice.write,
      }).catch((e: unknown) => explain(e, f.name));
      if (!run.plan) throw new Error(unusableReason(run.result, language()));
      const output = choice.write ? workbook.output() : null;
      const name = outputName(f.name, "xlsx", (p) => p === f.name, "tong-hop");
      if (output) events.merged(name, output);
      return collectReportOf(
        run,
        files.length,
        output !== null,
        language(),
        output ? name : undefined
      );
    },
    createTemplate: async () => {
      const template = templateFor(null, monthOf(new Date()));
      const name = "mau-binh-xet.xlsx";
      events.download(name, templateXlsx(template));
      return { created: template.map((t) => t.sheet), existing: [], file: name };
    },
  };
}
