import { zlibSync } from "fflate";
import { crc32 } from "./zip";

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
