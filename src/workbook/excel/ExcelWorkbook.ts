import { MEMORY_COLUMNS } from "../../engine/changes/memory";
import { LOG_COLUMNS } from "../../engine/output/buildLog";
import {
  PROPOSAL_COLUMNS,
  PROPOSAL_HEADER_ROW,
  type ProposalDocument,
  proposalLines,
} from "../../engine/output/buildProposals";
import type { OutputColumn, OutputValue } from "../../engine/output/buildOutputTable";
import { OUTPUT_SHEET } from "../../engine/output/sheetNames";
import type { Cell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import { isDateCode, isPercentCode } from "../numberFormat";
import type { RunOutput, WorkbookPort } from "../port";
import { parseRange } from "../xlsx/readXlsx";
import { byteChunks, rowBlocks, withTimeout } from "./chunks";

/** `Excel.run`, passed in so that tests can hand in office-addin-mock. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A sheet written under this name until the last sync: a failed run leaves it, clearly marked, and the old table intact. */
export const PARTIAL_SHEET = "Xếp hạng (chưa xong)";

const TIMEOUT_MS = 120_000;
const NUMBER_FORMATS: Record<OutputColumn["format"], string> = {
  integer: "0",
  decimal: "0.00",
  text: "@",
  longText: "@",
};
/** Points per character of column width, for Calibri 11. */
const POINTS_PER_CHAR = 6.5;

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
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!)$/.test(s)
    ? { t: "e", v: s }
    : { t: "s", v: s };
}

/**
 * The Office.js adapter: reads every sheet's values and number formats in a
 * few batched syncs, chunked under Excel on the web's limits; writes only
 * `Xếp hạng` (whole, through a partial sheet renamed at the end) and one row of
 * `Nhật ký`, with calculation suspended. Every run has a timeout.
 */
