import { deflateSync, inflateSync, unzipSync } from "fflate";

/**
 * A zip archive whose untouched entries are copied as they were, compressed
 * bytes and all: writing two sheets into a large workbook costs only those two.
 */
export interface ZipEntry {
  /** The entry as stored in the source archive, when unchanged. */
  raw?: {
    readonly method: number;
    readonly crc: number;
    readonly size: number;
    readonly compressed: Uint8Array;
    readonly time: number;
    readonly date: number;
  };
  /** The uncompressed bytes of a new or replaced entry (an unchanged one is inflated on each read, and not kept). */
  data?: Uint8Array;
}

/** CRC-32 tables for slicing by 8: table k is the CRC of a byte followed by k zero bytes. */
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n] as number;
      t[k * 256 + n] = (t[prev & 0xff] as number) ^ (prev >>> 8);
    }
  return t;
})();

/** CRC-32 of the zip format, eight bytes a step: the output's sheets run to hundreds of megabytes. */
export function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = -1;
  let i = 0;
  for (const end = data.length - 7; i < end; i += 8) {
    const lo =
      (c ^
        ((data[i] as number) |
          ((data[i + 1] as number) << 8) |
          ((data[i + 2] as number) << 16) |
          ((data[i + 3] as number) << 24))) |
      0;
    const hi =
      (data[i + 4] as number) |
      ((data[i + 5] as number) << 8) |
      ((data[i + 6] as number) << 16) |
      ((data[i + 7] as number) << 24);
    c =
      (t[1792 + (lo & 0xff)] as number) ^
      (t[1536 + ((lo >>> 8) & 0xff)] as number) ^
      (t[1280 + ((lo >>> 16) & 0xff)] as number) ^
      (t[1024 + (lo >>> 24)] as number) ^
      (t[768 + (hi & 0xff)] as number) ^
      (t[512 + ((hi >>> 8) & 0xff)] as number) ^
      (t[256 + ((hi >>> 16) & 0xff)] as number) ^
      (t[hi >>> 24] as number);
  }
  for (; i < data.length; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Reads the central directory; throws on anything that is not a plain zip (callers fall back to unzipSync). */
function readEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("bad central directory");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const csize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (
      csize === 0xffffffff ||
      size === 0xffffffff ||
      local === 0xffffffff ||
      flags & 1 ||
      (method !== 0 && method !== 8)
    )
      throw new Error("zip64, encrypted or unusual entry");
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.set(name, {
      raw: { method, crc, size, compressed: bytes.subarray(start, start + csize), time, date },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function openZip(bytes: Uint8Array): Map<string, ZipEntry> {
  try {
    return readEntries(bytes);
  } catch {
    return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, { data }]));
  }
}

/** The uncompressed bytes; not kept for an unchanged entry, so that a large sheet read once can be freed. */
export function entryData(e: ZipEntry): Uint8Array {
  if (e.data) return e.data;
  const raw = e.raw as NonNullable<ZipEntry["raw"]>;
  return raw.method === 0
    ? raw.compressed
    : inflateSync(raw.compressed, { out: new Uint8Array(raw.size) });
}

/** Past this size an entry is deflated at level 1: a third faster, a third larger. */
const BIG = 4 << 20;

/** Writes the archive: raw entries copied, others deflated; fixed dates so that equal content gives equal bytes. */
export function writeZip(entries: ReadonlyMap<string, ZipEntry>): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, e] of entries) {
    const nameBytes = encoder.encode(name);
    const r =
      e.raw ??
      (() => {
        const data = e.data ?? new Uint8Array(0);
        return {
          method: 8,
          crc: crc32(data),
          size: data.length,
          compressed: deflateSync(data, { level: data.length > BIG ? 1 : 6 }),
          time: 0,
          date: 0x21,
        };
      })();
    const utf8 = nameBytes.length !== name.length ? 0x800 : 0; // flag bit 11: the name is UTF-8
    const header = new Uint8Array(30 + nameBytes.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, utf8, true);
    h.setUint16(8, r.method, true);
    h.setUint16(10, r.time, true);
    h.setUint16(12, r.date, true);
    h.setUint32(14, r.crc, true);
    h.setUint32(18, r.compressed.length, true);
    h.setUint32(22, r.size, true);
    h.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    const dir = new Uint8Array(46 + nameBytes.length);
    const d = new DataView(dir.buffer);
    d.setUint32(0, 0x02014b50, true);
    d.setUint16(4, 20, true);
    d.setUint16(6, 20, true);
    d.setUint16(8, utf8, true);
    d.setUint16(10, r.method, true);
    d.setUint16(12, r.time, true);
    d.setUint16(14, r.date, true);
    d.setUint32(16, r.crc, true);
    d.setUint32(20, r.compressed.length, true);
    d.setUint32(24, r.size, true);
    d.setUint16(28, nameBytes.length, true);
    d.setUint32(42, offset, true);
    dir.set(nameBytes, 46);
    chunks.push(header, r.compressed);
    central.push(dir);
    offset += header.length + r.compressed.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.size, true);
  v.setUint16(10, entries.size, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
