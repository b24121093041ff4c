import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../workbook/xlsx/XlsxPackage";
import { address } from "../messages/message";
import { rankCouncil } from "../rankCouncil";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { MEMORY_SHEET } from "../output/sheetNames";
import { compareRuns, describeChanges } from "./compareRuns";
import { MEMORY_COLUMNS, buildMemory, decodeValues, encodeValues, readMemory } from "./memory";

const sample = readXlsx(
  XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample.xlsx")))
);
const toCell = (v: string | number | null): Cell =>
  v === null ? null : typeof v === "number" ? { t: "n", v } : { t: "s", v };

/** The workbook after a run: the inputs and the memory that run left. */
function afterRun(wb: WorkbookSnapshot): WorkbookSnapshot {
  const memory: SheetSnapshot = {
    name: MEMORY_SHEET,
    rows: [
      MEMORY_COLUMNS.map((c) => toCell(c.header)),
      ...buildMemory(rankCouncil(wb)).map((r) => r.map(toCell)),
    ],
  };
  return { ...wb, sheets: [...wb.sheets.filter((s) => s.name !== MEMORY_SHEET), memory] };
}

/** The same workbook with some results cells set to new values. */
function edited(
  wb: WorkbookSnapshot,
  edits: readonly { row: number; col: number; value: number }[]
): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== "Kết quả") return s;
      const rows = s.rows.map((r) => (r ? [...r] : r));
      for (const e of edits) (rows[e.row] as Cell[])[e.col] = { t: "n", v: e.value };
      return { ...s, rows };
    }),
  };
}

const changesOf = (wb: WorkbookSnapshot) => compareRuns(readMemory(wb), rankCouncil(wb));

describe("what changed since the last run", () => {
  it("says so on a first run, and when nothing moved", () => {
    expect(describeChanges(changesOf(sample), "vi")).toEqual(["Lần xếp hạng đầu tiên của sổ này."]);
    expect(describeChanges(changesOf(afterRun(sample)), "vi")).toEqual(["Không có thay đổi."]);
  });

  it("names the edited cell, and who moved rank or award because of it", () => {
    const changes = changesOf(edited(afterRun(sample), [{ row: 14, col: 8, value: 13 }])) ?? [];
    expect(changes.flatMap((c) => c.cells)).toEqual([
      { code: "VT2", sheet: "Kết quả", cell: "I15", before: "", after: "13" },
    ]);
    const tt12 = changes.find((c) => c.id === "TT25.12");
    expect(tt12?.score).toEqual([64.08, 84.08]);
    expect(tt12?.rank).toEqual([9, 5]);
    expect(describeChanges(changes, "vi")).toContain(
      "TT25.12: hạng 9 → 5; điểm 64,08 → 84,08; VT2 (Kết quả!I15): '' → '13'"
    );
  });

  it("property: the report names exactly the edited cells", () => {
    const base = afterRun(sample);
    const results = sample.sheets.find((s) => s.name === "Kết quả") as SheetSnapshot;
    const numeric: { row: number; col: number; v: number }[] = [];
    results.rows.forEach((r, row) =>
      r?.forEach((c, col) => row > 2 && c?.t === "n" && numeric.push({ row, col, v: c.v }))
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(numeric.length - 1), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 9 }),
        (picks, delta) => {
          const edits = picks
            .map((i) => numeric[i] as { row: number; col: number; v: number })
            .map((e) => ({ row: e.row, col: e.col, value: e.v + delta }));
          const cells = (changesOf(edited(base, edits)) ?? []).flatMap((c) =>
            c.cells.map((x) => x.cell)
          );
          expect(new Set(cells)).toEqual(new Set(edits.map((e) => address(e.row, e.col))));
        }
      ),
      { numRuns: 60 }
    );
  });

  it("a memory without its header (a write cut short) counts as none", () => {
    const wb = afterRun(sample);
    const broken = {
      ...wb,
      sheets: wb.sheets.map((s) => (s.name === MEMORY_SHEET ? { ...s, rows: s.rows.slice(1) } : s)),
    };
    expect(readMemory(broken)).toBeNull();
  });
});

describe("the memory's compact values", () => {
  it("round-trips any text, separators included", () =>
    fc.assert(
      fc.property(
        fc.array(fc.record({ code: fc.string(), text: fc.string() }), { maxLength: 5 }),
        (values) => {
          const kept = values.filter(
            (v) => !(values.length === 1 && v.code === "" && v.text === "")
          );
          expect(decodeValues(encodeValues(kept))).toEqual(kept);
        }
      )
    ));
});
