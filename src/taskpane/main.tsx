import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { regenerate } from "../commands/regenerate";
import type { ExcelRun } from "../workbook/excel/excelRun";
import { RunLock } from "./autoRegenerate";
import { officeHost } from "./officeHost";
import { TaskPane } from "../ui/TaskPane";

/* global Office, Excel, document */

/**
 * Every batch waits while the user edits a cell (`delayForCellEdit`, ExcelApi 1.11) instead of failing;
 * a batch that must run in the context an event handler was added in is given that context.
 */
const run: ExcelRun = (batch, options) =>
  options?.context
    ? Excel.run(options.context, batch)
    : Excel.run({ delayForCellEdit: true }, batch);

// One shared runtime: the pane and the ribbon command live in this page, under one lock.
const lock = new RunLock();
const listeners = new Set<(error: unknown) => void>();
const notify = (error: unknown) => listeners.forEach((l) => l(error));

Office.onReady(() => {
  Office.actions.associate("regenerate", async (event: Office.AddinCommands.Event) => {
    try {
      await regenerate(run, lock, () => Office.addin.showAsTaskpane(), notify);
    } finally {
      event.completed();
    }
  });
  const language = Office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
  const host = {
    ...officeHost(run, lock, notify),
    onNotice: (listener: (error: unknown) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <TaskPane host={host} language={language} />
      </FluentProvider>
    );
});
