import { AWARDS, CRITERIA, headersOf } from "../../src/engine/read/inputs";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";

/** A cell as tests write it: plain values, or a tagged cell for percent formats, booleans and errors. */
export type TestCell = string | number | null | undefined | Exclude<Cell, null>;

export function cell(v: TestCell): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return { t: "s", v };
  if (typeof v === "number") return { t: "n", v };
  return v;
}

export const pct = (v: number): Cell => ({ t: "n", v, pct: true });

export function sheet(name: string, rows: readonly (readonly TestCell[])[]): SheetSnapshot {
  return { name, rows: rows.map((r) => r.map(cell)) };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, tables: [] };
}

const CRITERIA_HEADER = headersOf(CRITERIA);

/** One criteria row: field, code, type, target, max, and the rest by name. */
export function criterion(
  field: string,
  code: string,
  type: string,
  target: TestCell,
  max: TestCell,
  more: {
    group?: string;
    direction?: string;
    bands?: string;
    formula?: string;
    required?: string;
  } = {}
): TestCell[] {
  return [
    field,
    code,
    `Tiêu chí ${code}`,
    more.group ?? "A",
    type,
    target,
    more.direction ?? "",
    max,
    more.bands ?? "",
    more.formula ?? "",
    more.required ?? "",
  ];
}

export interface CouncilSpec {
  criteria: TestCell[][];
  /** Nominee rows after the header `Mã, Tên, Loại, Lĩnh vực, Khối, Đơn vị, ...attributes`. */
  nominees: TestCell[][];
  attributes?: string[];
  /** Results: header codes, then rows `[id, ...values]`. */
  codes: string[];
  results: TestCell[][];
  awards?: TestCell[][];
  settings?: TestCell[][];
  scores?: TestCell[][];
}

/** The input sheets of the sample and of the template, in their order. */
export const INPUT_SHEETS = [
  "Tiêu chí",
  "Đối tượng",
  "Kết quả",
  "Chấm điểm",
  "Khen thưởng",
  "Cấu hình",
];

export const AWARD_HEADER = headersOf(AWARDS);

/** A whole council workbook in the contract's layout, each sheet with its header in row 1. */
export function council(spec: CouncilSpec): WorkbookSnapshot {
  const sheets = [
    sheet("Tiêu chí", [CRITERIA_HEADER, ...spec.criteria]),
    sheet("Đối tượng", [
      ["Mã", "Tên", "Loại", "Lĩnh vực", "Khối", "Đơn vị", ...(spec.attributes ?? [])],
      ...spec.nominees,
    ]),
    sheet("Kết quả", [["Mã", ...spec.codes], ...spec.results]),
  ];
  if (spec.awards) sheets.push(sheet("Khen thưởng", [AWARD_HEADER, ...spec.awards]));
  if (spec.settings) sheets.push(sheet("Cấu hình", [["Khóa", "Giá trị"], ...spec.settings]));
  if (spec.scores)
    sheets.push(
      sheet("Chấm điểm", [["Mã đối tượng", "Mã tiêu chí", "Người chấm", "Điểm"], ...spec.scores])
    );
  return workbook(...sheets);
}

/** A collective in field F, cluster K. */
export function unit(
  id: string,
  field = "F",
  cluster = "K",
  ...attributes: TestCell[]
): TestCell[] {
  return [id, `Đơn vị ${id}`, "Tập thể", field, cluster, "", ...attributes];
}

/**
 * The smallest council: one ratio criterion A (target 100, max 100), units U1 at 90 and U2 at `u2` (a text
 * such as "chín mươi" for a bad cell), and the awards given.
 */
export function twoUnits(u2: TestCell, awards?: TestCell[][]): WorkbookSnapshot {
  return council({
    criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
    nominees: [unit("U1"), unit("U2")],
    codes: ["A"],
    results: [
      ["U1", 90],
      ["U2", u2],
    ],
    ...(awards ? { awards } : {}),
  });
}
