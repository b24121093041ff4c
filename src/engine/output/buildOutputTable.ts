import { explainGap } from "../explain/explainGap";
import { explainNominee } from "../explain/explainNominee";
import { type Message, fixOf, placeOf } from "../messages/message";
import { fitRow } from "./fitCell";
import { KIND_TEXT } from "../model";
import type { NomineeResult, RankResult } from "../result";
import { messageText } from "./messageText";
import { fromCents } from "../score/cents";
import { groupSubtotals } from "./toJson";
import { maxValue } from "../score/cents";

/** How a column is shown: the adapters turn this into number formats and widths. */
/** `input` and `inputText`: cells a form leaves open to type in (issue 14), general and text. */
export type ColumnFormat = "integer" | "text" | "decimal" | "longText" | "input" | "inputText";

export interface OutputColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Width in characters. */
  readonly width: number;
}

export type OutputValue = string | number | null;

/** The `XepHang` table of contract §9: same columns in every language, rows in §13.10 order. */
export interface OutputTable {
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputValue[])[];
}

/**
 * A message as one line: where, then what. Out of the nominee's row (the CLI's lines) `r` names the
 * nominee and criterion, says what an error costs and points where the fix is (`fixOf`); in the row's
 * `Cảnh báo` the row says who, and the place is the contract's.
 */
export function messageLine(
  m: Message,
  language: "vi" | "en",
  r: NomineeResult | null = null
): string {
  const where = placeOf(r ? fixOf(m) : m);
  const { subject, text } = messageText(m, r, language);
  return `[${m.code}] ${where ? `${where}: ` : ""}${subject ? `${subject}: ` : ""}${text}`;
}

/**
 * A column's header as a table may hold it: on one line (an attribute cannot keep a line break, so the
 * table part and the cell would differ) and unique as Excel compares names, ignoring case. A group
 * named `Hạng` or `hạng tổng` beside another becomes `Hạng (2)`.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    const base = h.replace(/\s+/g, " ").trim() || "?";
    let header = base;
    for (let n = 2; seen.has(header.toUpperCase()); n++) header = `${base} (${n})`;
    seen.add(header.toUpperCase());
    return header;
  });
}

export function buildOutputTable(result: RankResult): OutputTable {
  const language = result.settings.language;
  const grades = result.settings.grades.length > 0;
  const col = (header: string, format: ColumnFormat, width: number): OutputColumn => ({
    header,
    format,
    width,
  });
  const columns: OutputColumn[] = [
    col("Hạng", "integer", 7),
    col("Mã", "text", 10),
    col("Tên", "text", 34),
    col("Loại", "text", 10),
    col("Lĩnh vực", "text", 20),
    col("Khối", "text", 20),
    col("Đơn vị", "text", 24),
    col("Tổng điểm", "decimal", 11),
    col("Điểm tối đa", "decimal", 11),
    col("Điểm (thang 100)", "decimal", 12),
    ...(grades ? [col("Xếp loại", "text", 10)] : []),
    ...result.groups.map((g) => col(g, "decimal", 14)),
    col("Đề xuất khen thưởng", "text", 34),
    col("Giải thích", "longText", 80),
    col("Cảnh báo", "longText", 50),
    // Beyond contract §9 (issue 6): last, so that the contract's columns keep their places.
    col("Khoảng cách", "longText", 40),
  ];
  const headers = uniqueHeaders(columns.map((c) => c.header));
  columns.forEach((c, i) => (columns[i] = { ...c, header: headers[i] as string }));
  const rows = result.nominees.map((r) => {
    const ranked = r.rank !== null;
    const n = r.nominee;
    const subtotals = groupSubtotals(r);
    return [
      r.rank,
      n.id,
      n.name,
      n.kind ? KIND_TEXT[n.kind] : "",
      n.field,
      n.cluster,
      n.unit,
      ranked ? fromCents(r.score.totalCents) : null,
      ranked ? maxValue(r.score.max) : null,
      ranked && r.score.scoreCents !== null ? fromCents(r.score.scoreCents) : null,
      ...(grades ? [r.grade ?? ""] : []),
      ...result.groups.map((g) =>
        ranked && subtotals.has(g) ? fromCents(subtotals.get(g) ?? 0) : null
      ),
      r.awards.join("; "),
      explainNominee(r, language),
      r.messages.map((m) => messageLine(m, language)).join("\n"),
      explainGap(r, language),
    ];
  });
  return { columns, rows: rows.map(fitRow) };
}
