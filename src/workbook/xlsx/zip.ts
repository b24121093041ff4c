import { deflateSync, inflateSync } from "fflate";
import type { PartReason } from "../../engine";

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

/**
 * How entries are compressed and checked. Anywhere: fflate and the CRC above. A host with a native
 * zlib (the CLI, on Node) gives its own, several times faster on the hundreds of megabytes of a
 * large council (issue 15); both write standard deflate, and each reads the other's.
 */
export interface ZipCodec {
  deflate(data: Uint8Array, level: number): Uint8Array;
  /** Throws when the data is no deflate stream or inflates past `size` bytes. */
  inflate(compressed: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const PORTABLE_CODEC: ZipCodec = {
  deflate: (data, level) => deflateSync(data, { level: level as 1 | 6 }),
  // The output buffer has the declared size, so a part that inflates past it cannot take more memory.
  inflate: (compressed, size) => inflateSync(compressed, { out: new Uint8Array(size) }),
  crc32,
};

let codec = PORTABLE_CODEC;

/** Sets the codec every archive is read and written with from now on (a host's start-up). */
export function useZipCodec(c: ZipCodec): void {
  codec = c;
}

/** Why a package cannot be opened: one reason a user can act on, with the part it is about. */
export class PackageError extends Error {
  constructor(
    readonly kind: "damaged" | "tooLarge" | "encrypted",
    readonly part: string,
    readonly reason: PartReason,
    /** What the XML reader met, for a part whose XML is broken. */
    readonly detail = ""
  ) {
    super(`${part}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

/**
 * Far above any real council workbook (a ranked 100,000-nominee book has parts of ~200 MB), far below
 * this machine's memory and V8's longest string (~512 MB): a zip bomb stops here, not in the heap.
 */
export const ZIP_LIMITS = { partBytes: 400 * 2 ** 20, totalBytes: 2 * 2 ** 30 } as const;

/** Reads the central directory: every entry's place, sizes and CRC; nothing is inflated yet. */
export function openZip(
  bytes: Uint8Array
): Map<string, ZipEntry & { name: string; stored: string }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (reason: PartReason) => new PackageError("damaged", "", reason);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw damaged("truncated");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry & { name: string; stored: string }>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw damaged("directory");
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
    if (p + 46 + nameLen > bytes.length) throw damaged("directory");
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (flags & 1) throw new PackageError("encrypted", name, "encryptedEntry");
    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new PackageError("tooLarge", name, "zip64");
    if (method !== 0 && method !== 8)
      throw new PackageError("damaged", name, "method", String(method));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw new PackageError("damaged", name, "missingData");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + csize > bytes.length) throw new PackageError("damaged", name, "missingData");
    // OPC part names are case-insensitive: two entries differing only in case are one part twice.
    // Some .NET writers store `xl\\workbook.xml`: the part is `xl/workbook.xml` (POI bug 49609).
    const key = name.replace(/\\/g, "/").toLowerCase();
    if (entries.has(key)) throw new PackageError("damaged", name, "duplicate");
    entries.set(key, {
      name: name.replace(/\\/g, "/"),
      stored: name,
      raw: { method, crc, size, compressed: bytes.subarray(start, start + csize), time, date },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * The uncompressed bytes, checked against the sizes and CRC the archive declares; not kept for an
 * unchanged entry, so that a large sheet read once can be freed.
 */
export function entryData(e: ZipEntry, name: string): Uint8Array {
  if (e.data) return e.data;
  const raw = e.raw as NonNullable<ZipEntry["raw"]>;
  if (raw.size > ZIP_LIMITS.partBytes) throw new PackageError("tooLarge", name, "partSize");
  let data: Uint8Array;
  if (raw.method === 0) data = raw.compressed;
  else
    try {
      data = codec.inflate(raw.compressed, raw.size);
    } catch {
      throw new PackageError("damaged", name, "inflate");
    }
  if (data.length !== raw.size || codec.crc32(data) !== raw.crc)
    throw new PackageError("damaged", name, "crc");
  return data;
}

/** Past this size an entry is deflated at level 1: a third faster, a third larger. */
const BIG = 4 << 20;

/** A new entry as the archive stores it: deflated, with its CRC and fixed dates (equal content, equal bytes). */
export function packed(data: Uint8Array): NonNullable<ZipEntry["raw"]> {
  return {
    method: 8,
    crc: codec.crc32(data),
    size: data.length,
    compressed: codec.deflate(data, data.length > BIG ? 1 : 6),
    time: 0,
    date: 0x21,
  };
}

/**
 * An entry of new bytes: a large one is deflated at once and kept only so, for the package holds every
 * part it writes until the archive is made (issue 15: a 100,000-row sheet is 250 MB of XML, 30 MB deflated).
 */
export function newEntry(data: Uint8Array): ZipEntry {
  return data.length > BIG ? { raw: packed(data) } : { data };
}

/** Writes the archive: raw entries copied, others deflated; fixed dates so that equal content gives equal bytes. */
export function writeZip(entries: Iterable<readonly [string, ZipEntry]>): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, e] of entries) {
    count++;
    const nameBytes = encoder.encode(name);
    const r = e.raw ?? packed(e.data ?? new Uint8Array(0));
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
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
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
