import { PHRASES, formatNumber } from "../explain/phrases";
import type { Language } from "../messages/renderMessage";
import { type InputValue, type RankResult, shownScore } from "../result";
import type { Place } from "../model";
import { textKey } from "../text/normalize";
import type { Remembered } from "./memory";

export interface CellChange {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly before: string;
  readonly after: string;
}

/** How one nominee's result moved since the last run, and the input cells that changed. */
export interface NomineeChange {
  readonly id: string;
  readonly name: string;
  readonly kind: "changed" | "new" | "gone";
  readonly rank: readonly [number | null, number | null];
  readonly score: readonly [number | null, number | null];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly cells: readonly CellChange[];
}

/** The input cells whose text differs from the last run's. */
function changedCells(
  before: Remembered,
  values: readonly InputValue[],
  idPlace: Place
): CellChange[] {
  const old = new Map(before.values.map((v) => [v.code, v]));
  const cells: CellChange[] = [];
  for (const v of values) {
    const o = old.get(v.code);
    old.delete(v.code);
    if ((o?.text ?? "") === v.text) continue;
    const at = v.place();
    cells.push({
      code: v.code,
      sheet: at.sheet,
      cell: at.cell,
      before: o?.text ?? "",
      after: v.text,
    });
  }
  // A value that no longer has a cell: reported at the nominee's id cell.
  for (const o of old.values())
    cells.push({
      code: o.code,
      sheet: idPlace.sheet,
      cell: idPlace.cell,
      before: o.text,
      after: "",
    });
  return cells;
}

/** The changes of this run against the last one's memory; null when there was no last run. */
export function compareRuns(
  previous: ReadonlyMap<string, Remembered> | null,
  result: RankResult
): NomineeChange[] | null {
  if (previous === null) return null;
  const changes: NomineeChange[] = [];
  const seen = new Set<string>();
  for (const r of result.nominees) {
    const key = r.nominee.idKey;
    if (seen.has(key)) continue;
    seen.add(key);
    const before = previous.get(key);
    const score = shownScore(r);
    if (!before) {
      changes.push({
        id: r.nominee.id,
        name: r.nominee.name,
        kind: "new",
        rank: [null, r.rank],
        score: [null, score],
        added: [...r.awards],
        removed: [],
        cells: [],
      });
      continue;
    }
    const cells = changedCells(before, result.valuesOf(r), r.nominee.idPlace);
    const added = r.awards.filter((a) => !before.awards.includes(a));
    const removed = before.awards.filter((a) => !r.awards.includes(a));
    if (
      before.rank !== r.rank ||
      before.score !== score ||
      added.length > 0 ||
      removed.length > 0 ||
      cells.length > 0
    )
      changes.push({
        id: r.nominee.id,
        name: r.nominee.name,
        kind: "changed",
        rank: [before.rank, r.rank],
        score: [before.score, score],
        added,
        removed,
        cells,
      });
  }
  for (const [key, b] of previous)
    if (!seen.has(key))
      changes.push({
        id: b.id,
        name: "",
        kind: "gone",
        rank: [b.rank, null],
        score: [b.score, null],
        added: [],
        removed: [...b.awards],
        cells: [],
      });
  return changes;
}

/** The changes as lines a secretary reads aloud in the meeting. */
export function describeChanges(
  changes: readonly NomineeChange[] | null,
  language: Language,
  sources: ReadonlyMap<string, string> = new Map()
): string[] {
  const p = PHRASES[language].changes;
  if (changes === null) return [p.first];
  if (changes.length === 0) return [p.none];
  const n = (x: number | null) => (x === null ? "-" : formatNumber(x, language));
  return changes.map((c) => {
    if (c.kind === "new")
      return `${c.id}: ${p.added}${c.added.length ? `; ${c.added.join(", ")}` : ""}`;
    if (c.kind === "gone") return `${c.id}: ${p.gone}`;
    const parts = [
      c.rank[0] !== c.rank[1] ? `${p.rank} ${n(c.rank[0])} → ${n(c.rank[1])}` : "",
      c.score[0] !== c.score[1] ? `${p.score} ${n(c.score[0])} → ${n(c.score[1])}` : "",
      c.added.length ? `${p.gains} ${c.added.join(", ")}` : "",
      c.removed.length ? `${p.loses} ${c.removed.join(", ")}` : "",
      ...c.cells.map((x) => {
        // A value a unit's report brought (issue 14): its report is named beside the cell.
        const from = sources.get(textKey(`${x.sheet}!${x.cell}`));
        const origin = from ? `, ${p.from} ${from}` : "";
        return `${x.code} (${x.sheet}!${x.cell}${origin}): '${x.before}' → '${x.after}'`;
      }),
    ].filter(Boolean);
    return `${c.id}: ${parts.join("; ")}`;
  });
}
