import { explainGap } from "../explain/explainGap";
import { placeOf } from "../messages/message";
import { explainParts } from "../explain/explainNominee";
import { PHRASES } from "../explain/phrases";
import { scopeGroupHeading, scopeGroupOf } from "../output/scopeGroups";
import type { NomineeResult, RankResult } from "../result";
import { fromCents } from "../score/cents";
import { groupSubtotals } from "../output/toJson";
import { scoreText } from "../output/buildProposals";
import { councilName } from "./letterhead";
import { type PrintDoc, type PrintRow, type PrintStyle, printRow, tableStyles } from "./printDoc";

const { cell: CELL, right: NUM, center: CENTER, head: HEAD } = tableStyles(10);
const GROUP: PrintStyle = { size: 11, bold: true, align: "left" };
const TITLE: PrintStyle = { size: 13, bold: true, align: "center" };
const MARGINS = { top: 15, bottom: 15, left: 15, right: 15 };

/**
 * The most nominees the printed ranking and explanations are written for: past it they would run to
 * thousands of pages nobody prints, and cost the run more than the ranking itself.
 */
export const PRINT_LIMIT = 5000;

/** Whether the council is small enough for the printed ranking and explanations. */
export const printable = (result: RankResult): boolean => result.nominees.length <= PRINT_LIMIT;

/** How each printed sheet's title begins: what tells the sheet as ours on the next run. */
export const RANKING_TITLE = "KẾT QUẢ XẾP HẠNG THI ĐUA";
export const EXPLANATIONS_TITLE = "GIẢI THÍCH KẾT QUẢ XẾP HẠNG VÀ ĐỀ XUẤT KHEN THƯỞNG";

/** Rows of nominees split where the group changes, each group with its heading, a page each. */
function byGroup(
  result: RankResult,
  columns: readonly number[],
  header: PrintRow | null,
  row: (r: NomineeResult) => PrintRow
): PrintRow[] {
  const rows: PrintRow[] = [];
  let last: string | null = null;
  for (const r of result.nominees) {
    const g = scopeGroupOf(r);
    if (g !== last) {
      rows.push(
        printRow(
          columns,
          [
            {
              col: 0,
              span: columns.length,
              text: scopeGroupHeading(r, result.settings.language),
              style: GROUP,
            },
          ],
          last !== null
        )
      );
      if (last !== null && header) rows.push(header);
      last = g;
    }
    rows.push(row(r));
  }
  return rows;
}

/**
 * The ranking as a council reads it on paper (issue 12 §3): A4 landscape at 10 pt, rank, code, name,
 * grade, group subtotals, score, awards and gap, each scope group (and kind) on its own pages under
 * its heading, the column header repeated. The `Xếp hạng` table keeps every column for Excel's use;
 * its 17 contract columns do not fit a page at a readable size. Past `PRINT_LIMIT` the sheet says why
 * it is not printed.
 */
