/**
 * What a file that is not an .xlsx package is, from its first bytes, so that the message can say what
 * to do with it: a password-protected workbook, an .xls, an .ods, an .xlsb, a CSV or another file.
 */
import type { ForeignFile } from "../../engine";

/** A foreign file, or an .xlsx package wrapped in Office's encryption. */
export type Sniffed = ForeignFile | "encrypted";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE text occurs in the bytes (the stream names of an OLE compound file). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A file that is not a zip archive: what it is. */
export function sniffNonZip(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE))
    // Office's encryption wraps the .xlsx package in an OLE compound file holding these streams.
    return hasUtf16(bytes, "EncryptedPackage") || hasUtf16(bytes, "EncryptionInfo")
      ? "encrypted"
      : "xls";
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "");
  if (
    /^\s*<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<\?mso-application progid="Excel\.Sheet"/i.test(
      head
    ) ||
    /urn:schemas-microsoft-com:office:spreadsheet/.test(head)
  )
    return "spreadsheetXml";
  if (/^\s*(<!doctype html|<html)/i.test(head)) return "html";
  // Text with no control characters but tab and line breaks reads as CSV or another text export.
  // eslint-disable-next-line no-control-regex -- the control characters are what tells text from binary
  if (!/[\u0000-\u0008\u000E-\u001F]/.test(head)) return "csv";
  return "unknown";
}

/** A zip archive that is not a SpreadsheetML package: an .ods or an .xlsb, by its parts. */
export function sniffZip(paths: readonly string[], mimetype: string | null): ForeignFile | null {
  if (mimetype?.startsWith("application/vnd.oasis.opendocument")) return "ods";
  if (paths.some((p) => /^xl\/workbook\.bin$/i.test(p))) return "xlsb";
  return null;
}
