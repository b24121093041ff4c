import { readFileSync } from "node:fs";
import { join } from "node:path";
import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { readXlsx } from "../../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../workbook/xlsx/XlsxPackage";
import { rankCouncil } from "../rankCouncil";
import { stability } from "./stability";

describe("độ ổn định: awards that survive every weight at ±10 %", () => {
  it("on a council where one weight decides the quota, the two nominees it swaps are fragile", () => {
    // U1 leads on A (weight 50), U2 on B (weight 50): scaling either weight swaps who gets the one award.
    const wb = council({
      criteria: [criterion("F", "A", "Tỷ lệ", 100, 50), criterion("F", "B", "Tỷ lệ", 100, 50)],
      nominees: [unit("U1"), unit("U2"), unit("U3")],
      codes: ["A", "B"],
      results: [
        ["U1", 100, 60],
        ["U2", 61, 100],
        ["U3", 10, 10],
      ],
      awards: [["Cờ", 1, "", "", "", "", "", 1, ""]],
    });
    const base = rankCouncil(wb);
    expect(base.nominees.find((n) => n.nominee.id === "U2")?.awards).toEqual(["Cờ"]);
    const s = stability(base);
    expect(s?.ranked).toBe(3);
    expect(s?.stable).toBe(1);
    expect(s?.fragile.map((f) => f.id).sort()).toEqual(["U1", "U2"]);
  });

  it("counts its budget in the nominees each weighted criterion applies to, not every nominee", () => {
    // F's criterion applies to U1-U3, G's to V1: (3 + 1) nominees re-scored, twice each = 8 (not 4 × 2 × 2).
    const wb = council({
      criteria: [criterion("F", "A", "Tỷ lệ", 100, 50), criterion("G", "B", "Tỷ lệ", 100, 50)],
      nominees: [unit("U1"), unit("U2"), unit("U3"), unit("V1", "G")],
      codes: ["A", "B"],
      results: [
        ["U1", 100, ""],
        ["U2", 61, ""],
        ["U3", 10, ""],
        ["V1", "", 80],
      ],
    });
    const base = rankCouncil(wb);
    expect(stability(base, 8)?.ranked).toBe(4);
    expect(stability(base, 7)).toBeNull();
  });

  it("the sample's awards all survive: 45 of 45", () => {
    const wb = readXlsx(
      XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample.xlsx")))
    );
    const s = stability(rankCouncil(wb));
    expect(s?.ranked).toBe(45);
    expect(s).toEqual({ stable: 45, ranked: 45, fragile: [] });
  });
});
