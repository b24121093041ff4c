import type { Reporter } from "../messages/Reporter";
import type { CriteriaBook, Criterion } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import { matchKey } from "../text/normalize";
import { type InputGrid, findInput } from "./findInput";
import { RESULTS } from "./inputs";
import { type QuarterValue, parseQuarter, rollUp } from "./quarters";
import type { NomineeBook } from "./readNominees";
import { type ResultBook, readResults } from "./readResults";

type Grid = InputGrid<keyof typeof RESULTS.columns>;

/** One results sheet per quarter (issue 7 §3): `Kết quả Q1`, `Kết quả Quý 2`, `Results Q3`... */
export function findQuarterResults(
  workbook: WorkbookSnapshot,
  codeHeaders: ReadonlySet<string>
): { quarter: number; grid: Grid }[] {
  const found: { quarter: number; grid: Grid }[] = [];
  for (const s of workbook.sheets) {
    const m = /^(?:ketqua|results)(.+)$/.exec(matchKey(s.name));
    const quarter = m ? parseQuarter({ t: "s", v: m[1] as string }) : null;
    if (quarter === null) continue;
    // A spec naming this sheet alone, and no table, so that the sheet is read as it stands.
    const grid = findInput(
      workbook,
      { ...RESULTS, table: "\u0000", sheets: [s.name] },
      codeHeaders
    );
    if (grid) found.push({ quarter, grid });
  }
  return found.sort((a, b) => a.quarter - b.quarter);
}

/**
 * The year's results from the quarter sheets: each read as a results sheet, then per nominee and
 * criterion rolled up by `Gộp quý` as the long form's quarters are.
 */
export function readQuarterResults(
  quarters: readonly { quarter: number; grid: Grid }[],
  criteria: CriteriaBook,
  nominees: NomineeBook,
  reporter: Reporter,
  dates: { readonly year: number | null; readonly date1904: boolean }
): ResultBook | null {
  const books: { quarter: number; book: ResultBook }[] = [];
  for (const q of quarters) {
    const book = readResults(q.grid, criteria, nominees, reporter, dates);
    if (!book) return null;
    books.push({ quarter: q.quarter, book });
  }
  const valuesOf = (n: number, c: Criterion) =>
    books.flatMap((b): (QuarterValue & { book: ResultBook })[] => {
      const cell = b.book.cell(n, c);
      return cell === undefined ? [] : [{ quarter: b.quarter, cell, book: b.book }];
    });
  const noRule = new Set<Criterion>();
  for (const n of nominees.nominees)
    for (const c of n.kind === null ? [] : criteria.forField(n.fieldKey))
      if (c.rollup === null && !noRule.has(c) && valuesOf(n.index, c).length > 1) {
        noRule.add(c);
        reporter.add("quarterNoRule", c.codePlace, { code: c.code });
      }
  const found = (n: number, c: Criterion) => {
    const values = valuesOf(n, c);
    const first = values[0];
    if (!first) return undefined;
    if (values.length === 1 && c.rollup !== "onTime") return { cell: first.cell, book: first.book };
    const { cell, at } = rollUp(values, c, dates.year, dates.date1904);
    return { cell, book: (values[at] ?? first).book };
  };
  return {
    cell: (n, c) => found(n, c)?.cell,
    place: (n, c) => (found(n, c)?.book ?? (books[0] as { book: ResultBook }).book).place(n, c),
  };
}