export class ExcelWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly timeoutMs = TIMEOUT_MS
  ) {}

  private batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return withTimeout(
      this.run(work),
      this.timeoutMs,
      `Excel không phản hồi sau ${Math.round(this.timeoutMs / 1000)} giây: hãy thử lại.`
    );
  }

  snapshot(): Promise<WorkbookSnapshot> {
    return this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      worksheets.load("items");
      tables.load("items");
      await context.sync();
      const sheets = worksheets.items.filter(
        (s) => s.name !== OUTPUT_SHEET && s.name !== PARTIAL_SHEET
      );
      const used = sheets.map((s) => {
        const r = s.getUsedRangeOrNullObject(true);
        r.load("rowIndex, columnIndex, rowCount, columnCount");
        return r;
      });
      const tableInfo = tables.items.map((t) => {
        const range = t.getRange();
        range.load("address");
        t.worksheet.load("name");
        t.load("name, showHeaders, showTotals");
        return { table: t, range };
      });
      await context.sync();
      const rows: (Cell[] | undefined)[][] = sheets.map(() => []);
      const blocks = sheets.flatMap((sheet, i) => {
        const u = used[i] as Excel.Range;
        return u.isNullObject
          ? []
          : rowBlocks(u.rowCount, u.columnCount).map(([first, count]) => ({
              sheet,
              i,
              u,
              first,
              count,
            }));
      });
      for (const { sheet, i, u, first, count } of blocks) {
        const range = sheet.getRangeByIndexes(
          u.rowIndex + first,
          u.columnIndex,
          count,
          u.columnCount
        );
        range.load("values, numberFormat");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one block per sync keeps each response under 5 MB
        await context.sync();
        const target = rows[i] as (Cell[] | undefined)[];
        const numberFormats = range.numberFormat;
        range.values.forEach((values, r) => {
          const formats = numberFormats[r] ?? [];
          const row: Cell[] = new Array<Cell>(u.columnIndex).fill(null);
          values.forEach((v, c) => row.push(toCell(v, formats[c] as string | undefined)));
          target[u.rowIndex + first + r] = row;
        });
      }
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
      return {
        sheets: sheets.map((s, i): SheetSnapshot => ({ name: s.name, rows: rows[i] ?? [] })),
        tables: snapshotTables,
      };
    });
  }

  write(
    { table, proposals, memory, sheets: own }: RunOutput,
    logRow: readonly OutputValue[]
  ): Promise<void> {
    const OUTPUT_SHEET = own.names.ranking;
    const PROPOSAL_SHEET = own.names.proposals;
    const MEMORY_SHEET = own.names.memory;
    const LOG_SHEET = own.names.log;
    const OUTPUT_TABLE = own.table;
    return this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      const stale = worksheets.getItemOrNullObject(PARTIAL_SHEET);
      const old = worksheets.getItemOrNullObject(OUTPUT_SHEET);
      const oldProposals = worksheets.getItemOrNullObject(PROPOSAL_SHEET);
      const log = worksheets.getItemOrNullObject(LOG_SHEET);
      const logUsed = log.getUsedRangeOrNullObject(true);
      logUsed.load("rowCount");
      await context.sync();
      if (!stale.isNullObject) stale.delete();
      const sheet = worksheets.add(PARTIAL_SHEET);
      const width = table.columns.length;
      const cells = (rows: readonly (readonly OutputValue[])[]) =>
        rows.map((row) => row.map((v) => v ?? ""));
      await writeRows(context, sheet, 0, width, [
        table.columns.map((c) => c.header),
        ...cells(table.rows),
      ]);
      // The memory goes first too, on a fresh hidden sheet; its header is written last, so that a
      // memory cut short reads as none (the next run then says "first run" rather than wrong changes).
      const oldMemory = worksheets.getItemOrNullObject(MEMORY_SHEET);
      await context.sync();
      if (!oldMemory.isNullObject) oldMemory.delete();
      const memorySheet = worksheets.add(MEMORY_SHEET);
      memorySheet.visibility = Excel.SheetVisibility.hidden;
      await writeRows(context, memorySheet, 1, MEMORY_COLUMNS.length, cells(memory));
      // The last sync swaps the sheets: until here the previous Xếp hạng is untouched. Screen updating is
      // suspended once, for this sync only: suspending it in the loop would make Excel flicker.
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      if (!old.isNullObject) old.delete();
      sheet.name = OUTPUT_SHEET;
      const rowCount = Math.max(table.rows.length, 1) + 1;
      const xepHang = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rowCount, width), true);
      xepHang.name = OUTPUT_TABLE;
      xepHang.style = "TableStyleMedium2";
      table.columns.forEach((c, i) => {
        const column = sheet.getRangeByIndexes(1, i, rowCount - 1, 1);
        column.numberFormat = NUMBER_FORMATS[c.format] as unknown as string[][];
        column.format.wrapText = c.format === "longText";
        column.format.verticalAlignment = Excel.VerticalAlignment.top;
        sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * POINTS_PER_CHAR;
      });
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
      sheet.pageLayout.paperSize = Excel.PaperType.a4;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      memorySheet.getRangeByIndexes(0, 0, 1, MEMORY_COLUMNS.length).values = [
        MEMORY_COLUMNS.map((c) => c.header),
      ];
      if (!oldProposals.isNullObject) oldProposals.delete();
      writeProposals(worksheets.add(PROPOSAL_SHEET), proposals);
      const logSheet = log.isNullObject ? worksheets.add(LOG_SHEET) : log;
      const next = log.isNullObject || logUsed.isNullObject ? 0 : logUsed.rowCount;
      if (next === 0)
        logSheet.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length).values = [
          LOG_COLUMNS.map((c) => c.header),
        ];
      logSheet.getRangeByIndexes(Math.max(next, 1), 0, 1, logRow.length).values = [
        logRow.map((v) => v ?? ""),
      ];
      await context.sync();
    });
  }
}

/** The proposal list in Excel: its lines, bold where the layout says, A4 portrait with the header row repeated. */
function writeProposals(sheet: Excel.Worksheet, doc: ProposalDocument): void {
  const lines = proposalLines(doc);
  const width = PROPOSAL_COLUMNS.length;
  sheet.getRangeByIndexes(0, 0, lines.length, width).values = lines.map((l) =>
    Array.from({ length: width }, (_, c) => l.cells[c] ?? "")
  );
  lines.forEach((l, r) => {
    if (l.kind !== "row" && l.kind !== "tie" && l.kind !== "blank")
      sheet.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  });
  PROPOSAL_COLUMNS.forEach(([, w], i) => {
    const column = sheet.getRangeByIndexes(0, i, lines.length, 1);
    column.format.columnWidth = w * POINTS_PER_CHAR;
    column.format.wrapText = true;
  });
  sheet.freezePanes.freezeRows(PROPOSAL_HEADER_ROW);
  sheet.pageLayout.orientation = Excel.PageOrientation.portrait;
  sheet.pageLayout.paperSize = Excel.PaperType.a4;
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows(`$${PROPOSAL_HEADER_ROW}:$${PROPOSAL_HEADER_ROW}`);
}

/** Writes rows from `first` in chunks under Excel on the web's request limit, one sync each. */
async function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  first: number,
  width: number,
  rows: (string | number)[][]
): Promise<void> {
  let at = first;
  for (const chunk of byteChunks(rows)) {
    context.application.suspendApiCalculationUntilNextSync();
    sheet.getRangeByIndexes(at, 0, chunk.length, width).values = chunk;
    at += chunk.length;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each request under 5 MB
    await context.sync();
  }
}
