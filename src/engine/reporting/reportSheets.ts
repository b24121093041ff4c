import { address } from "../messages/message";
import type { OutputColumn, OutputValue } from "../output/buildOutputTable";
import type { RankResult } from "../result";
import { findInput } from "../read/findInput";
import type { InputSpec } from "../read/inputs";
import { dateText } from "../read/quarters";
import { cellText } from "../cell/readValue";
import { fromCents } from "../score/cents";
import type { WorkbookSnapshot } from "../snapshot";
import { matchKey, textKey } from "../text/normalize";
import { sameSheetName } from "../output/sheetNames";
import type { MergePlan } from "./planMerge";

export const SOURCE_SHEET = "Nguồn số liệu";
export const SOURCE_TABLE = "NguonSoLieu";
export const REVIEW_SHEET = "Thẩm định";
export const REVIEW_TABLE = "ThamDinh";

const col = (header: string, format: OutputColumn["format"], width: number): OutputColumn => ({
  header,
  format,
  width,
});

/** `Nguồn số liệu` (issue 14 §2): one row per value merged, kept from merge to merge. */
export const SOURCE_COLUMNS: readonly OutputColumn[] = [
  col("Ghi vào", "text", 16),
  col("Mã đối tượng", "text", 14),
  col("Mã tiêu chí", "text", 11),
  col("Giá trị", "text", 12),
  col("Tệp", "longText", 30),
  col("Trang", "text", 12),
  col("Ô", "text", 8),
  col("Ngày báo cáo", "text", 13),
  col("Theo", "text", 16),
  col("Người báo cáo", "text", 22),
  col("Thời điểm gộp", "text", 17),
  col("Giá trị cũ", "text", 12),
];

const SOURCES = {
  table: SOURCE_TABLE,
  sheets: [SOURCE_SHEET],
  columns: Object.fromEntries(
    SOURCE_COLUMNS.map((c, i) => [
      `c${i}`,
      { header: c.header, aliases: [c.header], required: i === 0 },
    ])
  ),
} satisfies InputSpec<string>;

/**
 * The name our merge sheet takes: its own, unless the council has a sheet of that name that is not ours
 * (it holds no table of ours), which is never replaced: ours is then `… (Bình Xét)`.
 */
export function mergeSheetName(book: WorkbookSnapshot, sheet: string, table: string): string {
  const theirs = book.sheets.find((s) => sameSheetName(s.name, sheet));
  const ours = book.tables.some(
    (t) => matchKey(t.name) === matchKey(table) && sameSheetName(t.sheet, sheet)
  );
  const empty = !theirs?.rows.some((r) => r?.some((c) => c !== null));
  return !theirs || ours || empty ? sheet : `${sheet} (Bình Xét)`;
}

/** The rows an earlier merge left in `Nguồn số liệu`, as they are. */
export function earlierSources(book: WorkbookSnapshot): OutputValue[][] {
  const grid = findInput(book, SOURCES);
  if (!grid || grid.columns.c0 === undefined) return [];
  return grid.rows.map((r) =>
    SOURCE_COLUMNS.map((_, i) => {
      const at = grid.columns[`c${i}`];
      const cell = at === undefined ? null : grid.cell(r, at);
      return cell === null ? null : cell.t === "n" ? cell.v : cellText(cell);
    })
  );
}

/** This merge's rows: where each value went and where it came from. */
export function sourceRows(plan: MergePlan, mergedAt: string): OutputValue[][] {
  return plan.writes.map((w) => [
    `${w.cell.sheet}!${address(w.cell.row, w.cell.col)}`,
    w.nomineeId,
    w.code,
    w.value,
    w.file,
    w.source.split("!")[0] ?? w.source,
    w.source.split("!")[1] ?? null,
    w.report.date === null ? null : dateText(w.report.date),
    w.report.dateFrom === "report"
      ? "Ngày báo cáo"
      : w.report.dateFrom === "file"
        ? "Ngày sửa tệp"
        : null,
    w.report.reporter || null,
    mergedAt,
    w.replaced,
  ]);
}

/** Under the table: who is missing and what is left empty, as of this merge (issue 14 §3). */
export function missingLines(plan: MergePlan, mergedAt: string): string[] {
  return [
    `Còn thiếu (lần gộp ${mergedAt}): ${plan.missing.length} đơn vị chưa có báo cáo được gộp, ${plan.emptyRequired.length} tiêu chí bắt buộc để trống.`,
    ...plan.missing.map((u) => `Chưa có báo cáo: ${u.name}${u.id !== u.name ? ` (${u.id})` : ""}`),
    ...plan.emptyRequired.map(
      (e) =>
        `Để trống: ${e.unit.name}, ${e.nominee.id}, tiêu chí ${e.criterion.code} (${e.report.file}: ${e.report.sheet}!${e.cell})`
    ),
  ];
}

/**
 * Where the last merge says a results cell came from: `Kết quả!C5` → `bao-cao-TT25.04.xlsx: Báo cáo!G7`,
 * so that the change report names the source of a changed cell.
 */
export function sourcesOf(book: WorkbookSnapshot): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const r of earlierSources(book)) {
    const [at, , , , file, sheet, cell] = r;
    if (at && file) found.set(textKey(String(at)), `${file}: ${sheet ?? ""}!${cell ?? ""}`);
  }
  return found;
}

/** `Thẩm định` (issue 14 §5): the unit's self-score beside the council's points, differences first. */
export const REVIEW_COLUMNS: readonly OutputColumn[] = [
  col("Mã đối tượng", "text", 14),
  col("Tên", "longText", 28),
  col("Mã tiêu chí", "text", 11),
  col("Tiêu chí", "longText", 40),
  col("Điểm tự chấm", "decimal", 12),
  col("Điểm Hội đồng", "decimal", 13),
  col("Chênh lệch", "decimal", 11),
  col("Minh chứng", "longText", 40),
  col("Báo cáo", "longText", 30),
];

export function reviewRows(plan: MergePlan, result: RankResult): OutputValue[][] {
  const byId = new Map(result.nominees.map((r) => [r.nominee.idKey, r]));
  const rows: { diff: number; order: number; row: OutputValue[] }[] = [];
  for (const report of plan.merged)
    for (const row of report.rows) {
      const r = byId.get(row.nomineeKey);
      if (!r || row.selfScore === null) continue;
      const at = r.score.criteria.findIndex((c) => c.codeKey === row.codeKey);
      const c = r.score.criteria[at];
      const cents = r.score.points[at];
      const council = cents === undefined || Number.isNaN(cents) ? null : fromCents(cents);
      const diff = council === null ? null : Math.round((row.selfScore - council) * 100) / 100;
      rows.push({
        diff: diff === null ? Infinity : Math.abs(diff),
        order: rows.length,
        row: [
          r.nominee.id,
          r.nominee.name,
          c?.code ?? row.code,
          c?.name ?? "",
          row.selfScore,
          council,
          diff,
          row.evidence || null,
          `${report.file}: ${report.sheet}!${row.valueCell}`,
        ],
      });
    }
  return rows.sort((a, b) => b.diff - a.diff || a.order - b.order).map((x) => x.row);
}
