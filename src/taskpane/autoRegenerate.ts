import { LOG_SHEET, OUTPUT_SHEET } from "../engine/output/sheetNames";
import { PARTIAL_SHEET } from "../workbook/excel/ExcelWorkbook";

/** What a worksheet change tells us, from Excel's WorksheetChangedEventArgs. */
export interface SheetChange {
  readonly source: string;
  readonly sheetName: string;
  /** ExcelApi 1.14 and later say who made the change; "ThisLocalAddin" is our own write. */
  readonly triggerSource?: string | undefined;
}

const OWN_SHEETS = new Set([OUTPUT_SHEET, LOG_SHEET, PARTIAL_SHEET]);

/**
 * Re-ranks after the local user's edits to the inputs, debounced: never for a
 * co-author's remote edit, never for our own sheets, never while a run is going
 * (our own writes land during a run).
 */
export class AutoRegenerator {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(
    private readonly regenerate: () => Promise<void>,
    private readonly delayMs = 1500
  ) {}

  /** Called for every worksheet change. */
  changed(change: SheetChange): void {
    if (
      change.source !== "Local" ||
      change.triggerSource === "ThisLocalAddin" ||
      OWN_SHEETS.has(change.sheetName) ||
      this.running
    )
      return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.delayMs);
  }

  /** Runs `work` (any run of ours) with changes ignored meanwhile. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    this.running = true;
    try {
      return await work();
    } finally {
      this.running = false;
    }
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async fire(): Promise<void> {
    this.timer = null;
    await this.guard(this.regenerate).catch(() => undefined);
  }
}
