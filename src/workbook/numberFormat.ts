/** What the engine needs of a number format: does it show a percentage, or a date? Shared by both adapters. */

/** A number format code shows a percentage: `%` outside quotes, brackets and escapes. */
export function isPercentCode(code: string): boolean {
  return /%/.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/** A number format code shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"|\\.|_.|\*./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.split(";")[0] ?? "") && !/^general$/i.test(bare);
}
