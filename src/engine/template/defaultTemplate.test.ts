import { BUILT_IN_VARIABLES } from "../model";
import { toJson } from "../output/toJson";
import { AWARDS, headersOf } from "../read/inputs";
import { rankCouncil } from "../rankCouncil";
import type { Cell, WorkbookSnapshot } from "../snapshot";
import { identifier } from "../text/normalize";
import { AWARDS_PRESET, DEFAULT_TEMPLATE } from "./defaultTemplate";

const cell = (v: string | number | null): Cell =>
  v === null ? null : typeof v === "number" ? { t: "n", v } : { t: "s", v };
const snapshot: WorkbookSnapshot = {
  sheets: DEFAULT_TEMPLATE.map((s) => ({
    name: s.sheet,
    rows: [s.columns.map((c) => cell(c.header)), ...s.rows.map((r) => r.map(cell))],
  })),
  tables: [],
};

describe("the default template", () => {
  it("every example row has one value per column", () => {
    for (const s of DEFAULT_TEMPLATE)
      for (const r of s.rows) expect([s.sheet, r.length]).toEqual([s.sheet, s.columns.length]);
  });

  it("is a valid council workbook: every nominee ranked, every award's condition readable", () => {
    const result = toJson(rankCouncil(snapshot));
    expect(result.messages).toEqual([]);
    expect(result.nominees.map((n) => [n.id, n.rank])).toEqual([
      ["TT01", 1],
      ["CN01", 1],
    ]);
    expect(result.nominees.find((n) => n.id === "TT01")?.awards).toContain(
      "Tập thể lao động xuất sắc"
    );
  });

  it("the preset's conditions name only attribute columns of the template or built-ins", () => {
    const columns = new Set(
      DEFAULT_TEMPLATE.find((s) => s.table === "DoiTuong")?.columns.map((c) => identifier(c.header))
    );
    const builtIns = new Set<string>([...BUILT_IN_VARIABLES, "and", "or", "not"]);
    for (const row of AWARDS_PRESET)
      for (const name of row[8].match(/[a-z_][a-z0-9_]*/g) ?? [])
        expect([row[0], name, columns.has(name) || builtIns.has(name)]).toEqual([
          row[0],
          name,
          true,
        ]);
  });

  it("holds the 16 rows of awards.md §7.2 with the contract's columns", () => {
    expect(AWARDS_PRESET).toHaveLength(16);
    expect(
      DEFAULT_TEMPLATE.find((s) => s.table === "KhenThuong")?.columns.map((c) => c.header)
    ).toEqual(headersOf(AWARDS));
  });
});
