import { type RunInfo, buildLogRow } from "./engine/output/buildLog";
import { type OutputTable, buildOutputTable } from "./engine/output/buildOutputTable";
import { buildProposals } from "./engine/output/buildProposals";
import { type RankResult, rankCouncil } from "./engine/rankCouncil";
import type { RunOutput, WorkbookPort } from "./workbook/port";

export interface RankRun {
  readonly result: RankResult;
  readonly table: OutputTable | null;
}

/**
 * The one use case every front door calls: read the workbook, run the
 * engine, write `Xếp hạng`, `Đề nghị khen thưởng` and `Nhật ký`. An unusable workbook is not written.
 */
export async function rankWorkbook(port: WorkbookPort, run: RunInfo): Promise<RankRun> {
  const snapshot = await port.snapshot();
  const result = rankCouncil(snapshot);
  if (!result.usable) return { result, table: null };
  const table = buildOutputTable(result);
  await port.write(
    { table, proposals: buildProposals(result) },
    buildLogRow(result, snapshot, run)
  );
  return { result, table };
}

/** What a run writes, for a result at hand (the benchmark and tests write without reading). */
export function runOutput(result: RankResult): RunOutput {
  return { table: buildOutputTable(result), proposals: buildProposals(result) };
}
