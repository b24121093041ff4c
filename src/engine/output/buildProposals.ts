import { awardGroups } from "../award/allocateAwards";
import type { Award } from "../model";
import { formatNumber } from "../explain/phrases";
import type { NomineeResult, RankResult } from "../rankCouncil";
import { scopeKey, scopeName } from "../rank/rankNominees";
import { fromCents } from "../score/cents";
import { fitRow } from "./fitCell";
import { waitingText } from "../award/provisional";

/** One numbered row of a proposal list: who, where from, with what score and rank, and why in one line. */
export interface ProposalRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly achievement: string;
}

export interface ProposalSection {
  readonly award: string;
  /** Nominees proposed, in the award's rank order within each of its scope groups. */
  readonly rows: readonly ProposalRow[];
  /** Tied at the quota's edge: listed for the council to decide ("Hội đồng quyết định"). */
  readonly ties: readonly ProposalRow[];
  /** Nominees not ranked in this award's scope groups: while any is, the section is a draft. */
  readonly waiting: readonly string[];
}

/** The council's proposal list, ready to print and sign (issue 6 §3). */
export interface ProposalDocument {
  readonly title: string;
  readonly council: string;
  readonly sections: readonly ProposalSection[];
  /** Some section is a draft: the list is marked DỰ THẢO and carries no signature block. */
  readonly provisional: boolean;
}

const KIND_SUFFIX = { collective: " (tập thể)", individual: " (cá nhân)", all: "" } as const;

export function buildProposals(result: RankResult): ProposalDocument {
  // In the order they are handed out.
  const awards = awardGroups(result.awards).flat();
  const names = new Map<string, number>();
  for (const a of awards) names.set(a.name, (names.get(a.name) ?? 0) + 1);
  const row = (r: NomineeResult, award: Award, rank: number | null): ProposalRow => {
    const score =
      r.score.scoreCents === null || r.rank === null ? null : fromCents(r.score.scoreCents);
    const parts = [
      score === null ? "" : `Điểm ${formatNumber(score, "vi")}${r.grade ? ` (${r.grade})` : ""}`,
      rank === null
        ? ""
        : `hạng ${rank} trong ${award.scope === "all" ? "toàn bộ" : scopeName(r.nominee, award.scope) || "nhóm"}`,
    ];
    return {
      id: r.nominee.id,
      name: r.nominee.name,
      unit: r.nominee.unit,
      score,
      rank,
      achievement: parts.filter(Boolean).join("; "),
    };
  };
  const sections = awards.map((award): ProposalSection => {
    const given: { r: NomineeResult; rank: number; group: string }[] = [];
    const ties: NomineeResult[] = [];
    for (const r of result.nominees)
      for (const d of r.decisions) {
        if (d.award !== award) continue;
        if (d.outcome.kind === "given")
          given.push({ r, rank: d.outcome.rank, group: scopeKey(r.nominee, award.scope) });
        else if (d.outcome.kind === "tie") ties.push(r);
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
      rows: given.map((g) => row(g.r, award, g.rank)),
      ties: ties.map((r) => row(r, award, null)),
      waiting,
    };
  });
  const year = result.settings.year;
  return {
    title: `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG${year === null ? "" : ` NĂM ${year}`}`,
    council: result.settings.council || "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
    sections: sections.filter(
      (s) => s.rows.length > 0 || s.ties.length > 0 || s.waiting.length > 0
    ),
    provisional: sections.some((s) => s.waiting.length > 0),
  };
}

/** A score with two decimals and a decimal comma: 96.5 → "96,50". */
export function scoreText(score: number): string {
  return score.toFixed(2).replace(".", ",");
}

export type ProposalLineKind = "title" | "header" | "section" | "row" | "tie" | "blank" | "sign";

/** A line of the printed list: its cells, and what kind of line it is (the adapters style by kind). */
export interface ProposalLine {
  readonly kind: ProposalLineKind;
  readonly cells: readonly (string | number | null)[];
}

/** Columns of the printed list: header and width in characters. */
export const PROPOSAL_COLUMNS: readonly (readonly [string, number])[] = [
  ["STT", 6],
  ["Tên tập thể, cá nhân", 36],
  ["Đơn vị", 28],
  ["Điểm", 9],
  ["Hạng", 7],
  ["Thành tích", 48],
];

/** The 1-based row of column headers, repeated on every printed page. */
export const PROPOSAL_HEADER_ROW = 4;

const ROMAN = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
  "XIX",
  "XX",
];

/**
 * The usual administrative layout: council and title, a section per award with numbered rows,
 * "Hội đồng quyết định" for ties at the quota, and the signature blocks.
 */
export function proposalLines(doc: ProposalDocument): ProposalLine[] {
  const lines: ProposalLine[] = [
    ...(doc.provisional
      ? [{ kind: "title" as const, cells: ["DỰ THẢO – chưa đủ dữ liệu: chưa ký, chưa gửi"] }]
      : []),
    { kind: "title", cells: [doc.council.toUpperCase()] },
    { kind: "title", cells: [doc.title] },
    { kind: "blank", cells: [] },
    { kind: "header", cells: PROPOSAL_COLUMNS.map(([h]) => h) },
  ];
  doc.sections.forEach((s, i) => {
    lines.push({
      kind: "section",
      cells: [ROMAN[i] ?? String(i + 1), `${s.award} (${s.rows.length})`],
    });
    if (s.waiting.length > 0)
      lines.push({
        kind: "tie",
        cells: ["", `DỰ THẢO – chưa đủ dữ liệu: ${s.waiting.join("; ")}`],
      });
    s.rows.forEach((r, n) =>
      lines.push({
        kind: "row",
        // The score as the document prints it, Vietnamese style (96,50) whatever the reader's locale.
        cells: [
          n + 1,
          r.name,
          r.unit,
          r.score === null ? null : scoreText(r.score),
          r.rank,
          r.achievement,
        ],
      })
    );
    if (s.ties.length > 0)
      lines.push({
        kind: "tie",
        cells: [
          "",
          "Hội đồng quyết định",
          "",
          null,
          null,
          `Bằng điểm tại giới hạn số lượng: ${s.ties.map((t) => `${t.name} (${t.achievement})`).join("; ")}`,
        ],
      });
  });
  lines.push({ kind: "blank", cells: [] });
  // A list that is still a draft has no signature block: nobody signs what is not final.
  if (doc.provisional) return lines.map((l) => ({ ...l, cells: fitRow(l.cells) }));
  lines.push({
    kind: "sign",
    cells: ["", "NGƯỜI LẬP DANH SÁCH", "", null, null, "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"],
  });
  lines.push({ kind: "sign", cells: ["", "", "", null, null, "CHỦ TỊCH"] });
  lines.push({
    kind: "blank",
    cells: ["", "(Ký, ghi rõ họ tên)", "", null, null, "(Ký, ghi rõ họ tên, đóng dấu)"],
  });
  return lines.map((l) => ({ ...l, cells: fitRow(l.cells) }));
}
