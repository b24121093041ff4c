import type { OutputColumn, OutputValue } from "../output/buildOutputTable";
import { type RankResult, shownScore } from "../result";
import type { WorkbookSnapshot } from "../snapshot";
import { fitRow } from "../output/fitCell";
import { MEMORY_SHEET, sameSheetName } from "../output/sheetNames";
import { textKey } from "../text/normalize";

/**
 * What a run remembers for the next one (issue 6 §1): per nominee its rank, score, awards and the
 * value cells it was scored from. Kept on a hidden sheet the product owns, never in the inputs.
 */

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
  readonly values: readonly { readonly code: string; readonly text: string }[];
}

const ESCAPED = /[\\\t=]/;

/**
 * A nominee's values as `code=text` pairs, tab-separated: compact (a council of 100,000 × 40 keeps its
 * memory in a few tens of MB) and readable. `\`, tab and `=` are escaped; the addresses are not kept:
 * a change is reported at the cell where the value is now.
 */
export function encodeValues(
  values: readonly { readonly code: string; readonly text: string }[]
): string {
  // Most values hold none of the three: tested once, not replaced three times.
  const esc = (s: string) =>
    ESCAPED.test(s) ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/=/g, "\\e") : s;
  return values.map((v) => `${esc(v.code)}=${esc(v.text)}`).join("\t");
}

export function decodeValues(text: string): { code: string; text: string }[] {
  const unesc = (s: string) =>
    s.replace(/\\(\\|t|e)/g, (_m, c: string) => (c === "t" ? "\t" : c === "e" ? "=" : "\\"));
  return text === ""
    ? []
    : text.split("\t").flatMap((pair) => {
        const i = pair.indexOf("=");
        return i < 0 ? [] : [{ code: unesc(pair.slice(0, i)), text: unesc(pair.slice(i + 1)) }];
      });
}

export function buildMemory(result: RankResult): OutputValue[][] {
  return result.nominees.map((r) =>
    fitRow([
      r.nominee.id,
      r.rank,
      shownScore(r),
      encodeAwards(r.awards),
      encodeValues(result.valuesOf(r)),
    ])
  );
}

/** Awards as `A; B`, a `;` or `\` inside a name escaped, so that a name holding "; " comes back whole. */
export function encodeAwards(awards: readonly string[]): string {
  return awards.map((a) => a.replace(/\\/g, "\\\\").replace(/;/g, "\\;")).join("; ");
}

export function decodeAwards(text: string): string[] {
  if (text === "") return [];
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\\" && i + 1 < text.length) current += text[++i];
    else if (c === ";") {
      out.push(current);
      current = "";
      if (text[i + 1] === " ") i++;
    } else current += c;
  }
  out.push(current);
  return out;
}

/** The last run's memory (on the sheet `name`), by nominee id text key; null when there is none (a first run). */
export function readMemory(
  snapshot: WorkbookSnapshot,
  name: string = MEMORY_SHEET
): Map<string, Remembered> | null {
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, name));
  const header = sheet?.rows[0]?.[0];
  // No sheet, or one without its header (a write cut short): no memory.
  if (!sheet || !header || header.t !== "s" || header.v !== MEMORY_COLUMNS[0]?.header) return null;
  const memory = new Map<string, Remembered>();
  for (const row of sheet.rows.slice(1)) {
    const [id, rank, score, awards, data] = row ?? [];
    if (!id || id.t !== "s") continue;
    const values = decodeValues(data?.t === "s" ? data.v : "");
    const num = (c: typeof rank) => (c && c.t === "n" ? c.v : null);
    if (!memory.has(textKey(id.v)))
      memory.set(textKey(id.v), {
        id: id.v,
        rank: num(rank),
        score: num(score),
        awards: awards?.t === "s" ? decodeAwards(awards.v) : [],
        values,
      });
  }
  return memory;
}
