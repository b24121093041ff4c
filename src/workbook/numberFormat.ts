/** What the engine needs of a number format: does it show a percentage, or a date? Shared by both adapters. */

/** Excel's error values, as a cell shows them: read as errors (`t: "e"`) by both adapters. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
  "#PYTHON!",
]);

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
