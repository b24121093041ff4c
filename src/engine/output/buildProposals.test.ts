import { readFileSync } from "node:fs";
import { join } from "node:path";
import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { readXlsx } from "../../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../workbook/xlsx/XlsxPackage";
import { rankCouncil } from "../rankCouncil";
import { buildProposals } from "./buildProposals";

const sample = rankCouncil(
  readXlsx(
    XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample.xlsx")))
  )
);

describe("the proposal list (lists ready to sign)", () => {
  const doc = buildProposals(sample);

  it("holds exactly the awarded nominees of each award, every one once", () => {
    for (const a of sample.awards) {
      const section = doc.sections.find(
        (s) =>
          s.award === a.name ||
          (s.award.startsWith(`${a.name} (`) &&
            s.award.endsWith(a.appliesTo === "collective" ? "(tập thể)" : "(cá nhân)"))
      );
      const expected = sample.nominees
        .filter((n) => n.decisions.some((d) => d.award === a && d.outcome.kind === "given"))
        .map((n) => n.nominee.id);
      expect([a.name, (section?.rows ?? []).map((r) => r.id).sort()]).toEqual([
        a.name,
        expected.sort(),
      ]);
    }
  });

  it("lists them in rank order within each scope group, with the achievement in one line", () => {
    const co = doc.sections.find((s) => s.award === "Cờ thi đua cấp bộ");
    expect(co?.rows.map((r) => [r.id, r.rank])).toEqual([
      ["TT25.04", 1],
      ["TT25.14", 2],
    ]);
    expect(co?.rows[0]?.achievement).toBe(
      "Điểm 99,5 (HTXS); hạng 1 trong Cụm thi đua số 2 - các tỉnh miền Trung, Tây Nguyên"
    );
    const gk = doc.sections.find((s) => s.award === "Giấy khen (tập thể)");
    const scores = (gk?.rows ?? []).map((r) => r.score ?? 0);
    expect(gk?.rows[0]?.id).toBe("TT25.15");
    expect(scores.length).toBe(13);
  });

  it("names the two Giấy khen by their kind, and leaves out awards nobody got", () => {
    expect(doc.sections.map((s) => s.award)).toContain("Giấy khen (cá nhân)");
    expect(doc.sections.map((s) => s.award)).not.toContain("Chiến sĩ thi đua toàn quốc");
    expect(doc.title).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  });

  it("shows nominees tied at the quota for the council, with the year and council from Cấu hình", () => {
    const r = rankCouncil(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
        nominees: [unit("U1"), unit("U2"), unit("U3")],
        codes: ["A"],
        results: [
          ["U1", 90],
          ["U2", 80],
          ["U3", 80],
        ],
        awards: [["Cờ", 1, "", "", "", "", "", 2, ""]],
        settings: [
          ["Năm xét", 2025],
          ["Hội đồng", "Hội đồng Thi đua - Khen thưởng Bộ Khoa học và Công nghệ"],
        ],
      })
    );
    const d = buildProposals(r);
    expect(d.title).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
    expect(d.council).toBe("Hội đồng Thi đua - Khen thưởng Bộ Khoa học và Công nghệ");
    expect(d.sections).toEqual([
      expect.objectContaining({
        award: "Cờ",
        rows: [expect.objectContaining({ id: "U1" })],
        ties: [expect.objectContaining({ id: "U2" }), expect.objectContaining({ id: "U3" })],
      }),
    ]);
  });
});
