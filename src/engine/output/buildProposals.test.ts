import { readFileSync } from "node:fs";
import { join } from "node:path";
import { council, criterion, unit, twoUnits } from "../../../test/helpers/snapshot";
import { readXlsx } from "../../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../workbook/xlsx/XlsxPackage";
import { rankCouncil } from "../rankCouncil";
import { proposalList } from "../document/proposalList";
import { buildProposals, scoreText } from "./buildProposals";

/** The texts of a printed document, row by row. */
const texts = (doc: ReturnType<typeof proposalList>) =>
  doc.rows.map((r) => r.cells.map((c) => c.text));
const signed = (doc: ReturnType<typeof proposalList>) =>
  texts(doc).some((r) => r.includes("TM. HỘI ĐỒNG"));

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
      "Điểm 99,50 (HTXS); hạng 1 trong Cụm thi đua số 2 - các tỉnh miền Trung, Tây Nguyên"
    );
    const gk = doc.sections.find((s) => s.award === "Giấy khen (tập thể)");
    const scores = (gk?.rows ?? []).map((r) => r.score ?? 0);
    expect(gk?.rows[0]?.id).toBe("TT25.15");
    expect(scores.length).toBe(13);
  });

  it("names the two Giấy khen by their kind, and leaves out awards nobody got", () => {
    expect(doc.sections.map((s) => s.award)).toContain("Giấy khen (cá nhân)");
    expect(doc.sections.map((s) => s.award)).not.toContain("Chiến sĩ thi đua toàn quốc");
    expect(doc.title).toBe("DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG");
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
    expect(d.title).toBe(
      "DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG NĂM 2025"
    );
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

describe("never a final list from incomplete data (issue 12 §1)", () => {
  const snapshot = readXlsx(
    XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample.xlsx")))
  );
  // The unit that leads Cụm 2 and holds the Cờ thi đua cấp bộ gets one bad cell.
  const results = snapshot.sheets.find((s) => s.name === "Kết quả");
  const row = results?.rows.findIndex((r) => r?.[0]?.v === "TT25.04") ?? -1;
  const bad = {
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      s !== results
        ? s
        : {
            name: s.name,
            rows: s.rows.map((r, i) =>
              i === row && r
                ? [r[0] ?? null, r[1] ?? null, { t: "s" as const, v: "chín mươi" }, ...r.slice(3)]
                : r
            ),
          }
    ),
  };
  const result = rankCouncil(bad);
  const doc = buildProposals(result);

  it("the sections of the unranked nominee's groups are drafts naming it and its cell; the others are not", () => {
    const co = doc.sections.find((s) => s.award === "Cờ thi đua cấp bộ");
    expect(co?.waiting).toEqual([expect.stringMatching(/^TT25\.04 .* \(Kết quả!C\d+\)$/)]);
    expect(co?.rows.map((r) => r.id)).not.toContain("TT25.04");
    const individual = doc.sections.filter((s) => /Chiến sĩ|\(cá nhân\)/.test(s.award));
    expect(individual.length).toBeGreaterThan(0);
    for (const s of individual) expect([s.award, s.waiting]).toEqual([s.award, []]);
  });

  it("the whole list says DỰ THẢO at the top and has no signature block", () => {
    const printed = proposalList(doc);
    expect(doc.provisional).toBe(true);
    expect(texts(printed)[0]?.[0]).toMatch(/^DỰ THẢO/);
    expect(signed(printed)).toBe(false);
    expect(
      texts(printed).filter((r) => (r[1] ?? "").startsWith("DỰ THẢO – chưa đủ dữ liệu")).length
    ).toBeGreaterThan(0);
  });

  it("the ranking says so where the award is proposed, and at the award's row", () => {
    expect(result.messages.filter((m) => m.code === "provisional").map((m) => m.sheet)).toContain(
      "Khen thưởng"
    );
    const holder = result.nominees.find((n) => n.awards.includes("Cờ thi đua cấp bộ"));
    expect(holder?.messages.map((m) => m.code)).toContain("provisional");
  });

  it("the sample's two votes still to hold keep its list a draft, naming them", () => {
    const waiting = buildProposals(sample);
    expect(waiting.provisional).toBe(true);
    expect(waiting.sections.flatMap((s) => s.pending)).toEqual([
      expect.stringMatching(/\(chờ bỏ phiếu\)$/),
      expect.stringMatching(/\(chờ bỏ phiếu\)$/),
    ]);
    expect(signed(proposalList(waiting))).toBe(false);
  });

  it("a complete council's list is final: signed, no draft", () => {
    const complete = buildProposals(
      rankCouncil(twoUnits(80, [["Cờ", 1, "", "", "", "", "", 1, ""]]))
    );
    expect(complete.provisional).toBe(false);
    expect(signed(proposalList(complete))).toBe(true);
  });
});

describe("numbers as a Vietnamese document writes them (issue 12 §2)", () => {
  it("scores have two decimals and a decimal comma, whatever the locale", () => {
    const rows = texts(proposalList(buildProposals(sample))).filter((r) =>
      /^\d+$/.test(r[0] ?? "")
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r[3]).toMatch(/^Điểm \d{1,3},\d\d/);
    expect(scoreText(96.5)).toBe("96,50");
    expect(scoreText(100)).toBe("100,00");
  });
});
