import {
  LOG_COLUMNS,
  MEMORY_COLUMNS,
  MEMORY_SHEET,
  type OutputColumn,
  type OutputValue,
  sameSheetName,
} from "../../engine";
import type { RunOutput } from "../port";
import { WorkbookRefused } from "../refusal";
import { writeRows } from "./chunks";
import { NUMBER_FORMATS, POINTS_PER_CHAR, formatOf } from "./formats";
import { writeCharts } from "./writeCharts";
import { writeDocument } from "./writeDocument";

/** A run's own partial sheet: a failure leaves it, clearly marked, and the old result whole. */
export const PARTIAL_PREFIX = "Xếp hạng (chưa xong";

type Context = Excel.RequestContext;
type Names = RunOutput["sheets"];

/** What the run knows of the workbook it read: its id, and how many log rows it saw (null: no log read). */
export interface RunState {
  readonly runId: string;
  readonly logRows: number | null;
}

/**
 * Writes a run's sheets: refused before any change when the workbook cannot take them, then the ranking
 * and the memory staged on sheets of their own, swapped in at the last sync, then documents, chart, log.
 */
export async function writeResult(
  context: Context,
  alive: () => void,
  { table, documents, charts, memory, sheets: own }: RunOutput,
  logRow: readonly OutputValue[],
  run: RunState
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const found = await checkWritable(context, alive, own, documents, run);
  // Our own writes must not set off the council's handlers, nor our own auto-regeneration.
  context.runtime.enableEvents = false;
  try {
    const partial = worksheets.add(`${PARTIAL_PREFIX} ${run.runId})`);
    await stageRanking(context, alive, partial, table);
    const memorySheet = await stageMemory(context, alive, `${MEMORY_SHEET} ${run.runId}`, memory);
    // The last sync swaps: until here the previous result is untouched.
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    const rowCount = Math.max(table.rows.length, 1) + 1;
    const target = swapRanking(found, partial, own, table.columns.length, rowCount);
    layoutRanking(target, table.columns, rowCount);
    const oldMemory = worksheets.getItemOrNullObject(own.names.memory);
    oldMemory.load("name");
    alive();
    await context.sync();
    if (!oldMemory.isNullObject) oldMemory.delete();
    memorySheet.name = own.names.memory;
    // The memory's header is written last: a memory cut short reads as none (the next run says "first run").
    memorySheet.getRangeByIndexes(0, 0, 1, MEMORY_COLUMNS.length).values = [
      MEMORY_COLUMNS.map((c) => c.header),
    ];
    for (const o of found.oldDocuments) if (!o.isNullObject) o.delete();
    for (const d of documents)
      await writeDocument(context, alive, worksheets.add(own.names[d.sheet]), d.doc);
    writeCharts(worksheets.add(own.names.chart), charts);
    appendLog(worksheets, found, own, logRow);
    alive();
    await context.sync();
  } finally {
    context.runtime.enableEvents = true;
    await context.sync();
  }
}

/** The sheets and table a run replaces, as found. */
interface Found {
  readonly old: Excel.Worksheet;
  readonly oldUsed: Excel.Range;
  readonly oldTable: Excel.Table;
  readonly log: Excel.Worksheet;
  readonly logRows: number;
  readonly oldDocuments: readonly Excel.Worksheet[];
  /** The ranking sheet and its table are there: they stay, so formulas pointing at them still do. */
  readonly keepTable: boolean;
}

/** The checks first: a run that cannot finish is refused before it changes anything. */
async function checkWritable(
  context: Context,
  alive: () => void,
  own: Names,
  documents: RunOutput["documents"],
  run: RunState
): Promise<Found> {
  const wb = context.workbook;
  const worksheets = wb.worksheets;
  wb.load("readOnly");
  wb.protection.load("protected");
  const old = worksheets.getItemOrNullObject(own.names.ranking);
  const oldTable = wb.tables.getItemOrNullObject(own.table);
  const name = wb.names.getItemOrNullObject(own.table);
  const log = worksheets.getItemOrNullObject(own.names.log);
  const logUsed = log.getUsedRangeOrNullObject(true);
  const oldUsed = old.getUsedRangeOrNullObject();
  logUsed.load("rowCount, rowIndex");
  oldUsed.load("rowCount, columnCount");
  // The last run's documents and chart: checked for protection now, replaced at the end.
  const oldDocuments = [...documents.map((d) => d.sheet), "chart" as const].map((k) =>
    worksheets.getItemOrNullObject(own.names[k])
  );
  const sheets = [old, log, ...oldDocuments].map((s) => {
    s.load("name");
    return { s, p: s.protection };
  });
  alive();
  await context.sync();
  if (wb.readOnly) throw new WorkbookRefused({ key: "readOnly" });
  if (wb.protection.protected) throw new WorkbookRefused({ key: "structureProtected" });
  if (!name.isNullObject) throw new WorkbookRefused({ key: "nameTaken", name: own.table });
  const logRows =
    log.isNullObject || logUsed.isNullObject ? 0 : logUsed.rowIndex + logUsed.rowCount;
  if (run.logRows !== null && logRows !== run.logRows)
    throw new WorkbookRefused({ key: "coAuthorRan" });
  for (const { s, p } of sheets) if (!s.isNullObject) p.load("protected");
  alive();
  await context.sync();
  for (const { s, p } of sheets)
    if (!s.isNullObject && p.protected)
      throw new WorkbookRefused({ key: "sheetProtected", sheet: s.name });
  const keepTable = !old.isNullObject && !oldTable.isNullObject;
  const oldTableSheet = oldTable.worksheet;
  if (keepTable) oldTableSheet.load("name");
  alive();
  await context.sync();
  if (keepTable && !sameSheetName(oldTableSheet.name, own.names.ranking))
    throw new WorkbookRefused({
      key: "tableElsewhere",
      table: own.table,
      sheet: oldTableSheet.name,
    });
  return { old, oldUsed, oldTable, log, logRows, oldDocuments, keepTable };
}

