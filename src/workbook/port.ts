import type { OutputTable, OutputValue } from "../engine/output/buildOutputTable";
import type { ProposalDocument } from "../engine/output/buildProposals";
import type { OwnSheets } from "../engine/output/ownSheets";
import type { WorkbookSnapshot } from "../engine/snapshot";

export type { WorkbookSnapshot } from "../engine/snapshot";
export type { OutputTable, OutputValue } from "../engine/output/buildOutputTable";

/** What one run writes: the ranking and the proposal list, and where. */
export interface RunOutput {
  readonly table: OutputTable;
  readonly proposals: ProposalDocument;
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
  /** Replaces the ranking, the proposal list and the hidden memory sheet, and appends `logRow` to the log. */
  write(output: RunOutput, logRow: readonly OutputValue[]): Promise<void>;
}
