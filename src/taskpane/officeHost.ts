import type { RunInfo } from "../engine/output/buildLog";
import { rankCouncil } from "../engine/rankCouncil";
import { monthOf, templateFor } from "../engine/template/templateFor";
import { rankWorkbook } from "../rankWorkbook";
import { pastWorkbooks } from "../workbook/xlsx/pastWorkbooks";
import { createTemplate } from "../workbook/excel/createTemplate";
import { type ExcelRun, ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";
import { AutoRegenerator } from "./autoRegenerate";
import type { PaneHost, PastFile } from "./PaneHost";
import { reportOf } from "./report";

/** Document settings travel with the workbook, so every co-author sees the same switch. */
const AUTO_SETTING = "BinhXet.autoRegenerate";
const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

function runInfo(): RunInfo {
  // Office.js gives no user identity without SSO: the log records the run's time and host.
  return {
    time: new Date().toISOString(),
    user: "",
    source: `Excel ${Office.context.diagnostics?.platform ?? ""}`.trim(),
  };
}

function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(r.error.message))
    )
  );
}

/** The pane's operations in Excel: Office.js through the adapter, one use case for ranking. */
export function officeHost(run: ExcelRun): PaneHost {
  const rank = async (past: readonly PastFile[] = []) => {
    const { result, changes, stability } = await rankWorkbook(
      new ExcelWorkbook(run),
      runInfo(),
      pastWorkbooks(past)
    );
    return reportOf(result, result.settings.language, changes, stability);
  };
  const auto = new AutoRegenerator(async () => void (await rank()));
  let removeHandler: (() => Promise<void>) | null = null;
  const listen = async (on: boolean) => {
    if (!on) {
      auto.cancel();
      await removeHandler?.();
      removeHandler = null;
      return;
    }
    if (removeHandler) return;
    removeHandler = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/id");
      await context.sync();
      const names = new Map(sheets.items.map((s) => [s.id, s.name]));
      const handler = sheets.onChanged.add(async (e) =>
        auto.changed({
          source: e.source,
          sheetName: names.get(e.worksheetId) ?? "",
          triggerSource: (e as { triggerSource?: string }).triggerSource,
        })
      );
      await context.sync();
      return async () => {
        await run(async (ctx) => {
          handler.remove();
          await ctx.sync();
        });
      };
    });
  };
  if (Office.context.document.settings.get(AUTO_SETTING) === true) void listen(true);
  return {
    check: async () => reportOf(rankCouncil(await new ExcelWorkbook(run).snapshot())),
    rank: (past) => auto.guard(() => rank(past)),
    createTemplate: async () => {
      const report = await auto.guard(async () => {
        const template = templateFor(await new ExcelWorkbook(run).snapshot(), monthOf(new Date()));
        return createTemplate(run, template);
      });
      // The workbooks the add-in templates open its pane for every co-author.
      Office.context.document.settings.set(AUTO_SHOW, true);
      await saveSettings();
      return report;
    },
    selectCell: (sheet, cell) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    autoRegenerate: {
      get: () => Office.context.document.settings.get(AUTO_SETTING) === true,
      set: async (on) => {
        Office.context.document.settings.set(AUTO_SETTING, on);
        await saveSettings();
        await listen(on);
      },
    },
  };
}