/** The ranking table on the run's partial sheet: headers as text, each column in its number format. */
async function stageRanking(
  context: Context,
  alive: () => void,
  partial: Excel.Worksheet,
  table: RunOutput["table"]
): Promise<void> {
  const width = table.columns.length;
  const rows = [
    table.columns.map((c) => c.header),
    ...table.rows.map((r) => r.map((v) => v ?? "")),
  ];
  partial.getRangeByIndexes(0, 0, 1, width).numberFormat = [table.columns.map(() => "@")];
  table.columns.forEach((c, i) => {
    if (rows.length > 1)
      partial.getRangeByIndexes(1, i, rows.length - 1, 1).numberFormat = NUMBER_FORMATS[
        c.format
      ] as unknown as string[][];
  });
  await writeRows(context, alive, partial, 0, width, rows);
}

/** The memory rows on a hidden sheet of the run's own, their header left for the swap. */
async function stageMemory(
  context: Context,
  alive: () => void,
  name: string,
  memory: RunOutput["memory"]
): Promise<Excel.Worksheet> {
  const memorySheet = context.workbook.worksheets.add(name);
  memorySheet.visibility = Excel.SheetVisibility.hidden;
  const memoryRows = memory.map((r) => r.map((v) => v ?? ""));
  MEMORY_COLUMNS.forEach((c, i) => {
    memorySheet.getRangeByIndexes(0, i, memoryRows.length + 1, 1).numberFormat = NUMBER_FORMATS[
      c.format
    ] as unknown as string[][];
  });
  if (memoryRows.length > 0)
    await writeRows(context, alive, memorySheet, 1, MEMORY_COLUMNS.length, memoryRows);
  return memorySheet;
}

/** The staged ranking takes the old one's place (queued, synced by the caller); the sheet it is now on. */
function swapRanking(
  { old, oldUsed, oldTable, keepTable }: Found,
  partial: Excel.Worksheet,
  own: Names,
  width: number,
  rowCount: number
): Excel.Worksheet {
  if (!keepTable) {
    if (!old.isNullObject) old.delete();
    partial.name = own.names.ranking;
    addTable(partial, own.table, width, rowCount);
    return partial;
  }
  // The sheet and its table stay, so `='Xếp hạng'!B2` and `XepHang[Điểm]` keep pointing at them.
  if (!oldUsed.isNullObject)
    old
      .getRangeByIndexes(
        0,
        0,
        Math.max(oldUsed.rowCount, rowCount),
        Math.max(oldUsed.columnCount, width)
      )
      .clear();
  old
    .getRangeByIndexes(0, 0, rowCount, width)
    .copyFrom(partial.getRangeByIndexes(0, 0, rowCount, width));
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.13"))
    oldTable.resize(old.getRangeByIndexes(0, 0, rowCount, width));
  else {
    oldTable.delete();
    addTable(old, own.table, width, rowCount);
  }
  partial.delete();
  return old;
}

function addTable(sheet: Excel.Worksheet, name: string, width: number, rowCount: number): void {
  const t = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rowCount, width), true);
  t.name = name;
  t.style = "TableStyleMedium2";
}

/** The run's line below the log's last (the header first on a new log), each value in its format. */
function appendLog(
  worksheets: Excel.WorksheetCollection,
  { log, logRows }: Found,
  own: Names,
  logRow: readonly OutputValue[]
): void {
  const logSheet = log.isNullObject ? worksheets.add(own.names.log) : log;
  if (logRows === 0) {
    const header = logSheet.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length);
    header.numberFormat = [LOG_COLUMNS.map(() => "@")];
    header.values = [LOG_COLUMNS.map((c) => c.header)];
  }
  const line = logSheet.getRangeByIndexes(Math.max(logRows, 1), 0, 1, logRow.length);
  line.numberFormat = [
    logRow.map((v, i) => formatOf(v, NUMBER_FORMATS[LOG_COLUMNS[i]?.format ?? "text"])),
  ];
  line.values = [logRow.map((v) => v ?? "")];
}

/** Widths, number formats and print setup of the ranking: A4 landscape, header repeated. */
function layoutRanking(
  sheet: Excel.Worksheet,
  columns: readonly OutputColumn[],
  rowCount: number
): void {
  columns.forEach((c, i) => {
    const column = sheet.getRangeByIndexes(1, i, rowCount - 1, 1);
    column.format.wrapText = c.format === "longText";
    column.format.verticalAlignment = Excel.VerticalAlignment.top;
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * POINTS_PER_CHAR;
  });
  sheet.freezePanes.freezeRows(1);
  sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
  sheet.pageLayout.paperSize = Excel.PaperType.a4;
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows("$1:$1");
}
