/** Limits of Excel on the web, with room to spare: 5 MB per request and response. */
export const MAX_REQUEST_BYTES = 4_000_000;

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

/**
 * Rejects when `work` takes longer than `ms` (context.sync can hang in Excel on the web); `expire` is
 * told first, so that the batch stops at its next sync instead of writing on behind the user's back.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, expire: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expire()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The bytes a read block may weigh: half of Excel on the web's 5 MB response, for the JSON's own overhead. */
export const READ_BLOCK_BYTES = 2_500_000;

/** Rows of the next read block, from what the last one weighed as JSON (values and number formats). */
export function readBlockRows(values: unknown[][], formats: unknown[][], rows: number): number {
  const bytes = JSON.stringify(values).length + JSON.stringify(formats).length;
  const perRow = Math.max(1, bytes / Math.max(1, rows));
  return Math.max(1, Math.floor(READ_BLOCK_BYTES / perRow));
}

/** Excel on the web refused a request or a response over 5 MB: the block is halved and read again. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? "";
  return (
    /PayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/.test(code) ||
    /payload/i.test(String(e))
  );
}

/** Writes rows from `first` in chunks under Excel on the web's request limit, one sync each. */
export async function writeRows(
  context: Excel.RequestContext,
  alive: () => void,
  sheet: Excel.Worksheet,
  first: number,
  width: number,
  rows: (string | number)[][]
): Promise<void> {
  let at = first;
  for (const chunk of byteChunks(rows)) {
    context.application.suspendApiCalculationUntilNextSync();
    sheet.getRangeByIndexes(at, 0, chunk.length, width).values = chunk;
    at += chunk.length;
    alive();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each request under 5 MB
    await context.sync();
  }
}
