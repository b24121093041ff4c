import {
  type Cell,
  LOG_COLUMNS,
  type MergePlan,
  REVIEW_COLUMNS,
  REVIEW_SHEET,
  REVIEW_TABLE,
  SOURCE_COLUMNS,
  SOURCE_SHEET,
  SOURCE_TABLE,
  cellsToWrite,
  mergeSheetName,
  type OutputValue,
  type PrintDoc,
  sameSheetName,
  type TemplateSheet,
  type WorkbookSnapshot,
} from "../../engine";
import type { BallotPort, CollectPort, MergeSheets, RunOutput, WorkbookPort } from "../port";
import { setCells } from "./setCells";
import { readXlsx } from "./readXlsx";
import { putDocument, putTableSheet, writeXlsx } from "./writeXlsx";
import { stylesOf } from "./printSheetXml";
import { ensureStyles } from "./styles";
import { putTemplateSheet } from "./templateXlsx";
import { XlsxPackage } from "./XlsxPackage";

function logValue(c: Cell): OutputValue {
  return c === null ? null : c.t === "n" ? c.v : String(c.v);
}

/**
 * The file adapter: an .xlsx in memory. `output()` is the whole workbook with
 * the run's sheets written; the input bytes are never changed.
 */
export class XlsxWorkbook implements WorkbookPort, BallotPort, CollectPort {
  private written: Uint8Array | null = null;
  private cached: WorkbookSnapshot | null = null;

  private constructor(private readonly pkg: XlsxPackage) {}

  /** Throws NotXlsxError or PackageError when the bytes are no readable .xlsx workbook (see fileProblem). */
  static open(bytes: Uint8Array): XlsxWorkbook {
    return new XlsxWorkbook(XlsxPackage.open(bytes));
  }

  async snapshot(): Promise<WorkbookSnapshot> {
    this.cached ??= { ...readXlsx(this.pkg), ...(this.pkg.isSigned() ? { signed: true } : {}) };
    return this.cached;
  }

  /** The file extension that goes with the package (`xlsm` for a macro-enabled one). */
  kind() {
    return this.pkg.kind();
  }

  async write(output: RunOutput, logRow: readonly OutputValue[]): Promise<void> {
    const snapshot = await this.snapshot();
    const previous = snapshot.sheets.find((s) => sameSheetName(s.name, output.sheets.names.log));
    const rows: (readonly OutputValue[])[] = [];
    for (const row of previous?.rows.slice(1) ?? [])
      if (row && row.some((c) => c !== null))
        rows.push(row.slice(0, LOG_COLUMNS.length).map(logValue));
    rows.push(logRow);
    this.written = writeXlsx(this.pkg, output, { columns: LOG_COLUMNS, rows });
  }

  async writeBallots(name: string, papers: PrintDoc, sheet: TemplateSheet | null): Promise<void> {
    const styles = ensureStyles(this.pkg, stylesOf(papers));
    putDocument(this.pkg, name, papers, styles.print);
    if (sheet) putTemplateSheet(this.pkg, sheet, styles);
    this.written = this.pkg.toBytes();
  }

  async writeMerge(plan: MergePlan, sheets: MergeSheets): Promise<void> {
    const snapshot = await this.snapshot();
    const bySheet = new Map<string, { row: number; col: number; value: number | string }[]>();
    for (const c of cellsToWrite(plan)) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
    for (const [sheet, values] of bySheet) setCells(this.pkg, sheet, values);
    const styles = ensureStyles(this.pkg);
    const put = (
      sheet: string,
      table: string,
      content: Omit<Parameters<typeof putTableSheet>[3], "styles" | "print">
    ) =>
      putTableSheet(this.pkg, mergeSheetName(snapshot, sheet, table), table, {
        ...content,
        styles,
        print: false,
      });
    put(SOURCE_SHEET, SOURCE_TABLE, {
      columns: SOURCE_COLUMNS,
      rows: sheets.sources.rows,
      title: sheets.sources.title,
    });
    put(REVIEW_SHEET, REVIEW_TABLE, { columns: REVIEW_COLUMNS, rows: sheets.review });
    this.written = this.pkg.toBytes();
  }

  /** The written workbook, or null before `write`. */
  output(): Uint8Array | null {
    return this.written;
  }
}
