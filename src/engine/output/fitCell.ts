/** The most characters an Excel cell holds (Microsoft: "Excel specifications and limits"). */
export const CELL_CHARS = 32_767;

/**
 * A text as one cell can hold it: whole when it fits, else cut at a line (or, for one long line, at a
 * character) and ended with "… (+N)", N the lines or characters left out. Every adapter writes this.
 */
export function fitCell(text: string): string {
  if (text.length <= CELL_CHARS) return text;
  const lines = text.split("\n");
  if (lines.length > 1) {
    let kept = 0;
    let size = 0;
    while (kept < lines.length && size + (lines[kept] as string).length + 1 <= CELL_CHARS - 20) {
      size += (lines[kept] as string).length + 1;
      kept++;
    }
    if (kept > 0) return `${lines.slice(0, kept).join("\n")}\n… (+${lines.length - kept})`;
  }
  const room = CELL_CHARS - 20;
  return `${text.slice(0, room)}… (+${text.length - room})`;
}

/** Each text of a row as a cell can hold it. */
export function fitRow<T extends string | number | null>(row: readonly T[]): T[] {
  return row.map((v) => (typeof v === "string" ? (fitCell(v) as T) : v));
}
