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
import { ballotReportOf, collectReportOf, reportOf } from "../ui/report";
import { collectPicked, downloadReportForms } from "../ui/reportingRuns";
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

/** A file that cannot be read says why, in the page's language (a password, an .xls, a damaged part...). */
function explainFile(e: unknown, name: string, language: Language): never {
  const problem = fileProblem(e, name);
  if (!problem) throw e;
  throw new Error(`${name}: ${renderMessage(problem, language)}`);
}

/** Xếp hạng on the open file, with last years' files as history: the result, the workbook and the documents told. */
async function rankFile(
  { f, workbook }: { f: OpenFile; workbook: XlsxWorkbook },
  past: readonly OpenFile[],
  language: Language,
  events: WebEvents
) {
  const history = past.map((p) => {
    try {
      return pastWorkbooks([p])[0] as PastWorkbook;
    } catch (e) {
      return explainFile(e, p.name, language);
    }
  });
  const {
    result,
    changes,
    stability,
    output: written,
  } = await rankWorkbook(workbook, runAt(new Date(), "", f.name), history).catch((e: unknown) =>
    explainFile(e, f.name, language)
  );
  const output = workbook.output();
  if (output) events.ranked(result, output);
  if (written)
    events.documents(
      written.documents.map((d) => ({ name: written.sheets.names[d.sheet], doc: d.doc }))
    );
  return reportOf(result, language, changes, stability, written);
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
  const explain = (e: unknown, name: string) => explainFile(e, name, language());
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
    rank: (past = []) => rankFile(open(), past, language(), events),
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
      const snapshot = await workbook.snapshot().catch((e: unknown) => explain(e, f.name));
      return downloadReportForms(snapshot, quarter, events.download, language());
    },
    collect: async (files, choice) => {
      const { f, workbook } = open();
      const at = localTime(runAt(new Date(), "", ""));
      const run = await collectPicked(workbook, files, choice, at, language()).catch((e: unknown) =>
        explain(e, f.name)
      );
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
