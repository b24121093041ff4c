import { MEMORY_COLUMNS } from "./changes/memory";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { LOG_COLUMNS } from "./output/buildLog";
import { LIST_COLUMNS } from "./document/proposalList";
import { EXPLANATIONS_TITLE, RANKING_TITLE } from "./document/rankingPrint";
import { CHART_TITLE } from "./document/scoreChart";
import {
  BALLOT_PAPER_SHEET,
  CHART_SHEET,
  EXPLANATIONS_SHEET,
  LETTER_SHEET,
  LOG_SHEET,
  MINUTES_SHEET,
  MEMORY_SHEET,
  OUTPUT_SHEET,
  OUTPUT_TABLE,
  PROPOSAL_SHEET,
  RANKING_PRINT_SHEET,
  sameSheetName,
} from "./output/sheetNames";

export type OwnSheet =
  | "ranking"
  | "rankingPrint"
  | "explanations"
  | "proposals"
  | "letter"
  | "minutes"
  | "ballotPaper"
  | "chart"
  | "memory"
  | "log";

/** Our sheets that hold a printed document. */
export type DocumentSheet = Exclude<OwnSheet, "ranking" | "chart" | "memory" | "log">;

/** Where a run reads and writes each of its sheets, and the name of the ranking's table. */
export interface OwnSheets {
  readonly names: Readonly<Record<OwnSheet, string>>;
  readonly table: string;
  /** Sheets and tables that carry our names but are the council's: left alone, ours written beside them. */
  readonly taken: readonly { readonly name: string; readonly instead: string }[];
}

const NAMES: Readonly<Record<OwnSheet, string>> = {
  ranking: OUTPUT_SHEET,
  rankingPrint: RANKING_PRINT_SHEET,
  explanations: EXPLANATIONS_SHEET,
  proposals: PROPOSAL_SHEET,
  letter: LETTER_SHEET,
  minutes: MINUTES_SHEET,
  ballotPaper: BALLOT_PAPER_SHEET,
  chart: CHART_SHEET,
  memory: MEMORY_SHEET,
  log: LOG_SHEET,
};

/** How the title row of each document of ours begins, within its first rows. */
const DOCUMENT_TITLES = {
  letter: "TỜ TRÌNH",
  minutes: "BIÊN BẢN",
  ballotPaper: "PHIẾU BẦU",
  explanations: EXPLANATIONS_TITLE,
  rankingPrint: RANKING_TITLE,
  chart: CHART_TITLE,
} as const;

const startsWith = (row: SheetSnapshot["rows"][number], headers: readonly string[]) =>
  headers.every((h, i) => {
    const c = row?.[i];
    return c != null && c.t === "s" && c.v === h;
  });

const isEmpty = (s: SheetSnapshot) => s.rows.every((r) => !r || r.every((c) => c === null));

/**
 * Whether a sheet is one this product wrote, by what it holds: the table `XepHang`, the memory's or
 * the log's header, the proposal list's column header; or nothing at all. The memory may lack its
 * header: it is written last, so a write cut short leaves none.
 */
function isOurs(kind: OwnSheet, sheet: SheetSnapshot, workbook: WorkbookSnapshot): boolean {
  if (sheet.replaceable === false) return false;
  switch (kind) {
    case "ranking":
      return (
        workbook.tables.some((t) => sameSheetName(t.sheet, sheet.name) && isOurTableName(t.name)) ||
        isEmpty(sheet)
      );
    case "memory":
      return (
        !sheet.rows[0] ||
        startsWith(
          sheet.rows[0],
          MEMORY_COLUMNS.map((c) => c.header)
        ) ||
        isEmpty(sheet)
      );
    case "log":
      return (
        startsWith(
          sheet.rows[0],
          LOG_COLUMNS.slice(0, 3).map((c) => c.header)
        ) || isEmpty(sheet)
      );
    case "proposals":
      return (
        sheet.rows.slice(0, 20).some((r) =>
          startsWith(
            r,
            LIST_COLUMNS.slice(0, 2).map(([h]) => h)
          )
        ) || isEmpty(sheet)
      );
    case "letter":
    case "minutes":
    case "ballotPaper":
    case "rankingPrint":
    case "chart":
    case "explanations": {
      const title = DOCUMENT_TITLES[kind];
      return (
        sheet.rows.slice(0, 20).some((r) => {
          const c = r?.[0];
          return c != null && c.t === "s" && c.v.startsWith(title);
        }) || isEmpty(sheet)
      );
    }
  }
}

/** The name of our sheet when `n` council sheets hold the names before it: `Nhật ký`, `Nhật ký (Bình Xét)`, `… 2)`. */
const besideName = (base: string, n: number) =>
  n === 0 ? base : `${base} (Bình Xét${n > 1 ? ` ${n}` : ""})`;

/** Which of our sheets a sheet could be, by its name alone (the adapters read such a sheet to tell). */
export function ownKindOf(name: string): OwnSheet | null {
  for (const kind of Object.keys(NAMES) as OwnSheet[]) {
    const base = NAMES[kind];
    if (sameSheetName(name, base)) return kind;
    const m = /^(.*) \(Bình Xét(?: (\d+))?\)$/.exec(name);
    if (m && sameSheetName(m[1] as string, base)) return kind;
  }
  return null;
}

const isOurTableName = (name: string) => new RegExp(`^${OUTPUT_TABLE}(_\\d+)?$`, "i").test(name);

/**
 * Each of our sheets: the one of that name when it is ours, else `Name (Bình Xét)` (then `(Bình Xét
 * 2)`...), so that a council's own `Nhật ký` or a crafted `Xếp hạng` is never overwritten. The table
 * is `XepHang` unless a table or name of the council has it.
 */
export function ownSheets(
  workbook: WorkbookSnapshot,
  definedNames: readonly string[] = []
): OwnSheets {
  const taken: { name: string; instead: string }[] = [];
  const names = {} as Record<OwnSheet, string>;
  for (const kind of Object.keys(NAMES) as OwnSheet[]) {
    const base = NAMES[kind];
    for (let n = 0; ; n++) {
      const name = besideName(base, n);
      const sheet = workbook.sheets.find((s) => sameSheetName(s.name, name));
      if (!sheet || isOurs(kind, sheet, workbook)) {
        names[kind] = sheet?.name ?? name;
        if (n > 0) taken.push({ name: base, instead: names[kind] });
        break;
      }
    }
  }
  const used = new Set(
    [
      ...workbook.tables.filter((t) => !sameSheetName(t.sheet, names.ranking)).map((t) => t.name),
      ...definedNames,
    ].map((t) => t.toUpperCase())
  );
  let table: string = OUTPUT_TABLE;
  for (let n = 2; used.has(table.toUpperCase()); n++) table = `${OUTPUT_TABLE}_${n}`;
  if (table !== OUTPUT_TABLE) taken.push({ name: OUTPUT_TABLE, instead: table });
  return { names, table, taken };
}
