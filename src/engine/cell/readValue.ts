import Decimal from "decimal.js";
import type { Cell } from "../snapshot";
import { clean, matchKey } from "../text/normalize";

/** A number read from a cell or text; `share` when it was written with `%` or in a percent-formatted cell. */
export interface NumberValue {
  readonly kind: "number";
  readonly value: number;
  readonly share: boolean;
}

export type ValueRead =
  | { readonly kind: "empty" }
  | { readonly kind: "na" }
  | NumberValue
  | {
      readonly kind: "bad";
      readonly key: "unreadable" | "ambiguous" | "notAValue" | "tooBig";
      readonly shown: string;
    };

const NOT_APPLICABLE = new Set(["kad", "n/a", "-"]);
const NOT_APPLICABLE_PHRASES = new Set([matchKey("Không áp dụng"), matchKey("Not applicable")]);

/** `KAD`, `N/A`, `-`, `Không áp dụng` (contract §4, §13.4). */
export function isNotApplicable(text: string): boolean {
  const t = clean(text).toLowerCase();
  return NOT_APPLICABLE.has(t) || (t.length > 3 && NOT_APPLICABLE_PHRASES.has(matchKey(t)));
}

const GROUP_SPACES = "[ \\u00A0\\u202F]";
const SPACE_GROUPED = new RegExp(`^[1-9]\\d{0,2}(?:${GROUP_SPACES}\\d{3})+(?:[.,](\\d+))?$`);
const SPACE = new RegExp(GROUP_SPACES, "g");

/**
 * Number text of contract §13.4: `85,5` → 85.5, `1.234,5` → 1234.5, `1 150` → 1150,
 * `30%` → 30 (a share); `1.234` is ambiguous; `1e3`, `1.`, `12 34` are unreadable.
 *
 * @example parseNumberText('1.234.567,5') // { kind: 'number', value: 1234567.5, share: false }
 */
export function parseNumberText(
  raw: string
): NumberValue | { kind: "bad"; key: "unreadable" | "ambiguous" | "tooBig" } {
  // Most texts a condition compares with a number are words ("HTXS", "Có"): no digit, no number. NFC
  // makes no ASCII digit of other characters, so the text as typed is asked.
  if (!HAS_DIGIT.test(raw)) return { kind: "bad", key: "unreadable" };
  let s = raw.normalize("NFC").trim();
  let share = false;
  if (s.endsWith("%")) {
    share = true;
    s = s.slice(0, -1).replace(/[ \u00A0\u202F]+$/, "");
  }
  let sign = "";
  if (s.startsWith("+") || s.startsWith("-")) {
    sign = s[0] === "-" ? "-" : "";
    s = s.slice(1);
  }
  const canonical = canonicalDigits(s);
  if (canonical === "ambiguous") return { kind: "bad", key: "ambiguous" };
  if (canonical === null) return { kind: "bad", key: "unreadable" };
  const value = Number(sign + canonical);
  return tooBig(value) ? { kind: "bad", key: "tooBig" } : { kind: "number", value, share };
}

/**
 * Past a thousand billion a figure is no council's, and in cents it leaves the doubles that are exact:
 * a value, a target or a max beyond it (`1e306`, 400 digits) is refused at its cell, never `Infinity`.
 */
export const MAX_MAGNITUDE = 1e15;

export function tooBig(v: number): boolean {
  return !Number.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE;
}

/** Digits with separators → plain `1234.5`, or null when unreadable. */
function canonicalDigits(s: string): string | null | "ambiguous" {
  if (/^\d+$/.test(s)) return s;
  if (SPACE_GROUPED.test(s)) return s.replace(SPACE, "").replace(",", ".");
  const dots = count(s, ".");
  const commas = count(s, ",");
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if (count(s, decimal) !== 1) return null;
    const [whole = "", fraction = ""] = s.split(decimal);
    if (!/^\d+$/.test(fraction) || !isGrouped(whole, thousands)) return null;
    return whole.split(thousands).join("") + "." + fraction;
  }
  const mark = dots > 0 ? "." : commas > 0 ? "," : null;
  if (mark === null) return null;
  if (count(s, mark) > 1) return isGrouped(s, mark) ? s.split(mark).join("") : null;
  const [whole = "", fraction = ""] = s.split(mark);
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return null;
  if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) return "ambiguous";
  return whole + "." + fraction;
}

function isGrouped(s: string, mark: string): boolean {
  const parts = s.split(mark);
  return /^[1-9]\d{0,2}$/.test(parts[0] ?? "") && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

const HAS_DIGIT = /\d/;

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** A percent-formatted number in percent points, exactly (0.633 → 63.3). */
export function percentPoints(v: number): number {
  return new Decimal(String(v)).times(100).toNumber();
}

/** How a cell shows in a message. */
export function shownValue(cell: Cell): string {
  if (cell === null) return "";
  if (cell.t === "b") return cell.v ? "TRUE" : "FALSE";
  return String(cell.v);
}

/** A value cell of contract §4: a number, not applicable, empty, or a bad value. */
export function readValueCell(cell: Cell): ValueRead {
  if (cell === null) return { kind: "empty" };
  switch (cell.t) {
    case "n":
      if (cell.date) return { kind: "bad", key: "notAValue", shown: shownValue(cell) };
      if (tooBig(cell.v)) return { kind: "bad", key: "tooBig", shown: shownValue(cell) };
      return cell.pct
        ? { kind: "number", value: percentPoints(cell.v), share: true }
        : { kind: "number", value: cell.v, share: false };
    case "s": {
      if (cell.v.trim() === "") return { kind: "empty" };
      if (isNotApplicable(cell.v)) return { kind: "na" };
      const n = parseNumberText(cell.v);
      return n.kind === "number" ? n : { kind: "bad", key: n.key, shown: cell.v };
    }
    default:
      return { kind: "bad", key: "notAValue", shown: shownValue(cell) };
  }
}

/** Text of a cell as typed (numbers in their shortest form), '' when empty. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  return cell.t === "s" ? clean(cell.v) : shownValue(cell);
}
