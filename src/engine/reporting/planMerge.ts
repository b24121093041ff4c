import type { CriteriaBook, Criterion, Nominee } from "../model";
import { type Message, address, message } from "../messages/message";
import type { MessageKey } from "../messages/codes";
import type { Params } from "../messages/message";
import { dateText, deadline } from "../read/quarters";
import { readValueCell, shownValue } from "../cell/readValue";
import type { Cell, WorkbookSnapshot } from "../snapshot";
import { textKey } from "../text/normalize";
import type { Report, ReportRow } from "./readReport";
import { judgedCodes, reportedCriteria } from "./reportForm";
import { type ReportingUnit, reportingUnits } from "./reportingUnits";
import { type ResultCell, type RowToAdd, resultCells } from "./resultCells";

/** One value the merge writes into the council's results, and where it came from. */
export interface MergeWrite {
  readonly cell: ResultCell;
  /** A number, or a text (`KAD`, a date) written as text. */
  readonly value: number | string;
  /** The row it starts, when the nominee (or pair) had none: its identifying cells. */
  readonly row: RowToAdd | null;
  readonly nomineeId: string;
  readonly code: string;
  readonly file: string;
  /** `Báo cáo!G7` in the report; `Thông tin` for the on-time criterion, filled from the report's date. */
  readonly source: string;
  /** What the cell held, when the secretary confirmed overwriting it. */
  readonly replaced: string | null;
  readonly report: Report;
}

/** A value that differs from what the council's cell holds: written only when confirmed. */
export interface Conflict {
  readonly cell: ResultCell;
  readonly old: string;
  readonly value: string;
  readonly nomineeId: string;
  readonly code: string;
  readonly file: string;
  readonly source: string;
}

export interface MergeOptions {
  /** `--quy`: only reports of this quarter are merged. */
  readonly quarter: number | null;
  /** The council's review year: a report of another year is refused. */
  readonly year: number | null;
  /** The secretary confirmed overwriting the conflicts listed. */
  readonly overwrite: boolean;
  /** The secretary confirmed taking the later of two reports of one unit. */
  readonly takeLater: boolean;
}

export interface MergePlan {
  readonly writes: readonly MergeWrite[];
  /** Conflicts left unwritten (none when overwriting was confirmed: they are then writes). */
  readonly conflicts: readonly Conflict[];
  readonly merged: readonly Report[];
  /** Reports kept out, with the messages that say why. */
  readonly refused: readonly Report[];
  /** Units with no report merged, and the empty required values of the merged ones (issue 14 §3). */
  readonly missing: readonly ReportingUnit[];
  readonly emptyRequired: readonly {
    readonly unit: ReportingUnit;
    readonly nominee: Nominee;
    readonly criterion: Criterion;
    readonly report: Report;
    readonly cell: string;
  }[];
  readonly messages: readonly Message[];
  /** Values already in the results as the report gives them. */
  readonly unchanged: number;
}

const periodOf = (r: { year: number | null; quarter: number | null }) =>
  r.quarter ? `Quý ${r.quarter}/${r.year ?? "?"}` : `Năm ${r.year ?? "?"}`;

/** A value as it is compared and written: the number, `KAD`, or null for an empty or bad cell. */
function valueOf(cell: Cell): number | "KAD" | null {
  const v = readValueCell(cell);
  return v.kind === "number" ? v.value : v.kind === "na" ? "KAD" : null;
}

/**
 * The merge of returned reports into the council's results (issue 14 §2-4), as a plan the adapters
 * apply: every report read with the results' value rules and checked against its unit's form; the
 * values of the sound ones placed into empty cells only; a different value already there is a conflict;
 * the on-time criterion filled from the report's date. Pure: the council workbook is not changed.
 */
export function planMerge(
  book: WorkbookSnapshot,
  nominees: readonly Nominee[],
  criteria: CriteriaBook,
  reports: readonly Report[],
  options: MergeOptions
): MergePlan {
  const p = planning();
  const units = reportingUnits(nominees.filter((n) => !n.invalid));
  const reportUnit = unitsOfReports(reports, units, options, p);
  refuseDoubles(reportUnit, options, p);
  const judged = judgedCodes(book);
  for (const [r, unit] of reportUnit)
    if (!p.refused.has(r))
      checkRows(r, unit, (n) => reportedCriteria(n, criteria, judged), p.refuse);
  const merged = reports.filter((r) => reportUnit.has(r) && !p.refused.has(r));
  const placed = placeValues(book, criteria, merged, reportUnit, options, p);
  const reported = new Set(merged.map((r) => reportUnit.get(r)));
  const missing = units.filter((u) => !reported.has(u));
  for (const u of missing)
    if (![...reportUnit].some(([r, x]) => x === u && p.refused.has(r)))
      p.say(null, "reportNoReport", "", { unit: u.id === u.name ? u.name : `${u.name} (${u.id})` });
  return {
    ...placed,
    merged,
    refused: reports.filter((r) => p.refused.has(r)),
    missing,
    messages: p.messages,
  };
}

