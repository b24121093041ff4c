import type { OutputColumn, OutputValue } from "../output/buildOutputTable";
import type { InputValue, RankResult } from "../rankCouncil";
import { fromCents } from "../score/cents";
import type { WorkbookSnapshot } from "../snapshot";
import { textKey } from "../text/normalize";

/**
 * What a run remembers for the next one (issue 6 §1): per nominee its rank, score, awards and the
 * value cells it was scored from. Kept on a hidden sheet the product owns, never in the inputs.
 */
export const MEMORY_SHEET = "Bình Xét - lần trước";

export const MEMORY_COLUMNS: readonly OutputColumn[] = [
  { header: "Mã", format: "text", width: 12 },
  { header: "Hạng", format: "integer", width: 6 },
  { header: "Điểm", format: "decimal", width: 8 },
  { header: "Đề xuất", format: "text", width: 40 },
  { header: "Dữ liệu", format: "text", width: 60 },
];

export interface Remembered {
  readonly id: string;
  readonly rank: number | null;
  readonly score: number | null;
  readonly awards: readonly string[];
  readonly values: readonly InputValue[];
}

export function buildMemory(result: RankResult): OutputValue[][] {
  return result.nominees.map((r) => [
    r.nominee.id,
    r.rank,
    r.rank === null || r.score.scoreCents === null ? null : fromCents(r.score.scoreCents),
    r.awards.join("; "),
    JSON.stringify(result.valuesOf(r).map((v) => [v.code, v.sheet, v.cell, v.text])),
  ]);
}

/** The last run's memory, by nominee id text key; null when the workbook has none (a first run). */
export function readMemory(snapshot: WorkbookSnapshot): Map<string, Remembered> | null {
  const sheet = snapshot.sheets.find((s) => s.name === MEMORY_SHEET);
  const header = sheet?.rows[0]?.[0];
  // No sheet, or one without its header (a write cut short): no memory.
  if (!sheet || !header || header.t !== "s" || header.v !== MEMORY_COLUMNS[0]?.header) return null;
  const memory = new Map<string, Remembered>();
  for (const row of sheet.rows.slice(1)) {
    const [id, rank, score, awards, data] = row ?? [];
    if (!id || id.t !== "s") continue;
    let values: InputValue[] = [];
    try {
      const parsed: unknown = JSON.parse(data?.t === "s" ? data.v : "[]");
      if (Array.isArray(parsed))
        values = parsed
          .filter(
            (v): v is string[] =>
              Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === "string")
          )
          .map(([code, s, cell, text]) => ({
            code: code as string,
            sheet: s as string,
            cell: cell as string,
            text: text as string,
          }));
    } catch {
      // A memory edited by hand is read as far as it can be: its values are then unknown.
    }
    const num = (c: typeof rank) => (c && c.t === "n" ? c.v : null);
    if (!memory.has(textKey(id.v)))
      memory.set(textKey(id.v), {
        id: id.v,
        rank: num(rank),
        score: num(score),
        awards: awards?.t === "s" && awards.v ? awards.v.split("; ") : [],
        values,
      });
  }
  return memory;
}
