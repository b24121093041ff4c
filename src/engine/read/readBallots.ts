import { address } from "../messages/message";
import type { Reporter } from "../messages/Reporter";
import type { RawValue } from "../expression/compileExpression";
import { UNKNOWN } from "../expression/values";
import { type Award, type Nominee, type Settings, VOTE_ATTRIBUTE } from "../model";
import { matchKey, textKey } from "../text/normalize";
import type { InputGrid } from "./findInput";
import { type RowReader, rowReader } from "./gridCells";
import type { BALLOTS } from "./inputs";
import type { NomineeBook } from "./readNominees";
import { cellText, readValueCell } from "../cell/readValue";

type Col = keyof typeof BALLOTS.columns;

/** One counted ballot row: votes for and against, of all members (issue 12 §5). */
export interface Votes {
  readonly yes: number;
  readonly no: number | null;
}

/** A ballot row for an award and nominee: counted, or still waiting for a valid count. */
export type BallotEntry = Votes | "waiting";

export interface BallotBook {
  readonly members: number | null;
  /** Members and attendance are known and two thirds are present: the counts decide. */
  readonly valid: boolean;
  /** The row for an award's name and a nominee, if the sheet has one. */
  of(award: Award, nominee: number): BallotEntry | undefined;
  /** The vote share a condition reads for an award: the ballot's when it has a row, else the typed one. */
  voteOf(award: Award, nominee: Nominee): RawValue;
}

/** The vote share a balloted award's condition reads for a nominee, with or without a ballot sheet. */
export const voteShare = (ballot: BallotBook | null, award: Award, n: Nominee): RawValue =>
  ballot ? ballot.voteOf(award, n) : (n.attributes.get(VOTE_ATTRIBUTE) ?? UNKNOWN);

/** An award decided by the council's vote: its condition reads the vote share. */
export const isBalloted = (award: Award): boolean =>
  award.condition?.names.has(VOTE_ATTRIBUTE) === true;

/** The award is balloted and neither the ballot nor the nominee's vote cell gives its share yet. */
export function awaitsVote(ballot: BallotBook | null, award: Award, n: Nominee): boolean {
  return isBalloted(award) && voteShare(ballot, award, n) === UNKNOWN;
}

/** The vote share of all members in percent, for the condition: 72 of 90 is exactly 80. */
export const shareOf = (votes: Votes, members: number): number => (votes.yes * 100) / members;

/** Quorum: two thirds of all members (TT 25/2025 Art 23). */
export const quorumOf = (members: number): number => Math.ceil((members * 2) / 3);

/**
 * Reads `PhieuBau` (issue 12 §5): a row names an award and a nominee and counts the votes. A row with
 * no count yet, or a count that cannot be right, leaves that award waiting (pending), never decided.
 */
export function readBallots(
  grid: InputGrid<Col>,
  awards: readonly Award[],
  book: NomineeBook,
  settings: Settings,
  reporter: Reporter
): BallotBook {
  const { members, present } = settings;
  const byName = new Map<string, Award[]>();
  for (const a of awards)
    byName.set(matchKey(a.name), [...(byName.get(matchKey(a.name)) ?? []), a]);
  const entries = new Map<string, BallotEntry>();
  const rows: { award: string; nominee: Nominee; entry: BallotEntry }[] = [];
  const seen = new Set<string>();
  let counted = false;
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "award");
    const name = cellText(row.cell("award"));
    const id = cellText(row.cell("nominee"));
    if (name === "" && id === "") continue;
    const named = byName.get(matchKey(name));
    if (!named) {
      reporter.add("ballotUnknownAward", row.place("award"), { award: name });
      continue;
    }
    if (!named.some(isBalloted)) {
      reporter.add("ballotNotBalloted", row.place("award"), { award: name });
      continue;
    }
    const nominee = book.byId(textKey(id))[0];
    if (!nominee) {
      reporter.add("ballotUnknownNominee", row.place("nominee"), { id });
      continue;
    }
    const key = `${matchKey(name)}\u0000${nominee.index}`;
    if (seen.has(key))
      reporter.add("ballotDuplicate", row.place("award"), { id, award: name }, nominee.index);
    seen.add(key);
    const entry = countedEntry(row, nominee, { id, award: name }, members, reporter);
    if (entry !== "waiting") counted = true;
    entries.set(key, entry);
    rows.push({ award: named[0]?.name ?? name, nominee, entry });
  }
  const at = { sheet: grid.sheet, cell: address(Math.max(grid.headerRow, 0), grid.left) };
  let valid = counted && members !== null && present !== null;
  if (counted && members === null) reporter.add("ballotNeedsMembers", at);
  else if (counted && present === null) reporter.add("ballotNeedsPresent", at);
  else if (valid && members !== null && present !== null && present < quorumOf(members)) {
    reporter.add("noQuorum", at, { present, members, needed: quorumOf(members) });
    valid = false;
  }
  if (valid && members !== null) reportMismatches(rows, book, members, reporter);
  const of = (award: Award, nominee: number) =>
    entries.get(`${matchKey(award.name)}\u0000${nominee}`);
  return {
    members,
    valid,
    of,
    voteOf: (award, nominee) => {
      const entry = of(award, nominee.index);
      if (entry === undefined) return nominee.attributes.get(VOTE_ATTRIBUTE) ?? UNKNOWN;
      return entry === "waiting" || !valid || members === null ? UNKNOWN : shareOf(entry, members);
    },
  };
}

/** A row's counts: waiting until both are in and right, each bad count said at its cell. */
function countedEntry(
  row: RowReader<Col>,
  nominee: Nominee,
  said: { readonly id: string; readonly award: string },
  members: number | null,
  reporter: Reporter
): BallotEntry {
  const params = { ...said, members: members ?? "…" };
  const count = (col: Col): number | null | "bad" => {
    const v = readValueCell(row.cell(col));
    if (v.kind === "empty") return null;
    const ok =
      v.kind === "number" &&
      !v.share &&
      Number.isInteger(v.value) &&
      v.value >= 0 &&
      (members === null || v.value <= members);
    if (ok) return v.value;
    reporter.add(
      "badBallot",
      row.place(col),
      { ...params, value: cellText(row.cell(col)) },
      nominee.index
    );
    return "bad";
  };
  const yes = count("yes");
  const no = count("no");
  if (typeof yes !== "number" || no === "bad") return "waiting";
  if (members !== null && no !== null && yes + no > members) {
    reporter.add("ballotTooMany", row.place("yes"), { ...params, yes, no }, nominee.index);
    return "waiting";
  }
  return { yes, no };
}

/** A vote share typed in `Đối tượng` that the counted ballot contradicts: the ballot is used, and said. */
function reportMismatches(
  rows: readonly { award: string; nominee: Nominee; entry: BallotEntry }[],
  book: NomineeBook,
  members: number,
  reporter: Reporter
): void {
  const header = book.attributes.find((a) => a.id === VOTE_ATTRIBUTE)?.header;
  if (header === undefined) return;
  for (const { award, nominee, entry } of rows) {
    if (entry === "waiting") continue;
    const typed = nominee.attributes.get(VOTE_ATTRIBUTE);
    const share = shareOf(entry, members);
    if (typeof typed !== "number" || Math.abs(typed - share) < 0.01) continue;
    reporter.add(
      "ballotMismatch",
      book.attributePlace(nominee, VOTE_ATTRIBUTE),
      { header, typed, award, share: Math.round(share * 100) / 100, yes: entry.yes, members },
      nominee.index
    );
  }
}
