import type { OutputTable, OutputValue } from "../engine/output/buildOutputTable";
import type { ProposalDocument } from "../engine/output/buildProposals";
import type { WorkbookSnapshot } from "../engine/snapshot";

export type { WorkbookSnapshot } from "../engine/snapshot";
export type { OutputTable, OutputValue } from "../engine/output/buildOutputTable";

/** What one run writes: the ranking and the proposal list. */
export interface RunOutput {
  readonly table: OutputTable;
  readonly proposals: ProposalDocument;
  /** Rows of the hidden memory sheet the next run compares with. */
  readonly memory: readonly (readonly OutputValue[])[];
}

/**
 * What a front door's workbook must do for the use case: give a snapshot of
 * its cells, and write the run's sheets and one log row. Nothing else is written.
 */
export interface WorkbookPort {
  snapshot(): Promise<WorkbookSnapshot>;
  /** Replaces `Xếp hạng`, `Đề nghị khen thưởng` and the hidden memory sheet, and appends `logRow` to `Nhật ký`. */
  write(output: RunOutput, logRow: readonly OutputValue[]): Promise<void>;
}