/** What planning says, in order, and the reports it keeps out. */
interface Planning {
  readonly messages: Message[];
  readonly refused: Set<Report>;
  say(r: Report | null, key: MessageKey, cell: string, params?: Params): Message;
  refuse(r: Report, key: MessageKey, cell: string, params?: Params): void;
}

function planning(): Planning {
  const messages: Message[] = [];
  const refused = new Set<Report>();
  const say = (r: Report | null, key: MessageKey, cell: string, params: Params = {}) => {
    const m = message(key, r ? r.sheet : "", cell, params, r?.file);
    messages.push(m);
    return m;
  };
  return {
    messages,
    refused,
    say,
    refuse: (r, key, cell, params = {}) => {
      refused.add(r);
      say(r, key, cell, params);
    },
  };
}

/**
 * Which unit each report is for: its `Mã đơn vị`, else the unit of its first nominee. A report that
 * cannot be read, names no known unit or is for another period is refused.
 */
function unitsOfReports(
  reports: readonly Report[],
  units: readonly ReportingUnit[],
  options: MergeOptions,
  p: Planning
): Map<Report, ReportingUnit> {
  const unitOf = new Map<string, ReportingUnit>();
  for (const u of units) {
    unitOf.set(u.key, u);
    for (const n of u.members) if (!unitOf.has(`#${n.idKey}`)) unitOf.set(`#${n.idKey}`, u);
  }
  const reportUnit = new Map<Report, ReportingUnit>();
  for (const r of reports) {
    for (const m of r.problems) p.messages.push(m);
    if (r.problems.length > 0) {
      p.refused.add(r);
      continue;
    }
    const unit = r.unitId
      ? unitOf.get(textKey(r.unitId))
      : unitOf.get(`#${r.rows[0]?.nomineeKey ?? ""}`);
    if (!unit) {
      p.refuse(r, "reportUnknownUnit", "", { id: r.unitId || (r.rows[0]?.nomineeId ?? "") });
      continue;
    }
    reportUnit.set(r, unit);
    const expected = { year: options.year ?? r.year, quarter: options.quarter ?? r.quarter };
    if (
      (options.year !== null && r.year !== null && r.year !== options.year) ||
      r.quarter !== expected.quarter
    )
      p.refuse(r, "reportWrongPeriod", "", { found: periodOf(r), expected: periodOf(expected) });
  }
  return reportUnit;
}

/** Two reports of one unit for one period: both named; the later taken only when confirmed. */
function refuseDoubles(
  reportUnit: ReadonlyMap<Report, ReportingUnit>,
  options: MergeOptions,
  p: Planning
): void {
  const byUnit = new Map<string, Report[]>();
  for (const [r, u] of reportUnit)
    if (!p.refused.has(r)) {
      const key = `${u.key}\u0000${r.quarter ?? 0}`;
      byUnit.set(key, [...(byUnit.get(key) ?? []), r]);
    }
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    const later = [...list].sort((a, b) => (a.date ?? -1) - (b.date ?? -1)).at(-1) as Report;
    const unit = reportUnit.get(later) as ReportingUnit;
    for (const r of list)
      if (!options.takeLater || r !== later)
        p.refuse(r, "reportSameUnit", "", {
          unit: unit.name,
          files: list.map((x) => x.file).join(", "),
          later: later.file,
        });
  }
}

/**
 * The sound reports' values placed into empty cells; a different value already there is a conflict
 * (written only with `overwrite`); the on-time criterion filled from the report's date (§4).
 */
