import { LOG_COLUMNS } from "../../engine/output/buildLog";
import type { OutputValue } from "../../engine/output/buildOutputTable";
import { sameSheetName } from "../../engine/output/sheetNames";
import type { Cell, WorkbookSnapshot } from "../../engine/snapshot";
import type { RunOutput, WorkbookPort } from "../port";
import { readXlsx } from "./readXlsx";
import { writeXlsx } from "./writeXlsx";
import { XlsxPackage } from "./XlsxPackage";

function logValue(c: Cell): OutputValue {
  return c === null ? null : c.t === "n" ? c.v : String(c.v);
}

/**
 * The file adapter: an .xlsx in memory. `output()` is the whole workbook with
 * the run's sheets written; the input bytes are never changed.
 */
export class XlsxWorkbook implements WorkbookPort {
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

  /** The written workbook, or null before `write`. */
  output(): Uint8Array | null {
    return this.written;
  }
}
