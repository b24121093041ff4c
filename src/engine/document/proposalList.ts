import type { ProposalDocument, ProposalSection } from "../output/buildProposals";
import {
  DRAFT,
  SUBTITLE,
  TITLE,
  councilSigner,
  headerRows,
  letterNumber,
  signatureRows,
} from "./letterhead";
import {
  type PrintDoc,
  type PrintRow,
  type PrintStyle,
  blank,
  printRow,
  wide,
  portraitDoc,
  tableStyles,
} from "./printDoc";

/** The list's table: header and width; its print width fills A4 portrait inside NĐ 30's margins. */
export const LIST_COLUMNS: readonly (readonly [string, number])[] = [
  ["STT", 5],
  ["Tên tập thể, cá nhân", 30],
  ["Chức vụ, đơn vị công tác", 22],
  ["Tóm tắt thành tích", 22],
  ["Ghi chú", 11],
];

const {
  cell: CELL,
  center: CELL_CENTER,
  head: HEAD,
  section: SECTION,
  note: NOTE,
} = tableStyles(12);
const SECTION_NO: PrintStyle = { ...SECTION, align: "center" };

const ROMAN: readonly [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → I, 14 → XIV: the numbering of a list's sections. */
export function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) ((out += s), (n -= v));
  return out;
}

const KIND_WORDS = { collective: "tập thể", individual: "cá nhân", all: "" } as const;

/** `Cờ thi đua cấp bộ (2 tập thể)`, `Giấy khen (8 cá nhân)`: the count says the kind. */
export function sectionTitle(s: ProposalSection): string {
  const word = KIND_WORDS[s.kind];
  return `${word ? s.name : s.award} (${s.rows.length}${word ? ` ${word}` : ""})`;
}

const widths = LIST_COLUMNS.map(([, w]) => w);

/** A row of the table, each of the five cells bordered. */
function tableRow(values: readonly string[], styles: readonly PrintStyle[]): PrintRow {
  return printRow(
    widths,
    values.map((text, col) => ({ col, span: 1, text, style: styles[col] ?? CELL }))
  );
}

/** A line across the four columns after STT: a section's title, its drafts, its ties. */
function spanRow(no: string, text: string, style: PrintStyle): PrintRow {
  return printRow(widths, [
    { col: 0, span: 1, text: no, style: style === SECTION ? SECTION_NO : CELL_CENTER },
    { col: 1, span: widths.length - 1, text, style },
  ]);
}

/**
 * `Đề nghị khen thưởng` as the annex of the Tờ trình (NĐ 30/2020 Phụ lục I, meeting.md §3): the
 * header blocks, the title with the year, the "Kèm theo" line, a bordered table grouped by award
 * with Roman numerals and counts, the council's decisions to take, and the signature block, which a
 * draft does not carry.
 */
export function proposalList(doc: ProposalDocument): PrintDoc {
  const h = { columns: widths, split: 2 };
  const { settings } = doc;
  const rows: PrintRow[] = [];
  if (doc.provisional)
    rows.push(wide(widths, "DỰ THẢO – chưa đủ dữ liệu: chưa ký, chưa gửi", DRAFT));
  rows.push(...headerRows(h, settings, null));
  rows.push(wide(widths, doc.title, TITLE));
  rows.push(
    wide(
      widths,
      `(Kèm theo Tờ trình số ${letterNumber(settings)} ngày … tháng … năm … của ${doc.council})`,
      SUBTITLE
    )
  );
  rows.push(blank());
  const header = rows.length + 1;
  rows.push(
    tableRow(
      LIST_COLUMNS.map(([t]) => t),
      LIST_COLUMNS.map(() => HEAD)
    )
  );
  doc.sections.forEach((s, i) => {
    rows.push(spanRow(roman(i + 1), sectionTitle(s), SECTION));
    if (s.waiting.length > 0)
      rows.push(spanRow("", `DỰ THẢO – chưa đủ dữ liệu: ${s.waiting.join("; ")}`, NOTE));
    if (s.pending.length > 0)
      rows.push(spanRow("", `DỰ THẢO – chưa xét xong: ${s.pending.join("; ")}`, NOTE));
    s.rows.forEach((r, n) =>
      rows.push(
        tableRow(
          [String(n + 1), r.name, r.unit, r.achievement, r.note],
          [CELL_CENTER, CELL, CELL, CELL, CELL]
        )
      )
    );
    if (s.ties.length > 0)
      rows.push(
        spanRow(
          "",
          `Hội đồng quyết định (bằng điểm tại giới hạn số lượng): ${s.ties.map((t) => `${t.name} (${t.achievement})`).join("; ")}`,
          NOTE
        )
      );
  });
  if (doc.sections.length === 0) rows.push(spanRow("", "Không có đề nghị khen thưởng.", NOTE));
  // Nobody signs what is not final.
  if (!doc.provisional) rows.push(...signatureRows(h, [], councilSigner(settings)));
  return portraitDoc(widths, rows, [header, header]);
}
