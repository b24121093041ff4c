import { awardGroups } from "../award/allocateAwards";
import type { Award, Kind, Settings } from "../model";
import { type BallotEntry, type Votes, awaitsVote, shareOf } from "../read/readBallots";
import { formatNumber } from "../explain/phrases";
import type { NomineeResult, RankResult } from "../result";
import { scopeKey, scopeName } from "../rank/rankNominees";
import { fromCents } from "../score/cents";
import { waitingText } from "../award/provisional";

/** One numbered row of a proposal list: who, where from, with what score and rank, and why in one line. */
export interface ProposalRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly achievement: string;
  /** `Ghi chú`: the votes for a balloted award. */
  readonly note: string;
}

export interface ProposalSection {
  /** The award's name, with its kind when two awards share the name: `Giấy khen (cá nhân)`. */
  readonly award: string;
  /** The award's name as the sheet has it. */
  readonly name: string;
  /** Nominees proposed, in the award's rank order within each of its scope groups. */
  readonly rows: readonly ProposalRow[];
  /** Tied at the quota's edge: listed for the council to decide ("Hội đồng quyết định"). */
  readonly ties: readonly ProposalRow[];
  /** Nominees not ranked in this award's scope groups: while any is, the section is a draft. */
  readonly waiting: readonly string[];
  /** Candidates whose vote, or another fact the condition reads, is still to come: a draft too. */
  readonly pending: readonly string[];
  readonly kind: Kind | "all";
}

/** The council's proposal list, ready to print and sign (issue 6 §3). */
export interface ProposalDocument {
  readonly title: string;
  readonly council: string;
  readonly sections: readonly ProposalSection[];
  /** Some section is a draft: the list is marked DỰ THẢO and carries no signature block. */
  readonly provisional: boolean;
  /** What the header and signature blocks read (governing body, place, number, signer). */
  readonly settings: Settings;
}

const KIND_SUFFIX = { collective: " (tập thể)", individual: " (cá nhân)", all: "" } as const;

export function buildProposals(result: RankResult): ProposalDocument {
  // In the order they are handed out.
  const awards = awardGroups(result.awards).flat();
  const names = new Map<string, number>();
  for (const a of awards) names.set(a.name, (names.get(a.name) ?? 0) + 1);
  const { ballot } = result;
  const row = (r: NomineeResult, award: Award, rank: number | null): ProposalRow => {
    const score =
      r.score.scoreCents === null || r.rank === null ? null : fromCents(r.score.scoreCents);
    const parts = [
      score === null ? "" : `Điểm ${scoreText(score)}${r.grade ? ` (${r.grade})` : ""}`,
      rank === null
        ? ""
        : `hạng ${rank} trong ${award.scope === "all" ? "toàn bộ" : scopeName(r.nominee, award.scope) || "nhóm"}`,
    ];
    return {
      id: r.nominee.id,
      name: r.nominee.name,
      unit: [position(r), r.nominee.unit || r.nominee.cluster].filter(Boolean).join(", "),
      score,
      rank,
      achievement: parts.filter(Boolean).join("; "),
      note: voteNote(ballot?.of(award, r.nominee.index), ballot?.members ?? null),
    };
  };
  const sections = awards.map((award): ProposalSection => {
    const given: { r: NomineeResult; rank: number; group: string }[] = [];
    const ties: NomineeResult[] = [];
    const pending: string[] = [];
    for (const r of result.nominees)
      for (const d of r.decisions) {
        if (d.award !== award) continue;
        if (d.outcome.kind === "given")
          given.push({ r, rank: d.outcome.rank, group: scopeKey(r.nominee, award.scope) });
        else if (d.outcome.kind === "tie") ties.push(r);
        else if (d.outcome.kind === "pending")
          pending.push(
            `${r.nominee.id} ${r.nominee.name}${awaitsVote(ballot, award, r.nominee) ? " (chờ bỏ phiếu)" : " (chưa đủ dữ liệu)"}`
          );
      }
    const groupOrder = new Map<string, number>();
    for (const r of result.nominees) {
      const k = scopeKey(r.nominee, award.scope);
      if (!groupOrder.has(k)) groupOrder.set(k, groupOrder.size);
    }
    given.sort(
      (a, b) =>
        (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0) ||
        a.rank - b.rank ||
        (a.r.nominee.id < b.r.nominee.id ? -1 : 1)
    );
    const label =
      (names.get(award.name) ?? 0) > 1
        ? `${award.name}${KIND_SUFFIX[award.appliesTo]}`
        : award.name;
    const waiting = result.provisional
      .filter((p) => p.award === award)
      .flatMap((p) => p.waiting.map((u) => waitingText(u, true)));
    return {
      award: label,
      name: award.name,
      rows: given.map((g) => row(g.r, award, g.rank)),
      ties: ties.map((r) => row(r, award, null)),
      waiting,
      pending,
      kind: award.appliesTo,
    };
  });
  const year = result.settings.year;
  return {
    title: `DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG${year === null ? "" : ` NĂM ${year}`}`,
    council: result.settings.council || "Hội đồng Thi đua - Khen thưởng",
    sections: sections.filter(
      (s) => s.rows.length > 0 || s.ties.length > 0 || s.waiting.length > 0 || s.pending.length > 0
    ),
    provisional: sections.some((s) => s.waiting.length > 0 || s.pending.length > 0),
    settings: result.settings,
  };
}

/** An individual's `Chức vụ` column, when `Đối tượng` has one. */
function position(r: NomineeResult): string {
  const p = r.nominee.attributes.get("chuc_vu");
  return typeof p === "string" ? p : "";
}

/** A vote share as the documents print it, two decimals at most, Vietnamese style: `88,89%`. */
export function shareText(votes: Votes, members: number): string {
  return `${formatNumber(Math.round(shareOf(votes, members) * 100) / 100, "vi")}%`;
}

/** `Đồng ý 9/10 (90%)` for a counted ballot row, else nothing. */
function voteNote(entry: BallotEntry | undefined, members: number | null): string {
  if (entry === undefined || entry === "waiting" || members === null) return "";
  return `Đồng ý ${entry.yes}/${members} (${shareText(entry, members)})`;
}

/** A score with two decimals and a decimal comma: 96.5 → "96,50". */
export function scoreText(score: number): string {
  return score.toFixed(2).replace(".", ",");
}
