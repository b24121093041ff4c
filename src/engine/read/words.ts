import type { Cell } from "../snapshot";
import { matchKey } from "../text/normalize";
import type { CriterionType, Kind, Rollup, Scope } from "../model";
import { CRITERION_TYPES } from "../score/criterionTypes";

/** Enumerated words of the contract in both languages, matched with `matchKey` (§13.1). */
function table<T>(entries: Record<string, T>): (text: string) => T | undefined {
  const map = new Map(Object.entries(entries).map(([k, v]) => [matchKey(k), v]));
  return (text) => map.get(matchKey(text));
}

/** A type's words come from the type table, so a new type is read as soon as it is there. */
export const criterionType = table<CriterionType>(
  Object.fromEntries(
    (
      Object.entries(CRITERION_TYPES) as [CriterionType, (typeof CRITERION_TYPES)[CriterionType]][]
    ).flatMap(([type, rule]) => [
      [rule.words.vi, type],
      [rule.words.en, type],
    ])
  )
);

export const rollup = table<Rollup>({
  Tổng: "sum",
  sum: "sum",
  "Trung bình": "mean",
  mean: "mean",
  "Cuối kỳ": "last",
  last: "last",
  "Thấp nhất": "min",
  min: "min",
  "Đúng hạn": "onTime",
  "on time": "onTime",
});

export const direction = table<"higher" | "lower">({
  Cao: "higher",
  higher: "higher",
  Thấp: "lower",
  lower: "lower",
});

export const kind = table<Kind>({
  "Tập thể": "collective",
  collective: "collective",
  "Cá nhân": "individual",
  individual: "individual",
});

export const appliesTo = table<Kind | "all">({
  "Tập thể": "collective",
  collective: "collective",
  "Cá nhân": "individual",
  individual: "individual",
  "Tất cả": "all",
  all: "all",
});

export const scope = table<Scope>({
  "Lĩnh vực": "field",
  field: "field",
  Khối: "cluster",
  cluster: "cluster",
  Cụm: "cluster",
  "Đơn vị": "unit",
  unit: "unit",
  "Toàn bộ": "all",
  all: "all",
});

export const yesNo = table<boolean>({ Có: true, Yes: true, x: true, Không: false, No: false });

/** A yes/no cell: the words above or a TRUE/FALSE cell; undefined otherwise. */
export function yesNoCell(cell: Cell): boolean | undefined {
  if (cell === null) return undefined;
  if (cell.t === "b") return cell.v;
  return cell.t === "s" ? yesNo(cell.v) : undefined;
}

/** `*`, `Chung` or `Common`: the criterion applies to every field. */
export function isCommonField(text: string): boolean {
  return text.trim() === "*" || ["chung", "common"].includes(matchKey(text));
}
