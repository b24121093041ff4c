import {
  type Cell,
  cellsToWrite,
  inputSheetNames,
  type MergePlan,
  mergeSheetName,
  REVIEW_COLUMNS,
  REVIEW_SHEET,
  REVIEW_TABLE,
  SOURCE_COLUMNS,
  SOURCE_SHEET,
  SOURCE_TABLE,
  LOG_SHEET,
  type OutputColumn,
  type OutputValue,
  ownKindOf,
  type PrintDoc,
  sameSheetName,
  type SheetSnapshot,
  type TableSnapshot,
  type TemplateSheet,
  type WorkbookSnapshot,
} from "../../engine";
import { EXCEL_ERRORS, isDateCode, isPercentCode } from "../numberFormat";
import type { BallotPort, CollectPort, MergeSheets, RunOutput, WorkbookPort } from "../port";
import { createTemplate } from "./createTemplate";
import type { ExcelRun } from "./excelRun";
import { parseRange } from "../xlsx/readXlsx";
import { address } from "../../engine";
import { writeDocument } from "./writeDocument";
import { NUMBER_FORMATS, POINTS_PER_CHAR } from "./formats";
import { PARTIAL_PREFIX, writeResult } from "./writeResult";
import { WorkbookRefused } from "../refusal";
import { isPayloadError, readBlockRows, withTimeout } from "./chunks";

const TIMEOUT_MS = 120_000;
/** Rows read of our own sheets that are not inputs, to tell ours from a council's sheet of that name. */
const HEAD_ROWS = 20;

function toCell(value: unknown, format: string | undefined): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    const f = format ?? "General";
    if (f === "General") return { t: "n", v: value };
    return {
      t: "n",
      v: value,
      ...(isPercentCode(f) ? { pct: true } : {}),
      ...(isDateCode(f) ? { date: true } : {}),
    };
  }
  if (typeof value === "boolean") return { t: "b", v: value };
  const s = String(value);
  return EXCEL_ERRORS.has(s) ? { t: "e", v: s } : { t: "s", v: s };
}

/** Thrown to stop a run that passed its time-out, between two syncs. */
class Cancelled extends Error {}

/**
 * The Office.js adapter. Reads only the sheets the run uses, in blocks sized by the bytes Excel
 * returns, halving a block that passes Excel on the web's 5 MB; writes only our sheets, every text
 * cell formatted as text before its value in the same sync, so that Excel converts nothing. The new
 * ranking is built on a partial sheet of the run's own and copied into `Xếp hạng` at the last sync,
 * keeping the sheet and its table (the council's references to them stay valid). Events are off while
 * it writes; every run has a time-out that stops it between syncs.
 */
export class ExcelWorkbook implements WorkbookPort, BallotPort, CollectPort {
  /** Rows of the log when the snapshot was read: a co-author's run in between is told apart. */
  private logRows: number | null = null;
  private readonly runId = Math.random().toString(36).slice(2, 6);

  constructor(
    private readonly run: ExcelRun,
    private readonly timeoutMs = TIMEOUT_MS
  ) {}

  /** A batch; `alive()` before each sync throws once the run has passed its time-out. */
  private batch<T>(
    work: (context: Excel.RequestContext, alive: () => void) => Promise<T>
  ): Promise<T> {
    let cancelled = false;
    const done = this.run(async (context) =>
      work(context, () => {
        if (cancelled) throw new Cancelled();
      })
    );
    return withTimeout(done, this.timeoutMs, () => {
      cancelled = true;
      return new WorkbookRefused({
        key: "excelTimeout",
        seconds: Math.round(this.timeoutMs / 1000),
      });
    });
  }

  snapshot(): Promise<WorkbookSnapshot> {
    return this.batch(async (context, alive) => {
      const worksheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      const names = context.workbook.names;
      worksheets.load("items/name, items/id");
      tables.load("items/name, items/showHeaders, items/showTotals");
      names.load("items/name");
      alive();
      await context.sync();
      const tableInfo = tables.items.map((t) => {
        const range = t.getRange();
        range.load("address");
        t.worksheet.load("name");
        return { table: t, range };
      });
      alive();
      await context.sync();
      const snapshotTables: TableSnapshot[] = tableInfo.flatMap(({ table, range }) => {
        const parsed = parseRange(range.address.split("!").pop()?.replace(/\$/g, "") ?? "");
        return parsed
          ? [
              {
                name: table.name,
                sheet: table.worksheet.name,
                range: parsed,
                headerRow: table.showHeaders,
                totalsRow: table.showTotals,
              },
            ]
          : [];
      });
      const all = worksheets.items.map((s) => s.name);
      const inputs = inputSheetNames(all, snapshotTables);
      const holdsOurTable = (n: string) =>
        snapshotTables.some((t) => sameSheetName(t.sheet, n) && /^XepHang(_\d+)?$/i.test(t.name));
      const sheets: SheetSnapshot[] = [];
      for (const sheet of worksheets.items) {
        const name = sheet.name;
        if (name.startsWith(PARTIAL_PREFIX)) continue;
        const kind = ownKindOf(name);
        const memory = kind === "memory";
        const full = inputs.has(name) || memory;
        // Our ranking holding our table needs no reading at all; the log and the proposal list only their head.
        const head = !full && kind !== null && !holdsOurTable(name) ? HEAD_ROWS : full ? null : 0;
        if (head === 0) {
          sheets.push({ name, rows: [] });
          continue;
        }
        const read = await readSheet(
          context,
          alive,
          sheet,
          snapshotTables.filter((t) => t.sheet === name),
          head
        );
        if (sameSheetName(name, LOG_SHEET)) this.logRows = read.usedRows;
        sheets.push({ name, rows: read.rows, ...(read.partial ? { replaceable: false } : {}) });
      }
      return { sheets, tables: snapshotTables, definedNames: names.items.map((n) => n.name) };
    });
  }