export function rankingPrint(result: RankResult): PrintDoc {
  if (!printable(result)) return notPrinted(result, RANKING_TITLE);
  const grades = result.settings.grades.length > 0;
  const heads: [string, number, PrintStyle][] = [
    ["Hạng", 6, CENTER],
    ["Mã", 10, CELL],
    ["Tên", 34, CELL],
    ...(grades ? [["Xếp loại", 8, CENTER] as [string, number, PrintStyle]] : []),
    ...result.groups.map((g): [string, number, PrintStyle] => [g, 10, NUM]),
    ["Điểm", 8, NUM],
    ["Đề xuất khen thưởng", 30, CELL],
    ["Khoảng cách", 28, CELL],
  ];
  const columns = heads.map(([, w]) => w);
  const header = printRow(
    columns,
    heads.map(([text], col) => ({ col, span: 1, text, style: HEAD }))
  );
  const language = result.settings.language;
  const row = (r: NomineeResult) => {
    const ranked = r.rank !== null;
    const subtotals = groupSubtotals(r);
    const values = [
      r.rank === null ? "" : String(r.rank),
      r.nominee.id,
      r.nominee.name,
      ...(grades ? [r.grade ?? ""] : []),
      ...result.groups.map((g) =>
        ranked && subtotals.has(g) ? scoreText(fromCents(subtotals.get(g) ?? 0)) : ""
      ),
      ranked && r.score.scoreCents !== null ? scoreText(fromCents(r.score.scoreCents)) : "",
      ranked ? r.awards.join("; ") : explainParts(r, language).score,
      explainGap(r, language),
    ];
    return printRow(
      columns,
      values.map((text, col) => ({ col, span: 1, text, style: heads[col]?.[2] ?? CELL }))
    );
  };
  const year = result.settings.year;
  const rows: PrintRow[] = [
    printRow(columns, [
      {
        col: 0,
        span: columns.length,
        text: `${RANKING_TITLE}${year === null ? "" : ` NĂM ${year}`} – ${councilName(result.settings)}`,
        style: TITLE,
      },
    ]),
    header,
  ];
  rows.push(...byGroup(result, columns, header, row));
  return { columns, orientation: "landscape", margins: MARGINS, rows, titleRows: [2, 2] };
}

/**
 * The full `Giải thích` to print (issue 12 §3): a block per nominee, its name, score and rank on the
 * left, the points of each criterion and each award's outcome a line each on the right, each scope
 * group on its own pages under its heading. A4 portrait at 10 pt.
 */
export function explanationsPrint(result: RankResult): PrintDoc {
  if (!printable(result)) return notPrinted(result, EXPLANATIONS_TITLE);
  const columns = [26, 63];
  const language = result.settings.language;
  const who: PrintStyle = { size: 10, bold: true, align: "left", border: true };
  const text: PrintStyle = { size: 10, align: "left", border: true };
  const p = PHRASES[language];
  const row = (r: NomineeResult) => {
    const parts = explainParts(r, language);
    const gap = explainGap(r, language);
    const warnings = r.messages.map((m) => `[${m.code}] ${placeOf(m)}`);
    const lines = [
      ...parts.points.map((x) => `• ${x}`),
      parts.score,
      ...(parts.awards === null ? [] : [`${p.awards}:`, ...parts.awards.map((a) => `– ${a}`)]),
      ...(gap ? [`→ ${gap}`] : []),
      ...(warnings.length > 0 ? [warnings.join("; ")] : []),
    ];
    return printRow(columns, [
      {
        col: 0,
        span: 1,
        text: `${r.rank === null ? "–" : r.rank}. ${r.nominee.id}\n${r.nominee.name}`,
        style: who,
      },
      { col: 1, span: 1, text: lines.join("\n"), style: text },
    ]);
  };
  const year = result.settings.year;
  const rows: PrintRow[] = [
    printRow(columns, [
      {
        col: 0,
        span: 2,
        text: `${EXPLANATIONS_TITLE}${year === null ? "" : ` NĂM ${year}`}`,
        style: { size: 13, bold: true, align: "center" },
      },
    ]),
  ];
  rows.push(...byGroup(result, columns, null, row));
  return {
    columns,
    orientation: "portrait",
    margins: { top: 20, bottom: 20, left: 25, right: 15 },
    rows,
    titleRows: null,
  };
}

/** What a printed sheet holds for a council past `PRINT_LIMIT`: its title, the reason, where the table is. */
function notPrinted(result: RankResult, title: string): PrintDoc {
  const columns = [89];
  return {
    columns,
    orientation: "portrait",
    margins: { top: 20, bottom: 20, left: 25, right: 15 },
    rows: [
      printRow(columns, [{ col: 0, span: 1, text: title, style: TITLE }]),
      printRow(columns, [
        {
          col: 0,
          span: 1,
          text: `${result.nominees.length} đối tượng, quá ${PRINT_LIMIT} để in: xem trang Xếp hạng (lọc theo khối hay lĩnh vực rồi in).`,
          style: { size: 12, align: "left" },
        },
      ]),
    ],
    titleRows: null,
  };
}
