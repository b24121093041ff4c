import { compareRuns, describeChanges } from "./engine/changes/compareRuns";
import { buildMemory, readMemory } from "./engine/changes/memory";
import { type RunInfo, buildLogRow } from "./engine/output/buildLog";
import { type OutputTable, buildOutputTable } from "./engine/output/buildOutputTable";
import { buildProposals } from "./engine/output/buildProposals";
import { type PastWorkbook, type RankResult, rankCouncil } from "./engine/rankCouncil";
import { type Stability, stability } from "./engine/whatif/stability";
import type { RunOutput, WorkbookPort } from "./workbook/port";

export interface RankRun {
  readonly result: RankResult;
  readonly table: OutputTable | null;
  /** What moved since the last run, as lines; "no change" or "first run" when nothing did. */
  readonly changes: readonly string[];
  /** Awards that survive every weight at ±10 %; null when the workbook is too large to say quickly. */
  readonly stability: Stability | null;
}

/**
 * The one use case every front door calls: read the workbook, run the
 * engine, write `Xếp hạng`, `Đề nghị khen thưởng`, the run's memory and `Nhật ký` (with what changed
 * since the last run). An unusable workbook is not written.
 */
export async function rankWorkbook(
  port: WorkbookPort,
  run: RunInfo,
  pastWorkbooks: readonly PastWorkbook[] = []
): Promise<RankRun> {
  const snapshot = await port.snapshot();
  const result = rankCouncil(snapshot, { pastWorkbooks });
  if (!result.usable) return { result, table: null, changes: [], stability: null };
  const output = runOutput(result);
  const changes = describeChanges(
    compareRuns(readMemory(snapshot), result),
    result.settings.language
  );
  await port.write(output, buildLogRow(result, snapshot, run, changes));
  return { result, table: output.table, changes, stability: stability(result) };
}

/** What a run writes, for a result at hand (the benchmark and tests write without reading). */
export function runOutput(result: RankResult): RunOutput {
  return {
    table: buildOutputTable(result),
    proposals: buildProposals(result),
    memory: buildMemory(result),
  };
}
