import {
  type BallotRace,
  ballotPapers,
  ballotRaces,
  ballotSheet,
  missingBallotRows,
} from "./engine";
import { ownSheets } from "./engine";
import { type RankResult, rankCouncil } from "./engine";
import { BALLOTS } from "./engine";
import { matchKey } from "./engine";
import type { PrintDoc } from "./engine";
import type { BallotPort } from "./workbook/port";

export interface BallotRun {
  readonly result: RankResult;
  /** The balloted awards with their candidates; empty when nothing is to be voted on. */
  readonly races: readonly BallotRace[];
  /** The sheet the papers are on, and the papers; null when nothing was written. */
  readonly papers: string | null;
  readonly doc: PrintDoc | null;
  /** True when `Phiếu bầu` was added; false when the workbook had one (never changed). */
  readonly created: boolean;
  /** Candidates the workbook's own `Phiếu bầu` lacks a row for, to add by hand. */
  readonly missing: readonly string[];
}

/**
 * "Tạo phiếu bầu" (issue 12 §5), the same in every door: ranks the workbook, and for each balloted
 * award writes the papers listing the candidates the ranking proposes, ties or holds pending (a page
 * per member), and the `Phiếu bầu` rows to fill after the count, unless the workbook has that sheet.
 */
export async function ballotWorkbook(port: BallotPort): Promise<BallotRun> {
  const snapshot = await port.snapshot();
  const result = rankCouncil(snapshot, { gaps: false });
  const races = result.usable ? ballotRaces(result) : [];
  if (races.length === 0)
    return { result, races, papers: null, doc: null, created: false, missing: [] };
  const names = new Set(BALLOTS.sheets.map(matchKey));
  const has =
    snapshot.sheets.some((s) => names.has(matchKey(s.name))) ||
    snapshot.tables.some((t) => matchKey(t.name) === matchKey(BALLOTS.table));
  const papers = ownSheets(snapshot, snapshot.definedNames).names.ballotPaper;
  const doc = ballotPapers(result, races);
  await port.writeBallots(papers, doc, has ? null : ballotSheet(races));
  return {
    result,
    races,
    papers,
    doc,
    created: !has,
    missing: has ? missingBallotRows(result, races) : [],
  };
}