function placeValues(
  book: WorkbookSnapshot,
  criteria: CriteriaBook,
  merged: readonly Report[],
  reportUnit: ReadonlyMap<Report, ReportingUnit>,
  options: MergeOptions,
  p: Planning
): Pick<MergePlan, "writes" | "conflicts" | "emptyRequired" | "unchanged"> {
  const cells = resultCells(book, new Set(criteria.all.map((c) => c.codeKey)));
  const writes: MergeWrite[] = [];
  const conflicts: Conflict[] = [];
  const emptyRequired: MergePlan["emptyRequired"][number][] = [];
  const noPlace = new Set<string>();
  let unchanged = 0;
  for (const r of merged) {
    const unit = reportUnit.get(r) as ReportingUnit;
    const members = new Map(unit.members.map((n) => [n.idKey, n]));
    const put = (n: Nominee, c: Criterion, value: number | string, source: string) => {
      const slot = cells.slot(n.id, n.name, c.code, r.quarter);
      if ("none" in slot) {
        const key = `${slot.none}\u0000${slot.sheet}\u0000${c.codeKey}`;
        if (!noPlace.has(key)) {
          noPlace.add(key);
          p.say(null, slot.none === "noColumn" ? "reportNoColumn" : "reportNoQuarter", "", {
            sheet: slot.sheet,
            code: c.code,
            quarter: r.quarter ?? "",
          });
        }
        return;
      }
      const old = valueOf(slot.current);
      const shown = shownValue(slot.current).trim();
      const base = { nomineeId: n.id, code: c.code, file: r.file, source };
      if (shown === "")
        writes.push({ ...base, cell: slot.cell, value, row: slot.row, replaced: null, report: r });
      else if (old === value || (typeof value === "string" && shown === value)) unchanged++;
      else if (options.overwrite)
        writes.push({ ...base, cell: slot.cell, value, row: slot.row, replaced: shown, report: r });
      else {
        conflicts.push({ ...base, cell: slot.cell, old: shown, value: String(value) });
        p.messages.push(
          message("reportConflict", slot.cell.sheet, address(slot.cell.row, slot.cell.col), {
            old: shown,
            value: String(value),
            source: `${r.file}: ${source}`,
          })
        );
      }
    };
    for (const row of r.rows) {
      const n = members.get(row.nomineeKey) as Nominee;
      const c = criteria.find(n.fieldKey, row.codeKey) as Criterion;
      const v = valueOf(row.value);
      if (v === null) {
        if (c.required) {
          emptyRequired.push({ unit, nominee: n, criterion: c, report: r, cell: row.valueCell });
          p.say(r, "reportRequiredEmpty", row.valueCell, {
            unit: unit.name,
            id: n.id,
            code: c.code,
          });
        }
        continue;
      }
      put(n, c, v, `${r.sheet}!${row.valueCell}`);
    }
    if (r.quarter !== null && r.date !== null && r.year !== null) {
      const due = deadline(r.quarter, r.year);
      if (r.dateFrom === "file") p.say(r, "reportDateFromFile", "", { date: dateText(r.date) });
      if (r.date > due)
        p.say(r, "reportLate", "", { date: dateText(r.date), deadline: dateText(due) });
      for (const n of unit.members)
        for (const c of criteria.forField(n.fieldKey))
          if (c.rollup === "onTime") put(n, c, dateText(r.date), "Thông tin");
    }
  }
  return { writes, conflicts, emptyRequired, unchanged };
}

/**
 * The form as the council made it: every row a member nominee and one of its reported criteria, once,
 * none missing, each value readable. Anything else keeps the report out, said at its cell.
 */
function checkRows(
  r: Report,
  unit: ReportingUnit,
  reported: (n: Nominee) => readonly Criterion[],
  refuse: (r: Report, key: MessageKey, cell: string, params?: Params) => void
): void {
  const members = new Map(unit.members.map((n) => [n.idKey, n]));
  const seen = new Map<string, ReportRow>();
  for (const row of r.rows) {
    const n = members.get(row.nomineeKey);
    if (!n) {
      refuse(r, "reportUnknownNominee", row.idCell, { id: row.nomineeId, unit: unit.name });
      continue;
    }
    const c = reported(n).find((x) => x.codeKey === row.codeKey);
    if (!c) {
      refuse(r, "reportUnknownCriterion", row.codeCell, { code: row.code, id: n.id });
      continue;
    }
    const key = `${n.idKey}\u0000${c.codeKey}`;
    const first = seen.get(key);
    if (first) {
      refuse(r, "reportRowRepeated", row.idCell, {
        id: n.id,
        code: c.code,
        row: first.idCell.replace(/^[A-Z]+/, ""),
      });
      continue;
    }
    seen.set(key, row);
    const v = readValueCell(row.value);
    if (v.kind === "bad") refuse(r, v.key, row.valueCell, { value: v.shown, code: c.code });
  }
  for (const n of unit.members)
    for (const c of reported(n))
      if (!seen.has(`${n.idKey}\u0000${c.codeKey}`))
        refuse(r, "reportRowMissing", "", { id: n.id, code: c.code });
}
