import type { Cell, WorkbookSnapshot } from "../../src/engine/snapshot";
import type { ExcelRun } from "../../src/workbook/excel/excelRun";
import { type ExcelHost, type Value, WorkbookState, newSheet } from "./strictExcel";

/** The strict double's workbook holding a snapshot's cells, percent and date cells formatted as such. */
export function workbookFrom(snapshot: WorkbookSnapshot): WorkbookState {
  const format = (c: Cell) =>
    c !== null && c.t === "n" ? (c.pct ? "0.0%" : c.date ? "dd/mm/yyyy" : "General") : "General";
  return new WorkbookState(
    snapshot.sheets.map((s) =>
      newSheet(
        s.name,
        s.rows.map((r) => (r ?? []).map((c) => (c === null ? null : (c.v as Value)))),
        s.rows.map((r) => (r ?? []).map(format))
      )
    )
  );
}

/** The adapter's `run` on a client of the double (options as main.tsx passes them). */
export function runOn(host: ExcelHost): ExcelRun {
  return (batch, options) =>
    (options?.context
      ? host.run(options.context, batch as never)
      : host.run({ delayForCellEdit: true }, batch as never)) as never;
}
