import type { RankResult } from "../result";
import type { WorkbookSnapshot } from "../snapshot";
import type { OutputColumn, OutputValue } from "./buildOutputTable";
import { fitRow } from "./fitCell";
import { summarize } from "./summarize";

/** One row of the run log `Nhật ký` per run (contract §9); the only figures that change from run to run. */
export const LOG_COLUMNS: readonly OutputColumn[] = [
  { header: "Thời điểm", format: "text", width: 17 },
  { header: "Người dùng", format: "text", width: 20 },
  { header: "Nguồn", format: "text", width: 24 },
  { header: "Mã băm đầu vào", format: "text", width: 18 },
  { header: "Số đối tượng", format: "integer", width: 12 },
  { header: "Đã xếp hạng", format: "integer", width: 12 },
  { header: "Có lỗi", format: "integer", width: 10 },
  { header: "Cảnh báo", format: "integer", width: 10 },
  { header: "Số đề xuất", format: "integer", width: 11 },
  { header: "Thay đổi", format: "longText", width: 70 },
];

export interface RunInfo {
  /** ISO time of the run. */
  readonly time: string;
  /** The machine's offset from UTC then, in minutes (+420 in Hà Nội): the log shows local time. */
  readonly offsetMinutes?: number;
  readonly user: string;
  readonly source: string;
}

/** A run now, on this machine: the front doors' one way to make a `RunInfo`. */
export function runAt(date: Date, user: string, source: string): RunInfo {
  return { time: date.toISOString(), offsetMinutes: -date.getTimezoneOffset(), user, source };
}

/** Changes listed in the log's one line; the rest counted (the pane and the CLI list them all). */
const LOGGED_CHANGES = 3;

/** `01/12/2026 19:00`: the run's time as the machine showed it (issue 18). */
export function localTime(run: RunInfo): string {
  const d = new Date(Date.parse(run.time) + (run.offsetMinutes ?? 0) * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The log row of a run. */
export function buildLogRow(
  result: RankResult,
  snapshot: WorkbookSnapshot,
  run: RunInfo,
  changes: readonly string[] = []
): OutputValue[] {
  const s = summarize(result);
  const proposals = s.awards.reduce((n, a) => n + a.count, 0);
  return fitRow([
    localTime(run),
    run.user,
    run.source,
    hashInputs(snapshot, result.inputSheets),
    s.nominees,
    s.ranked,
    s.withErrors,
    s.warnings,
    proposals,
    // What moved since the last run, on one line so that a run is one printed row: the first few, counted.
    changes.length > LOGGED_CHANGES
      ? `${changes.slice(0, LOGGED_CHANGES).join("; ")}; … (+${changes.length - LOGGED_CHANGES})`
      : changes.join("; "),
  ]);
}

/**
 * A fingerprint of the input cells the run read (the sheets of its inputs), so that the log shows
 * whether two runs saw the same data: two FNV-1a hashes, 64 bits in hex. A sheet the run does not
 * use costs nothing, whatever its size.
 */
export function hashInputs(snapshot: WorkbookSnapshot, sheets: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x0100019d);
    }
  };
  for (const sheet of snapshot.sheets) {
    if (!sheets.includes(sheet.name)) continue;
    feed(`\u0001${sheet.name}`);
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell !== null)
          feed(
            `\u0002${r},${c},${cell.t},${String(cell.v)}${"pct" in cell && cell.pct ? "%" : ""}`
          );
      })
    );
  }
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}
