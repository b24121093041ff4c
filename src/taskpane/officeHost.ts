import { inputSheetNames, localTime, monthOf, runAt, type RunInfo, templateFor } from "../engine";
import { checkWorkbook, rankWorkbook } from "../rankWorkbook";
import { pastWorkbooks } from "../workbook/xlsx/pastWorkbooks";
import { createTemplate } from "../workbook/excel/createTemplate";
import { ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";
import type { ExcelRun } from "../workbook/excel/excelRun";
import { AutoRegenerator, type RunLock } from "./autoRegenerate";
import type { PaneHost, PastFile } from "../ui/PaneHost";
import { ballotReportOf, collectReportOf, reportOf } from "../ui/report";
import { collectPicked, downloadReportForms } from "../ui/reportingRuns";
import { download } from "../ui/download";
import { ballotWorkbook } from "../ballotWorkbook";

/** Document settings travel with the workbook, so every co-author sees the same switch. */
const AUTO_SETTING = "BinhXet.autoRegenerate";
const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

function runInfo(): RunInfo {
  // Office.js gives no user identity without SSO: the log records the run's time and host.
  return runAt(new Date(), "", `Excel ${Office.context.diagnostics?.platform ?? ""}`.trim());
}

const settings = () => Office.context.document.settings;

/** A settings call as a promise; an error is the one Office gives. */
function settingsCall(call: (cb: (r: Office.AsyncResult<void>) => void) => void): Promise<void> {
  return new Promise((resolve, reject) =>
    call((r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(r.error.message))
    )
  );
}

/**
 * One setting changed as co-authors share them: the bag is refreshed from the document first, so that
 * saving it whole does not put back what a co-author changed meanwhile.
 */
async function saveSetting(key: string, value: unknown): Promise<void> {
  await settingsCall((cb) => settings().refreshAsync(cb as never));
  settings().set(key, value);
  await settingsCall((cb) => settings().saveAsync(cb));
}

/** The pane's operations in Excel: Office.js through the adapter, one use case, one lock for every run. */
export function officeHost(
  run: ExcelRun,
  lock: RunLock,
  notify: (error: unknown) => void
): PaneHost {
  const rank = async (past: readonly PastFile[] = []) => {
    const { result, changes, stability, output } = await rankWorkbook(
      new ExcelWorkbook(run),
      runInfo(),
      pastWorkbooks(past)
    );
    return reportOf(result, result.settings.language, changes, stability, output);
  };
  const isInput = (worksheetId: string) =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(worksheetId);
      sheet.load("name");
      sheet.tables.load("items/name");
      await context.sync();
      const sheetName = sheet.name;
      const tables = sheet.tables.items.map((t) => ({ name: t.name, sheet: sheetName }));
      return inputSheetNames([sheetName], tables).size > 0;
    });
  const auto = new AutoRegenerator(lock, async () => void (await rank()), isInput, notify);
  const listener = new ChangeListener(run, auto);
  const listen = (on: boolean) => listener.listen(on);
  if (settings().get(AUTO_SETTING) === true) void listen(true);
  const snapshot = () => new ExcelWorkbook(run).snapshot();
  return {
    check: () => lock.run(async () => reportOf(await checkWorkbook(new ExcelWorkbook(run)))),
    rank: (past) => lock.run(() => rank(past)),
    createTemplate: async () => {
      const report = await lock.run(async () =>
        createTemplate(run, templateFor(await snapshot(), monthOf(new Date())))
      );
      // The workbooks the add-in templates open its pane for every co-author.
      await saveSetting(AUTO_SHOW, true);
      return report;
    },
    ballots: () =>
      lock.run(async () => ballotReportOf(await ballotWorkbook(new ExcelWorkbook(run)))),
    reportForms: (quarter) =>
      lock.run(async () => downloadReportForms(await snapshot(), quarter, download)),
    collect: (files, choice) =>
      lock.run(async () => {
        const at = localTime(runInfo());
        const merged = await collectPicked(new ExcelWorkbook(run), files, choice, at);
        return collectReportOf(merged, files.length, choice.write);
      }),
    showSheet: (sheet) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
    selectCell: (sheet, cell) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    autoRegenerate: {
      get: () => settings().get(AUTO_SETTING) === true,
      set: async (on) => {
        await saveSetting(AUTO_SETTING, on);
        await listen(on);
        if (!on) await Office.addin.setStartupBehavior(Office.StartupBehavior.none);
      },
    },
    autoOpen: {
      get: () => settings().get(AUTO_SHOW) === true,
      set: (on) => saveSetting(AUTO_SHOW, on),
    },
  };
}

/** The workbook's change events, on while auto-regeneration is. */
class ChangeListener {
  // The handler and the context it was added in: Office.js removes a handler only from that context.
  private registration: { context: Excel.RequestContext; remove(): void } | null = null;
  private readonly withTriggerSource = Office.context.requirements.isSetSupported(
    "ExcelApi",
    "1.14"
  );

  constructor(
    private readonly run: ExcelRun,
    private readonly auto: AutoRegenerator
  ) {}

  async listen(on: boolean): Promise<void> {
    if (!on) return this.stop();
    this.auto.resume();
    if (this.registration) return;
    this.registration = await this.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (e) =>
        this.auto.changed({
          source: e.source,
          worksheetId: e.worksheetId,
          triggerSource: this.withTriggerSource
            ? (e as { triggerSource?: string }).triggerSource
            : undefined,
        })
      );
      await context.sync();
      return handler as unknown as { context: Excel.RequestContext; remove(): void };
    });
    // Listening goes on after the workbook is closed and opened again only if the runtime loads with it.
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
  }

  private async stop(): Promise<void> {
    this.auto.cancel();
    const r = this.registration;
    this.registration = null;
    if (r)
      await this.run(
        async (context) => {
          r.remove();
          await context.sync();
        },
        { context: r.context }
      );
  }
}
