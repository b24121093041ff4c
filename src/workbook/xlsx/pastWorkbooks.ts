import type { PastWorkbook } from "../../engine";
import { readXlsx } from "./readXlsx";
import { XlsxPackage } from "./XlsxPackage";

/** Last years' ranked workbooks, read with their `Xếp hạng` (the history of issue 7). Throws on a non-.xlsx file. */
export function pastWorkbooks(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[]
): PastWorkbook[] {
  return files.map((f) => ({
    source: f.name,
    workbook: readXlsx(XlsxPackage.open(f.bytes)),
  }));
}
