/** Limits of Excel on the web, with room to spare: 5 MB per request and response, 5,000,000 cells per read. */
export const MAX_REQUEST_BYTES = 4_000_000;
export const MAX_READ_CELLS = 150_000;

/** Row blocks of at most `maxCells` cells each: [first row, row count]. */
export function rowBlocks(
  rowCount: number,
  columnCount: number,
  maxCells = MAX_READ_CELLS
): [number, number][] {
  const rows = Math.max(1, Math.floor(maxCells / Math.max(1, columnCount)));
  const blocks: [number, number][] = [];
  for (let r = 0; r < rowCount; r += rows) blocks.push([r, Math.min(rows, rowCount - r)]);
  return blocks;
}

/** The approximate size in a request of one row of values (JSON text plus the request's own overhead per cell). */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += (typeof v === "string" ? v.length * 2 + 2 : 12) + 8;
  return n;
}

/** Consecutive rows grouped so that each group's estimated request stays under `maxBytes`. */
export function byteChunks<T extends readonly unknown[]>(
  rows: readonly T[],
  maxBytes = MAX_REQUEST_BYTES
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const b = rowBytes(row);
    if (current.length > 0 && size + b > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Rejects with `message` when `work` takes longer than `ms` (context.sync can hang in Excel on the web). */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
