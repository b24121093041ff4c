import type { Decision } from "./award/allocateAwards";
import type { Chaser, Gap } from "./award/gapToNextAward";
import type { Provisional } from "./award/provisional";
import type { Message } from "./messages/message";
import type { Award, CriteriaBook, Nominee, Place, Settings } from "./model";
import type { BallotBook } from "./read/readBallots";
import type { Reweight } from "./read/readCriteria";
import { fromCents } from "./score/cents";
import type { NomineeScore } from "./score/scoreNominee";

/** One nominee's result (contract §9, §12). Figures in cents; null for a nominee with errors. */
export interface NomineeResult {
  readonly nominee: Nominee;
  readonly scope: string;
  readonly rank: number | null;
  readonly score: NomineeScore;
  readonly grade: string | null;
  readonly awards: readonly string[];
  readonly decisions: readonly Decision[];
  readonly messages: readonly Message[];
  /** The smallest Score rise that changes the proposal; null when none does (issue 6 §2). */
  readonly gap: Gap | null;
  /** For a nominee holding an award: the closest nominee below, one tie away. */
  readonly chaser: Chaser | null;
  /** The counters its history gave (issue 7 §2); null without a history. */
  readonly derived: ReadonlyMap<string, number> | null;
}

/** A ranked council: what every output sheet, document and page is built from. */
export interface RankResult {
  /** False when the workbook cannot be used at all (exit 2). */
  readonly usable: boolean;
  readonly settings: Settings;
  /** In the output sheet's row order (§13.10). */
  readonly nominees: readonly NomineeResult[];
  /** Messages that belong to no single nominee. */
  readonly messages: readonly Message[];
  /** Every criterion group, in sheet order: one subtotal column each. */
  readonly groups: readonly string[];
  readonly criteria: CriteriaBook | null;
  readonly awards: readonly Award[];
  /** The results cells a nominee's points came from, as typed: what "what changed" compares between runs. */
  valuesOf(nominee: NomineeResult): readonly InputValue[];
  /**
   * The same council ranked again with other weights, from the values read at this run: the what-ifs of
   * issue 6. Only the nominees a changed weight applies to are scored again (issue 15).
   */
  rerank(reweight: Reweight): Reranked;
  /** The sheets the run read its inputs from: what the log's fingerprint covers. */
  readonly inputSheets: readonly string[];
  /** Awards that are drafts in a scope group, for a nominee there the run could not rank (issue 12 §1). */
  readonly provisional: readonly Provisional[];
  /** The counted ballot, when the workbook has `Phiếu bầu` (issue 12 §5). */
  readonly ballot: BallotBook | null;
}

/** What a what-if compares, by nominee index: the rank of each ranked nominee, the awards of each. */
export interface Reranked {
  rankOf(nominee: number): number | null;
  readonly awards: ReadonlyMap<number, readonly string[]>;
}

export interface InputValue {
  readonly code: string;
  readonly text: string;
  /** Where the value is: asked for only when it changed (the memory keeps no address). */
  place(): Place;
}

/** The Score a ranked nominee shows (96.5); null for a nominee without a rank. */
export const shownScore = (r: NomineeResult): number | null =>
  r.rank === null || r.score.scoreCents === null ? null : fromCents(r.score.scoreCents);
