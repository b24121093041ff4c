import * as zlib from "node:zlib";
import { PORTABLE_CODEC, type ZipCodec } from "../workbook/xlsx/zip";

/**
 * Node's zlib for the archives the CLI reads and writes: native deflate, inflate and CRC-32, several
 * times faster than the portable ones on a large council (issue 15, `npm run bench`). `zlib.crc32`
 * came in Node 20.15; before it, the portable CRC.
 */
export const NODE_ZIP: ZipCodec = {
  deflate: (data, level) => zlib.deflateRawSync(data, { level }),
  // Past the declared size zlib stops and throws: a part cannot take more memory than it says.
  inflate: (compressed, size) =>
    zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(size, 1) }),
  crc32: typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) : PORTABLE_CODEC.crc32,
};
