import type { OutputTable, OutputValue } from "../engine/output/buildOutputTable";
import type { WorkbookSnapshot } from "../engine/snapshot";

export type { WorkbookSnapshot } from "../engine/snapshot";
export type { OutputTable, OutputValue } from "../engine/output/buildOutputTable";

/**
 * What a front door's workbook must do for the use case: give a snapshot of
 * its cells, and write the output table and one log row. Nothing else is written.
 */
export interface WorkbookPort {
  snapshot(): Promise<WorkbookSnapshot>;
  /** Replaces `Xếp hạng` with the table and appends `logRow` to `Nhật ký`. */
  write(table: OutputTable, logRow: readonly OutputValue[]): Promise<void>;
}