  /**
   * The confirmed merge (issue 14), the one write into a council's sheets: each planned cell is checked
   * to be as the plan saw it (empty, or the value the secretary chose to replace) before anything is
   * written, so a co-author's entry since is never lost; rows below a results table are added to it
   * (TableRowCollection.add), text is formatted as text before it is written; then our two sheets.
   */
  async writeMerge(plan: MergePlan, sheets: MergeSheets): Promise<void> {
    const snapshot = await this.snapshot();
    const cells = cellsToWrite(plan);
    const replaced = new Map(
      plan.writes.map((w) => [`${w.cell.sheet}!${w.cell.row}!${w.cell.col}`, w.replaced])
    );
    await this.batch(async (context, alive) => {
      const wb = context.workbook;
      wb.load("readOnly");
      const targets = cells.map((c) => {
        const ws = wb.worksheets.getItem(c.sheet);
        ws.load("name");
        ws.protection.load("protected");
        const range = ws.getRangeByIndexes(c.row, c.col, 1, 1);
        range.load("values");
        return { c, ws, range };
      });
      alive();
      await context.sync();
      if (wb.readOnly) throw new WorkbookRefused({ key: "mergeReadOnly" });
      const locked = targets.find((t) => t.ws.protection.protected);
      if (locked) throw new WorkbookRefused({ key: "mergeSheetProtected", sheet: locked.c.sheet });
      const moved = targets.filter(({ c, range }) => {
        const now = String(range.values[0]?.[0] ?? "").trim();
        const was = replaced.get(`${c.sheet}!${c.row}!${c.col}`) ?? "";
        return now !== "" && now !== was;
      });
      if (moved.length > 0)
        throw new WorkbookRefused({
          key: "mergeCellsTyped",
          cells: moved.slice(0, 5).map((t) => `${t.c.sheet}!${address(t.c.row, t.c.col)}`),
        });
      context.runtime.enableEvents = false;
      try {
        for (const t of snapshot.tables) {
          const below = [
            ...new Set(
              cells.filter((c) => c.sheet === t.sheet && c.row > t.range.bottom).map((c) => c.row)
            ),
          ];
          if (below.length === 0 || t.totalsRow) continue;
          const width = t.range.right - t.range.left + 1;
          wb.tables.getItemOrNullObject(t.name).rows.add(
            undefined,
            below.map(() => Array<string>(width).fill(""))
          );
        }
        context.application.suspendApiCalculationUntilNextSync();
        for (const { c, range } of targets) {
          if (typeof c.value === "string") range.numberFormat = [["@"]];
          range.values = [[c.value]];
        }
        alive();
        await context.sync();
      } finally {
        context.runtime.enableEvents = true;
        await context.sync();
      }
    });
    await this.putTableSheet(
      mergeSheetName(snapshot, SOURCE_SHEET, SOURCE_TABLE),
      SOURCE_TABLE,
      SOURCE_COLUMNS,
      sheets.sources.rows,
      sheets.sources.title
    );
    await this.putTableSheet(
      mergeSheetName(snapshot, REVIEW_SHEET, REVIEW_TABLE),
      REVIEW_TABLE,
      REVIEW_COLUMNS,
      sheets.review,
      []
    );
  }

  /** A sheet of ours replaced by lines of text, then a table of rows (texts as text), header frozen. */
  private putTableSheet(
    name: string,
    tableName: string,
    columns: readonly OutputColumn[],
    rows: readonly (readonly OutputValue[])[],
    title: readonly string[]
  ): Promise<void> {
    return this.replaceSheet(name, async (context, alive, sheet) => {
      const top = title.length > 0 ? title.length + 1 : 0;
      if (title.length > 0) {
        const lines = sheet.getRangeByIndexes(0, 0, title.length, 1);
        lines.numberFormat = title.map(() => ["@"]);
        lines.values = title.map((t) => [t]);
      }
      const width = columns.length;
      const body = [
        columns.map((c) => c.header),
        ...rows.map((r) => columns.map((_, i) => r[i] ?? "")),
      ];
      const range = sheet.getRangeByIndexes(top, 0, body.length, width);
      range.numberFormat = body.map((r, i) =>
        r.map((v, j) =>
          i === 0 || typeof v === "string" ? "@" : NUMBER_FORMATS[columns[j]?.format ?? "text"]
        )
      );
      range.values = body;
      const table = sheet.tables.add(range, true);
      table.name = tableName;
      columns.forEach((c, i) => {
        sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * POINTS_PER_CHAR;
      });
      sheet.freezePanes.freezeRows(top + 1);
      alive();
      await context.sync();
    });
  }

