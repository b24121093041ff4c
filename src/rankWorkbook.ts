import { compareRuns, describeChanges } from "./engine";
import { buildMemory, readMemory, sourcesOf } from "./engine";
import { type Message, message } from "./engine";
import { type RunInfo, buildLogRow } from "./engine";
import { buildOutputTable } from "./engine";
import { buildProposals } from "./engine";
import { type OwnSheets, ownSheets } from "./engine";
import { type PastWorkbook, type RankResult, rankCouncil } from "./engine";
import type { WorkbookSnapshot } from "./engine";
import { type Stability, stability } from "./engine";
import type { RunOutput, SheetDocument, WorkbookPort } from "./workbook/port";
import { coverLetter } from "./engine";
import { minutes } from "./engine";
import { scoreCharts } from "./engine";
import { proposalList } from "./engine";
import { PRINT_LIMIT, explanationsPrint, printable, rankingPrint } from "./engine";

export interface RankRun {
  readonly result: RankResult;
  /** What was written; null for an unusable workbook. */
  readonly output: RunOutput | null;
  /** What moved since the last run, as lines; "no change" or "first run" when nothing did. */
  readonly changes: readonly string[];
  /** Awards that survive every weight at ±10 %; null when the workbook is too large to say quickly. */
  readonly stability: Stability | null;
}

/**
 * The one use case every front door calls: read the workbook, run the engine, write `Xếp hạng`,
 * `Đề nghị khen thưởng`, `Tờ trình`, `Biên bản họp`, the run's memory and `Nhật ký` (with what changed since the last run), each
 * under its own name unless the council's own sheet holds it. An unusable workbook is not written.
 */
export async function rankWorkbook(
  port: WorkbookPort,
  run: RunInfo,
  pastWorkbooks: readonly PastWorkbook[] = []
): Promise<RankRun> {
  const snapshot = await port.snapshot();
  const ranked = rankCouncil(snapshot, { pastWorkbooks });
  if (!ranked.usable) return { result: ranked, output: null, changes: [], stability: null };
  const sheets = ownSheets(snapshot, snapshot.definedNames);
  const result = withMessages(ranked, writeNotes(snapshot, sheets, ranked));
  const output = runOutput(result, sheets);
  const changes = describeChanges(
    compareRuns(readMemory(snapshot, sheets.names.memory), result),
    result.settings.language,
    sourcesOf(snapshot)
  );
  await port.write(output, buildLogRow(result, snapshot, run, changes));
  return { result, output, changes, stability: stability(result) };
}

/** Kiểm tra, in every door: read the workbook and run the engine, writing nothing. */
export async function checkWorkbook(port: WorkbookPort): Promise<RankResult> {
  return rankCouncil(await port.snapshot());
}

/**
 * What the writing itself tells the council: a name of ours that the council's own sheet holds, a
 * signature lost, a council too large to print.
 */
function writeNotes(snapshot: WorkbookSnapshot, sheets: OwnSheets, result: RankResult): Message[] {
  const count = result.nominees.length;
  return [
    ...(printable(result)
      ? []
      : [message("printSkipped", sheets.names.rankingPrint, "", { count, max: PRINT_LIMIT })]),
    ...sheets.taken.map((t) =>
      message("nameTaken", t.name, "", { name: t.name, instead: t.instead })
    ),
    ...(snapshot.signed ? [message("signatureLost", "", "")] : []),
  ];
}

function withMessages(result: RankResult, messages: readonly Message[]): RankResult {
  return messages.length === 0
    ? result
    : { ...result, messages: [...result.messages, ...messages] };
}

/**
 * The documents a run writes, each on its sheet: the ranking and the explanations to print, the list,
 * its cover letter and the meeting's minutes.
 */
export function councilDocuments(result: RankResult): SheetDocument[] {
  const proposals = buildProposals(result);
  return [
    { sheet: "rankingPrint", doc: rankingPrint(result) },
    { sheet: "explanations", doc: explanationsPrint(result) },
    { sheet: "proposals", doc: proposalList(proposals) },
    { sheet: "letter", doc: coverLetter(proposals) },
    { sheet: "minutes", doc: minutes(result, proposals) },
  ];
}

const NO_SHEETS: WorkbookSnapshot = { sheets: [], tables: [] };

/** What a run writes, for a result at hand (the benchmark and tests write without reading). */
export function runOutput(result: RankResult, sheets: OwnSheets = ownSheets(NO_SHEETS)): RunOutput {
  return {
    table: buildOutputTable(result),
    documents: councilDocuments(result),
    charts: scoreCharts(result),
    memory: buildMemory(result),
    sheets,
  };
}
