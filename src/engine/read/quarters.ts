import { Exact } from "../expression/values";
import type { Criterion } from "../model";
import type { Cell } from "../snapshot";
import { matchKey } from "../text/normalize";
import { cellText, readValueCell } from "../cell/readValue";

/** Quarters of issue 7 §3: `1`, `Q1`, `Quý 1`, `I`... → 1..4; null when the cell names none. */
export function parseQuarter(cell: Cell): number | null {
  const key = matchKey(cellText(cell)).replace(/^(quy|q|quarter)/, "");
  const n = ["1", "2", "3", "4"].indexOf(key) + 1 || ["i", "ii", "iii", "iv"].indexOf(key) + 1;
  return n >= 1 ? n : null;
}

/** A day as Excel counts them (days since 1899-12-30), so that serials, ISO text and dd/mm/yyyy compare. */
const day = (utcMs: number) => Math.floor(utcMs / 86_400_000) + 25_569;

/** Days from 1899-12-30 to 1904-01-01: what a 1904-system serial lacks. */
const EPOCH_1904 = 1462;

/** The day a cell holds: a date cell, `2025-03-14` or `14/03/2025`; null when it holds no date. */
export function dayOf(cell: Cell, date1904 = false): number | null {
  if (cell === null) return null;
  if (cell.t === "n" && cell.date)
    return cell.v > 10_000_000 ? day(cell.v) : Math.floor(cell.v) + (date1904 ? EPOCH_1904 : 0);
  if (cell.t !== "s") return null;
  const t = cell.v.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : vn
      ? [vn[3], vn[2], vn[1]]
      : [undefined, undefined, undefined];
  if (y === undefined) return null;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  // 31/02 is no day: refuse it rather than roll it into March.
  if (back.getUTCMonth() !== Number(m) - 1 || back.getUTCDate() !== Number(d)) return null;
  return day(ms);
}

/** A day serial as `dd/mm/yyyy`, the way a Vietnamese document writes a date. */
export const dateText = (d: number) => {
  const date = new Date((d - 25_569) * 86_400_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
};

const yearOfDay = (d: number) => new Date((d - 25_569) * 86_400_000).getUTCFullYear();

/** The quarterly report's deadline: the 15th of the quarter's last month (the seeds' rule). */
export function deadline(quarter: number, year: number): number {
  return day(Date.UTC(year, quarter * 3 - 1, 15));
}

export interface QuarterValue {
  readonly quarter: number;
  readonly cell: Cell;
}

/**
 * The year's value of a criterion from its quarters, as one cell the scoring reads like any results cell;
 * `at` is the quarter whose cell explains it. A quarter that is empty, not applicable or bad is returned
 * as it is, so that its message points at its own cell. `onTime` counts the quarters whose report date
 * is on or before the deadline, in the review year (or the date's own year when none is set).
 */
export function rollUp(
  values: readonly QuarterValue[],
  c: Criterion,
  year: number | null,
  date1904 = false
): { cell: Cell; at: number } {
  const sorted = [...values].sort((a, b) => a.quarter - b.quarter);
  if (c.rollup === "onTime") {
    let onTime = 0;
    for (const [i, v] of sorted.entries()) {
      const d = dayOf(v.cell, date1904);
      if (d === null) return { cell: v.cell, at: i };
      // A report dated before the review year began is no report of that year: shown, never counted.
      if (year !== null && d < day(Date.UTC(year, 0, 1)))
        return { cell: { t: "s", v: `${dateText(d)} (< ${year})` }, at: i };
      if (d <= deadline(v.quarter, year ?? yearOfDay(d))) onTime++;
    }
    return { cell: { t: "n", v: onTime }, at: 0 };
  }
  const numbers: Exact[] = [];
  for (const [i, v] of sorted.entries()) {
    const r = readValueCell(v.cell);
    if (r.kind !== "number") return { cell: v.cell, at: i };
    numbers.push(new Exact(String(r.value)));
  }
  const last = sorted.length - 1;
  switch (c.rollup) {
    case "sum":
      return { cell: { t: "n", v: Exact.sum(...numbers).toNumber() }, at: 0 };
    case "last":
      return { cell: sorted[last]?.cell ?? null, at: last };
    case "min":
      return { cell: { t: "n", v: Exact.min(...numbers).toNumber() }, at: 0 };
    default:
      return {
        cell: {
          t: "n",
          v: Exact.sum(...numbers)
            .div(numbers.length)
            .toNumber(),
        },
        at: 0,
      };
  }
}
