import { OfficeMockObject } from "office-addin-mock";
import type { Cell, WorkbookSnapshot } from "../../src/engine/snapshot";
import type { ExcelRun } from "../../src/workbook/excel/ExcelWorkbook";

/**
 * A stand-in Excel host for the Office.js adapter, built on office-addin-mock:
 * ranges and tables are mock objects, so reading a property that was not
 * loaded and synced fails as it does in Excel. Writes land in `sheets` at each
 * sync; every sync is counted.
 */
export interface FakeSheet {
  name: string;
  values: (string | number | boolean)[][];
  formats: string[][];
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
}

/** An office-addin-mock object seen from the test: its own methods, and whatever the data put on it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mock objects are shaped by their data
type Mock = Record<string, any> & {
  populate(data: object): void;
  addMock(key: string): void;
  load(arg?: string): Mock;
  sync(): Promise<void>;
};

interface Written {
  range: Mock;
  initial: unknown;
  sheet: FakeSheet;
  row: number;
  col: number;
}

export function excelHost(
  snapshotSheets: FakeSheet[],
  snapshotTables: FakeTable[] = [],
  options: { failOnWrite?: number } = {}
) {
  const sheets = snapshotSheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...r]),
    formats: s.formats.map((r) => [...r]),
  }));
  const tables = [...snapshotTables];
  const requests: { values: unknown[][] }[] = [];
  let syncs = 0;
  let writes = 0;
  let counter = 0;
  const pending: Written[] = [];
  // Every range the code asked for by indexes: validations, formats.
  const validations: { sheet: string; row: number; col: number; cols: number; range: Mock }[] = [];
  const active = { name: "" };
  const context = new OfficeMockObject({
    workbook: { worksheets: {}, tables: {} },
    application: {},
  }) as unknown as Mock;
  const child = (data: object): Mock => {
    const key = `m${counter++}`;
    context.addMock(key);
    const m = context[key] as Mock;
    m.populate(data);
    return m;
  };
  const grid = (s: FakeSheet, r: number, c: number, rows: number, cols: number) => ({
    values: Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.values[r + i]?.[c + j] ?? "")
    ),
    numberFormat: Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.formats[r + i]?.[c + j] ?? "General")
    ),
  });
  const sheetObject = (s: FakeSheet) => ({
    get name() {
      return s.name;
    },
    set name(v: string) {
      tables.filter((t) => t.sheet === s.name).forEach((t) => (t.sheet = v));
      s.name = v;
    },
    isNullObject: false,
    getUsedRangeOrNullObject() {
      const rowCount = s.values.length;
      const columnCount = Math.max(0, ...s.values.map((r) => r.length));
      const m = child({ rowIndex: 0, columnIndex: 0, rowCount, columnCount });
      m.isNullObject = rowCount === 0 || columnCount === 0;
      return m;
    },
    getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
      const m = child({
        ...grid(s, r, c, rows, cols),
        address: `${s.name}!R${r}C${c}`,
        format: {
          wrapText: false,
          verticalAlignment: "",
          columnWidth: 0,
          font: { bold: false, italic: false },
          fill: { color: "" },
        },
        dataValidation: { rule: "", prompt: "" },
      });
      m.format.autofitColumns = () => undefined;
      validations.push({ sheet: s.name, row: r, col: c, cols, range: m });
      pending.push({ range: m, initial: m.values, sheet: s, row: r, col: c });
      return m;
    },
    tables: {
      add: (range: Mock, hasHeaders: boolean) => {
        const t = {
          name: `Table${tables.length + 1}`,
          sheet: s.name,
          address: String(range.address),
          showHeaders: hasHeaders,
          showTotals: false,
          style: "",
        };
        tables.push(t);
        return t;
      },
    },
    activate: () => (active.name = s.name),
    freezePanes: { freezeRows: (n: number) => ((s as FakeSheet & { frozen?: number }).frozen = n) },
    pageLayout: {
      setPrintTitleRows: (rows: string) =>
        ((s as FakeSheet & { printTitles?: string }).printTitles = rows),
    },
    delete() {
      sheets.splice(sheets.indexOf(s), 1);
      for (let i = tables.length - 1; i >= 0; i--)
        if (tables[i]?.sheet === s.name) tables.splice(i, 1);
    },
  });
  const nullSheet = {
    isNullObject: true,
    getUsedRangeOrNullObject: () => ({ isNullObject: true, load() {} }),
  };
  const worksheets = context.workbook.worksheets;
  worksheets.populate({ items: [] });
  Object.assign(worksheets, {
    getItemOrNullObject: (name: string) => {
      const s = sheets.find((x) => x.name === name);
      return s ? sheetObject(s) : nullSheet;
    },
    add: (name: string) => {
      const s: FakeSheet = { name, values: [], formats: [] };
      sheets.push(s);
      return sheetObject(s);
    },
  });
  const originalLoad = worksheets.load.bind(worksheets);
  worksheets.load = ((arg: string) => {
    worksheets.populate({ items: sheets.map(sheetObject) });
    return originalLoad(arg);
  }) as typeof worksheets.load;
  const tablesMock = context.workbook.tables;
  const originalTablesLoad = tablesMock.load.bind(tablesMock);
  tablesMock.load = ((arg: string) => {
    tablesMock.populate({
      items: tables.map((t) => {
        const m = child({
          name: t.name,
          showHeaders: t.showHeaders,
          showTotals: t.showTotals,
          worksheet: { name: t.sheet },
        });
        m.getRange = () => child({ address: t.address });
        return m;
      }),
    });
    return originalTablesLoad(arg);
  }) as typeof tablesMock.load;
  context.application.suspendApiCalculationUntilNextSync = () => undefined;
  context.application.suspendScreenUpdatingUntilNextSync = () => undefined;
  const originalSync = context.sync.bind(context);
  context.sync = (async () => {
    syncs++;
    const request: unknown[][] = [];
    const batch = pending.splice(0);
    if (
      batch.some((w) => w.range.values !== w.initial && typeof w.range.values !== "string") &&
      ++writes === options.failOnWrite
    )
      throw new Error("RichApi.Error: the request failed");
    for (const w of batch) {
      if (w.range.values === w.initial || typeof w.range.values === "string") continue;
      const values = w.range.values as unknown[][];
      values.forEach((row, i) =>
        row.forEach((v, j) => ((w.sheet.values[w.row + i] ??= [])[w.col + j] = v as string))
      );
      request.push(...values);
    }
    if (request.length > 0) requests.push({ values: request });
    await originalSync();
    // office-addin-mock settles nested properties in later microtasks: let them all run, as a real sync would.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }) as typeof context.sync;
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, sheets, tables, syncs: () => syncs, requests, validations, active };
}

/** The same sheets as a snapshot, for a host: values with number formats that say percent or date. */
export function fakeSheets(snapshot: WorkbookSnapshot): FakeSheet[] {
  const value = (c: Cell) => (c === null ? "" : c.v);
  const format = (c: Cell) =>
    c !== null && c.t === "n" ? (c.pct ? "0.0%" : c.date ? "dd/mm/yyyy" : "General") : "General";
  return snapshot.sheets.map((s) => {
    let width = 0;
    for (let r = 0; r < s.rows.length; r++) width = Math.max(width, s.rows[r]?.length ?? 0);
    const rows = Array.from({ length: s.rows.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => s.rows[r]?.[c] ?? null)
    );
    return {
      name: s.name,
      values: rows.map((r) => r.map(value)),
      formats: rows.map((r) => r.map(format)),
    };
  });
}
