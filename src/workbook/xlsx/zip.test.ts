import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { zlibSync } from "fflate";
import { NODE_ZIP } from "../../cli/nodeZip";
import {
  PORTABLE_CODEC,
  PackageError,
  crc32,
  entryData,
  newEntry,
  openZip,
  useZipCodec,
} from "./zip";

/** The plain byte-at-a-time CRC-32 the zip format defines, to check the fast one against. */
function slowCrc(data: Uint8Array): number {
  let c = -1;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}

describe("crc32", () => {
  it("gives the known values", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("agrees with the byte-at-a-time definition at every length and alignment", () => {
    const data = zlibSync(new TextEncoder().encode("Bình Xét ".repeat(500)), { level: 1 });
    for (let start = 0; start < 9; start++)
      for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 100, data.length - start])
        expect(crc32(data.subarray(start, start + length))).toBe(
          slowCrc(data.subarray(start, start + length))
        );
  });
});

describe("the CLI's zlib codec and the portable one (issue 15)", () => {
  const codecs = { portable: PORTABLE_CODEC, node: NODE_ZIP };
  // Real producers' files, the project's own copies: Excel, LibreOffice, Google Sheets, Strict, odd part names.
  const fixtures = join(__dirname, "../../../test/fixtures");
  const files = [
    ...readdirSync(join(fixtures, "real-workbooks")).map((f) =>
      join(fixtures, "real-workbooks", f)
    ),
    ...["strict.xlsx", "part-case.xlsx", "prefixed.xlsx", "utf16.xlsx", "macro.xlsm"].map((f) =>
      join(fixtures, "producers", f)
    ),
  ].filter((f) => /\.xls[xm]$/.test(f));
  const parts = files.flatMap((f) =>
    [...openZip(readFileSync(f))].map(([name, e]) => [f, name, e] as const)
  );

  it("read every part of the real workbooks alike", () => {
    expect(parts.length).toBeGreaterThan(50);
    for (const [, name, e] of parts) {
      useZipCodec(NODE_ZIP);
      const native = entryData(e, name);
      useZipCodec(PORTABLE_CODEC);
      expect(entryData(e, name)).toEqual(native);
    }
  });

  it("each inflates what the other deflates, at both levels, and their CRCs agree", () => {
    const data = new TextEncoder().encode(
      '<row r="1"><c r="A1"><v>96.5</v></c></row>Bình Xét '.repeat(4000)
    );
    for (const [a, from] of Object.entries(codecs))
      for (const [b, to] of Object.entries(codecs))
        for (const level of [1, 6]) {
          const packed = from.deflate(data, level);
          expect({
            a,
            b,
            level,
            same: Buffer.from(to.inflate(packed, data.length)).equals(data),
          }).toEqual({ a, b, level, same: true });
        }
    expect(NODE_ZIP.crc32(data)).toBe(PORTABLE_CODEC.crc32(data));
  });

  it.each(["portable", "node"] as const)(
    "with the %s codec, a part that inflates past its declared size is damaged",
    (which) => {
      const data = new Uint8Array(1000);
      const compressed = NODE_ZIP.deflate(data, 6);
      const raw = { method: 8, crc: crc32(data), compressed, time: 0, date: 0x21 };
      useZipCodec(codecs[which]);
      expect(entryData({ raw: { ...raw, size: 1000 } }, "a.xml")).toEqual(data);
      expect(() => entryData({ raw: { ...raw, size: 999 } }, "a.xml")).toThrow(PackageError);
    }
  );

  afterAll(() => useZipCodec(PORTABLE_CODEC));
});

describe("a new entry (issue 15: the peak memory of a large council)", () => {
  it("is deflated at once past 4 MB, kept as bytes below, and reads back the same either way", () => {
    const row = new TextEncoder().encode(
      '<row r="1"><c r="A1" s="2" t="inlineStr"><is><t>Tập thể</t></is></c></row>'
    );
    const big = new Uint8Array(5 << 20).map((_, i) => row[i % row.length] as number);
    const small = big.subarray(0, 1000);
    const stored = newEntry(big);
    expect(stored.data).toBeUndefined();
    expect(stored.raw?.compressed.length).toBeLessThan(big.length / 10);
    expect(entryData(stored, "xl/worksheets/sheet9.xml")).toEqual(big);
    expect(newEntry(small)).toEqual({ data: small });
  });
});
