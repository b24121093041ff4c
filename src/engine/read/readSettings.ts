import type { Reporter } from "../messages/Reporter";
import type { Place, Settings } from "../model";
import type { Cell } from "../snapshot";
import { matchKey } from "../text/normalize";
import type { InputGrid } from "./findInput";
import { rowReader } from "./gridCells";
import type { SETTINGS } from "./inputs";
import { cellText, parseNumberText } from "../cell/readValue";
import { scope as scopeWord, yesNoCell } from "./words";

type Col = keyof typeof SETTINGS.columns;
type Key =
  | "scope"
  | "tieBreaks"
  | "dropExtremes"
  | "language"
  | "grades"
  | "council"
  | "year"
  | "normalizeJudges"
  | "minJudgeScores"
  | "governingBody"
  | "place"
  | "letterNumber"
  | "signer"
  | "signerTitle"
  | "members"
  | "present";

export const DEFAULT_SETTINGS: Settings = {
  scope: "field",
  tieBreaks: [],
  dropExtremes: false,
  language: "vi",
  grades: [],
  council: "",
  year: null,
  normalizeJudges: false,
  minJudgeScores: 5,
  governingBody: "",
  place: "",
  letterNumber: "",
  signer: "",
  signerTitle: "",
  members: null,
  present: null,
};

const KEYS = new Map<string, Key>(
  (
    [
      ["Phạm vi xếp hạng", "scope"],
      ["Ranking scope", "scope"],
      ["Tiêu chí phụ", "tieBreaks"],
      ["Tie-breaks", "tieBreaks"],
      ["Bỏ điểm cao nhất và thấp nhất", "dropExtremes"],
      ["Drop highest and lowest", "dropExtremes"],
      ["Ngôn ngữ", "language"],
      ["Language", "language"],
      ["Xếp loại", "grades"],
      ["Grades", "grades"],
      // Beyond contract v1 (docs/decisions.md): the proposal list's heading.
      ["Hội đồng", "council"],
      ["Council", "council"],
      ["Năm xét", "year"],
      ["Review year", "year"],
      // Beyond contract v1 (issue 7): fair judging.
      ["Chuẩn hóa điểm người chấm", "normalizeJudges"],
      ["Normalise judges", "normalizeJudges"],
      ["Số điểm tối thiểu để chuẩn hóa", "minJudgeScores"],
      ["Min scores to normalise", "minJudgeScores"],
      // Beyond contract v1 (issue 12): the signed documents and the ballot.
      ["Cơ quan chủ quản", "governingBody"],
      ["Governing body", "governingBody"],
      ["Địa danh", "place"],
      ["Place", "place"],
      ["Số tờ trình", "letterNumber"],
      ["Letter number", "letterNumber"],
      ["Người ký", "signer"],
      ["Signer", "signer"],
      ["Chức vụ người ký", "signerTitle"],
      ["Signer's title", "signerTitle"],
      ["Số thành viên Hội đồng", "members"],
      ["Council members", "members"],
      ["Số thành viên dự họp", "present"],
      ["Members present", "present"],
    ] as const
  ).map(([k, v]) => [matchKey(k), v])
);

const LANGUAGES = new Map([
  ["vi", "vi"],
  ["tiengviet", "vi"],
  ["en", "en"],
  ["english", "en"],
] as const);

/** Reads `CauHinh` (contract §11, §13.8): an invalid value keeps the default; the later of two rows counts. */
export function readSettings(grid: InputGrid<Col> | null, reporter: Reporter): Settings {
  if (!grid || grid.columns.key === undefined || grid.columns.value === undefined)
    return DEFAULT_SETTINGS;
  const s: Draft = { ...DEFAULT_SETTINGS };
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "key");
    const keyText = cellText(row.cell("key"));
    const valueCell = row.cell("value");
    const value = cellText(valueCell);
    if (keyText === "") continue;
    const key = KEYS.get(matchKey(keyText));
    if (key === undefined) {
      reporter.add("unknownSetting", row.place("key"), { key: keyText });
      continue;
    }
    if (value === "") continue;
    if (!applySetting(s, key, valueCell, row.place("value")))
      reporter.add("badSettingValue", row.place("value"), { key: keyText, value });
  }
  return s;
}

type Draft = { -readonly [K in keyof Settings]: Settings[K] };

/** A whole number from `min` to `max`, or undefined. */
function wholeIn(value: string, min: number, max: number): number | undefined {
  const n = parseNumberText(value);
  return n.kind === "number" && Number.isInteger(n.value) && n.value >= min && n.value <= max
    ? n.value
    : undefined;
}

/** Sets one key's value; false, leaving the default, when the value is not one the key takes. */
function applySetting(s: Draft, key: Key, valueCell: Cell, place: Place): boolean {
  const value = cellText(valueCell);
  const set = <K extends keyof Settings>(k: K, v: Settings[K] | undefined) => {
    if (v !== undefined) s[k] = v;
    return v !== undefined;
  };
  switch (key) {
    case "scope":
      return set("scope", scopeWord(value));
    case "tieBreaks":
      return set("tieBreaks", splitEntries(value, place));
    case "dropExtremes":
    case "normalizeJudges":
      return set(key, yesNoCell(valueCell));
    case "minJudgeScores":
      return set("minJudgeScores", wholeIn(value, 2, Infinity));
    case "language":
      return set("language", LANGUAGES.get(matchKey(value) as "vi"));
    case "council":
    case "governingBody":
    case "place":
    case "letterNumber":
    case "signer":
    case "signerTitle":
      return set(key, value);
    case "members":
    case "present":
      return set(key, wholeIn(value, 1, 1000));
    case "year":
      return set("year", wholeIn(value, 1900, 2200));
    case "grades": {
      // A bad grade table leaves none, not the default's.
      const grades = parseGrades(value);
      s.grades = grades ?? [];
      return grades !== null;
    }
  }
}

function splitEntries(value: string, place: Place): Settings["tieBreaks"] {
  return value
    .split(";")
    .map((e) => e.trim())
    .filter((e) => e !== "")
    .map((entry) => ({ entry, place }));
}

/** `HTXS: 95; HTT: 85` → bands, highest first; null unless names are non-empty and thresholds distinct numbers. */
export function parseGrades(text: string): Settings["grades"] | null {
  const grades: { name: string; threshold: number }[] = [];
  for (const part of text.split(";")) {
    if (part.trim() === "") continue;
    const i = part.lastIndexOf(":");
    if (i < 0) return null;
    const name = part.slice(0, i).trim();
    const n = parseNumberText(part.slice(i + 1));
    if (name === "" || n.kind !== "number") return null;
    grades.push({ name, threshold: n.value });
  }
  if (grades.length === 0 || new Set(grades.map((g) => g.threshold)).size !== grades.length)
    return null;
  return grades.sort((a, b) => b.threshold - a.threshold);
}
