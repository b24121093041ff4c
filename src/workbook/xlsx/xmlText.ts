import { XmlError } from "./xmlReader";

/**
 * The text of an XML part in whichever encoding XML allows and Excel reads: UTF-8 (with or without
 * a byte order mark), UTF-16 in either byte order (with or without one), or the encoding its
 * declaration names. Invalid bytes are an error, never replaced silently.
 */
export function xmlText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding = "utf-8";
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) skip = 3;
  else if (b0 === 0xff && b1 === 0xfe) [encoding, skip] = ["utf-16le", 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, skip] = ["utf-16be", 2];
  else if (b0 === 0x3c && b1 === 0x00) encoding = "utf-16le";
  else if (b0 === 0x00 && b1 === 0x3c) encoding = "utf-16be";
  else {
    // An ASCII-compatible declaration may name another encoding (ISO-8859-1, windows-1258...).
    const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 200)));
    const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared && !/^utf-?8$/i.test(declared)) encoding = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new XmlError(`encoding=${encoding}`, 0);
  }
  try {
    return decoder.decode(bytes.subarray(skip));
  } catch {
    throw new XmlError(encoding.toUpperCase(), 0);
  }
}

/** A part's text for writing back as UTF-8: its declaration says so, whatever it said before. */
export function asUtf8Declared(xml: string): string {
  return xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, (decl) =>
    decl.replace(/\bencoding\s*=\s*["'][^"']*["']/, 'encoding="UTF-8"')
  );
}