  /** Our sheet of that name, deleted when there, added anew and filled, with events off meanwhile. */
  private replaceSheet(
    name: string,
    fill: (
      context: Excel.RequestContext,
      alive: () => void,
      sheet: Excel.Worksheet
    ) => Promise<void>
  ): Promise<void> {
    return this.batch(async (context, alive) => {
      const worksheets = context.workbook.worksheets;
      const old = worksheets.getItemOrNullObject(name);
      old.load("name");
      alive();
      await context.sync();
      context.runtime.enableEvents = false;
      try {
        if (!old.isNullObject) old.delete();
        await fill(context, alive, worksheets.add(name));
      } finally {
        context.runtime.enableEvents = true;
        await context.sync();
      }
    });
  }

  /** The papers replace our sheet of that name; `Phiếu bầu` is added as the template adds a sheet, never over one. */
  async writeBallots(name: string, papers: PrintDoc, sheet: TemplateSheet | null): Promise<void> {
    await this.replaceSheet(name, (context, alive, sheet) =>
      writeDocument(context, alive, sheet, papers)
    );
    if (sheet) await createTemplate(this.run, [sheet]);
  }

  write(output: RunOutput, logRow: readonly OutputValue[]): Promise<void> {
    return this.batch((context, alive) =>
      writeResult(context, alive, output, logRow, { runId: this.runId, logRows: this.logRows })
    );
  }
}

/** Columns a cell may stand past the others and still count: a value 64 columns off is no column of the data. */
const STRAY_GAP = 64;

/** The width of a row's data: up to its last cell that is not a stray far to the right of the rest. */
function denseWidth(row: readonly Cell[]): number {
  let width = 0;
  let last = -1;
  row.forEach((c, i) => {
    if (c === null) return;
    if (last < 0 || i - last <= STRAY_GAP) width = i + 1;
    last = i;
  });
  return width;
}

/**
 * A sheet's cells: the used range, capped to the columns its first rows (and its tables) use, read in
 * blocks sized by what the last block weighed, stopping after the first empty row past its tables (the
 * contract reads no further). `head` reads only that many rows.
 */
async function readSheet(
  context: Excel.RequestContext,
  alive: () => void,
  sheet: Excel.Worksheet,
  tables: readonly TableSnapshot[],
  head: number | null
): Promise<{ rows: (Cell[] | undefined)[]; usedRows: number; partial: boolean }> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  alive();
  await context.sync();
  if (used.isNullObject) return { rows: [], usedRows: 0, partial: false };
  const rows: (Cell[] | undefined)[] = [];
  const lastRow = used.rowIndex + used.rowCount;
  const tableEnd = Math.max(0, ...tables.map((t) => t.range.bottom + 1));
  const end = head === null ? lastRow : Math.min(lastRow, head);
  let width = used.columnIndex + used.columnCount;
  let at = 0;
  let rowsPerBlock = Math.max(1, Math.floor(20_000 / width));
  let capped = false;
  while (at < end) {
    const count = Math.min(rowsPerBlock, end - at);
    const range = sheet.getRangeByIndexes(at, 0, count, width);
    range.load("values, numberFormat");
    try {
      alive();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one block per sync keeps each response under 5 MB
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || count === 1) throw e;
      rowsPerBlock = Math.max(1, Math.floor(count / 2));
      continue;
    }
    let stop = false;
    const numberFormats = range.numberFormat;
    range.values.forEach((values, r) => {
      const formats = numberFormats[r] ?? [];
      const row = values.map((v, c) => toCell(v, formats[c] as string | undefined));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      rows[at + r] = row.length > 0 ? row : undefined;
      // Past the ten rows a header may sit in, an empty row after data ends what the contract reads (§1).
      if (row.length === 0 && at + r >= 10 && rows[at + r - 1] !== undefined && at + r >= tableEnd)
        stop = true;
    });
    rowsPerBlock = readBlockRows(range.values, numberFormats, count);
    at += count;
    // A stray cell far to the right (XFD) is no column of the council's: the first rows and the tables say how wide.
    if (!capped && at >= Math.min(10, end)) {
      capped = true;
      const used10 = Math.max(0, ...rows.slice(0, 10).map((r) => denseWidth(r ?? [])));
      width = Math.max(1, used10, ...tables.map((t) => t.range.right + 1));
      rowsPerBlock = Math.max(rowsPerBlock, Math.floor(20_000 / width));
    }
    if (head === null && stop) break;
  }
  // A sheet whose head is empty but which holds more below cannot be told ours: it is not replaced.
  const partial = head !== null && lastRow > head && rows.every((r) => r === undefined);
  return { rows, usedRows: lastRow, partial };
}
