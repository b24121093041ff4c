// The strict Excel double as Office.js in a real browser (built by webpack's `standin` config): the task
// pane's page runs against the same double as the adapter's tests. The test puts the workbook in
// window.__SHEETS__ ({ name, values, formats }[]), and reads it back from window.__WORKBOOK__.
import { ExcelHost, WorkbookState, installGlobals, newSheet } from "../helpers/strictExcel";

interface PageData {
  __SHEETS__?: {
    name: string;
    values: (string | number | boolean | null)[][];
    formats?: string[][];
  }[];
  __LANGUAGE__?: string;
  __API__?: number;
  __EXCEL_RUNS__: number;
  __WORKBOOK__: WorkbookState;
  __HOST__: ExcelHost;
}

const page = window as unknown as PageData;
const workbook = new WorkbookState(
  (page.__SHEETS__ ?? []).map((s) => newSheet(s.name, s.values, s.formats))
);
const host = new ExcelHost(workbook, { web: true, apiVersion: page.__API__ ?? 12 });
installGlobals(host, page.__LANGUAGE__ ?? "vi-VN", window);
// Every Excel.run is counted: the what-if must not make any.
page.__EXCEL_RUNS__ = 0;
const excel = (window as unknown as { Excel: { run: (...a: unknown[]) => unknown } }).Excel;
const run = excel.run;
excel.run = (...args: unknown[]) => {
  page.__EXCEL_RUNS__ += 1;
  return run(...args);
};
page.__WORKBOOK__ = workbook;
page.__HOST__ = host;
