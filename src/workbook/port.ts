import type {
  ChartBlock,
  DocumentSheet,
  OutputTable,
  OutputValue,
  OwnSheets,
  PrintDoc,
  TemplateSheet,
  WorkbookSnapshot,
} from "../engine";

export type { WorkbookSnapshot } from "../engine";
export type { OutputTable, OutputValue } from "../engine";

/** A document the council prints, and which of our sheets holds it. */
export interface SheetDocument {
  readonly sheet: DocumentSheet;
  readonly doc: PrintDoc;
}

/** What one run writes: the ranking and the documents (the list, the cover letter, the minutes), and where. */
export interface RunOutput {
  readonly table: OutputTable;
  readonly documents: readonly SheetDocument[];
  /** The scores per scope group, drawn as native charts on `Biểu đồ`. */
  readonly charts: readonly ChartBlock[];
  /** Rows of the hidden memory sheet the next run compares with. */
  readonly memory: readonly (readonly OutputValue[])[];
  /** The names of our sheets and table in this workbook (never a sheet of the council's). */
  readonly sheets: OwnSheets;
}

/**
 * What a front door's workbook must do for the use case: give a snapshot of
 * its cells, and write the run's sheets and one log row. Nothing else is written.
 */
export interface WorkbookPort {
  snapshot(): Promise<WorkbookSnapshot>;
  /** Replaces the ranking, the documents and the hidden memory sheet, and appends `logRow` to the log. */
  write(output: RunOutput, logRow: readonly OutputValue[]): Promise<void>;
}

/** What a front door's workbook must do for "Tạo phiếu bầu", besides giving its snapshot. */
export interface BallotPort extends Pick<WorkbookPort, "snapshot"> {
  /** Writes the papers on our sheet `name` and, when given, adds the council's `Phiếu bầu` sheet. */
  writeBallots(name: string, papers: PrintDoc, sheet: TemplateSheet | null): Promise<void>;
}
