/**
 * Text keys of contract §1 and §13.1.
 *
 * @example matchKey('Tiêu chí') === matchKey('TIEU_CHI') // 'tieuchi'
 * @example identifier('Tỷ lệ phiếu đồng ý (%)') // 'ty_le_phieu_dong_y'
 * @example textKey(' Bưu chính ') === textKey('bưu chính')
 */

/** Lower case, Vietnamese diacritics removed (đ → d), NFD marks dropped. */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Key for names, headers, codes and enumerated words: case, diacritics, spaces and punctuation ignored. */
export function matchKey(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Attribute identifier of §3: runs of other characters become `_`, none at either end. */
export function identifier(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** NFC, trimmed, ignoring case, diacritics significant: ids, fields, clusters, units, condition text. */
export function textKey(s: string): string {
  let key = TEXT_KEYS.get(s);
  if (key === undefined) {
    // Conditions compare the same few texts ("HTXS", "Có") for every nominee: each is keyed once.
    if (TEXT_KEYS.size >= TEXT_KEYS_KEPT) TEXT_KEYS.clear();
    TEXT_KEYS.set(s, (key = s.normalize("NFC").trim().toLowerCase().normalize("NFC")));
  }
  return key;
}

const TEXT_KEYS = new Map<string, string>();
const TEXT_KEYS_KEPT = 4096;

/** NFC and trimmed: the spelling a user typed, made comparable. */
export function clean(s: string): string {
  return s.normalize("NFC").trim();
}
