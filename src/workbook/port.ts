import type {
  ChartBlock,
  MergePlan,
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

/** Our two sheets of a merge (issue 14): where each value came from, and the self-scores beside the council's. */
export interface MergeSheets {
  /** `Nguồn số liệu`: this merge's lines of who is missing, then every row so far. */
  readonly sources: {
    readonly title: readonly string[];
    readonly rows: readonly (readonly OutputValue[])[];
  };
  readonly review: readonly (readonly OutputValue[])[];
}

/** What a front door's workbook must do for "Gộp báo cáo", besides giving its snapshot. */
export interface CollectPort extends Pick<WorkbookPort, "snapshot"> {
  /** Writes the plan's values into the council's results (empty cells, or confirmed ones) and our two sheets. */
  writeMerge(plan: MergePlan, sheets: MergeSheets): Promise<void>;
}
