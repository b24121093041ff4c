import { compareRuns, describeChanges } from "../../src/engine/changes/compareRuns";
import { MEMORY_COLUMNS, buildMemory, readMemory } from "../../src/engine/changes/memory";
import { MEMORY_SHEET } from "../../src/engine/output/sheetNames";
import { toJson } from "../../src/engine/output/toJson";
import { MAX_AWARD_ROWS } from "../../src/engine/read/readAwards";
import { rankCouncil } from "../../src/engine/rankCouncil";
import type { Cell, WorkbookSnapshot } from "../../src/engine/snapshot";
import { codes, rank } from "../helpers/run";
import {
  AWARD_HEADER,
  type TestCell,
  council,
  criterion,
  sheet,
  unit,
  workbook,
  twoUnits,
} from "../helpers/snapshot";

/**
 * Hostile input at the engine (issue 17): numbers that are not finite, names that are a plain object's
 * own (`__proto__`), award names holding the memory's separator, dates before the review year, more
 * award rows than any council has, and sheets named like an input that are not one (issue 16 §3).
 */
const small = (criteria: TestCell[][], results: TestCell[][]) =>
  council({
    criteria,
    nominees: [unit("U1"), unit("U2")],
    codes: criteria.map((c) => String(c[1])),
    results,
  });

describe("every number read or computed is finite, or its cell says why", () => {
  it.each([
    [
      "a max of 1e306",
      [criterion("F", "A", "Tỷ lệ", 100, 1e306)],
      ["U1", 90],
      "bad-value@Tiêu chí!H2",
    ],
    [
      "a 400-digit value",
      [criterion("F", "A", "Tỷ lệ", 100, 100)],
      ["U1", "9".repeat(400)],
      "bad-value@Kết quả!B2",
    ],
    [
      "a value of 1e16",
      [criterion("F", "A", "Tỷ lệ", 100, 100)],
      ["U1", 1e16],
      "bad-value@Kết quả!B2",
    ],
    [
      "a formula NaN",
      [criterion("F", "A", "Công thức", "", 10, { formula: "NaN" })],
      ["U1", 5],
      "bad-expression@Tiêu chí!J2",
    ],
    [
      "a formula Infinity",
      [criterion("F", "A", "Công thức", "", 10, { formula: "Infinity" })],
      ["U1", 5],
      "bad-expression@Tiêu chí!J2",
    ],
    [
      "a formula 1e309",
      [criterion("F", "A", "Công thức", "", 10, { formula: "1e309 * value" })],
      ["U1", 5],
      "bad-expression@Tiêu chí!J2",
    ],
  ])("%s", (_name, criteria, row, code) => {
    const r = rank(small(criteria, [row as TestCell[], ["U2", 50]]));
    expect(codes(r)).toContain(code);
    for (const n of r.nominees) {
      for (const v of [n.total, n.max, n.score, ...Object.values(n.points)])
        if (v !== null) expect(Number.isFinite(v)).toBe(true);
    }
    expect(JSON.stringify(r.nominees)).not.toMatch(/NaN|Infinity/);
  });
});

describe("names that are a plain object's own", () => {
  it("a criterion code and a group named __proto__ are in the JSON like any other", () => {
    const json = toJson(
      rankCouncil(
        small(
          [criterion("F", "__proto__", "Tỷ lệ", 100, 100, { group: "__proto__" })],
          [
            ["U1", 90],
            ["U2", 80],
          ]
        )
      )
    );
    const first = json.nominees[0];
    expect(Object.keys(first?.points ?? {})).toEqual(["__proto__"]);
    expect(Object.keys(first?.groups ?? {})).toEqual(["__proto__"]);
    expect(JSON.parse(JSON.stringify(json)).nominees[0].points).toEqual(
      JSON.parse('{"__proto__": 90}')
    );
  });
});

describe("the memory keeps award names whole", () => {
  it("an award named with '; ' makes the next run report no change", () => {
    const wb = twoUnits(80, [["Bằng khen; hạng A", 1, "", "", "", "", "", 1, ""]]);
    const toCell = (v: string | number | null): Cell =>
      v === null ? null : typeof v === "number" ? { t: "n", v } : { t: "s", v };
    const after: WorkbookSnapshot = {
      ...wb,
      sheets: [
        ...wb.sheets,
        {
          name: MEMORY_SHEET,
          rows: [
            MEMORY_COLUMNS.map((c) => toCell(c.header)),
            ...buildMemory(rankCouncil(wb)).map((r) => r.map(toCell)),
          ],
        },
      ],
    };
    expect(describeChanges(compareRuns(readMemory(after), rankCouncil(after)), "vi")).toEqual([
      "Không có thay đổi.",
    ]);
  });
});

describe("a quarterly report dated before the review year", () => {
  it("is not on time: the cell is reported, never counted", () => {
    const wb = workbook(
      sheet("Tiêu chí", [
        ["Lĩnh vực", "Mã", "Tiêu chí", "Loại", "Chỉ tiêu", "Điểm tối đa", "Gộp quý"],
        ["F", "BC", "Báo cáo đúng hạn", "Ngưỡng", 2, 10, "Đúng hạn"],
      ]),
      sheet("Đối tượng", [
        ["Mã", "Tên", "Loại", "Lĩnh vực"],
        ["U1", "A", "Tập thể", "F"],
      ]),
      sheet("Kết quả", [
        ["Mã đối tượng", "Mã tiêu chí", "Quý", "Giá trị"],
        ["U1", "BC", 1, "10/03/2024"],
        ["U1", "BC", 2, "10/06/2025"],
      ]),
      sheet("Cấu hình", [
        ["Khóa", "Giá trị"],
        ["Năm xét", 2025],
      ])
    );
    const r = rank(wb);
    expect(codes(r)).toContain("bad-value@Kết quả!D2");
    expect(r.nominees[0]?.rank).toBeNull();
  });
});

describe("more award rows than any council has", () => {
  it(`past ${MAX_AWARD_ROWS} rows the rest is left out with one message, and the run stays quick`, () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [
      `Hình thức ${i}`,
      i + 1,
      `G${i}`,
      "",
      "",
      "",
      "",
      1,
      "",
    ]);
    const wb = workbook(
      ...small(
        [criterion("F", "A", "Tỷ lệ", 100, 100)],
        [
          ["U1", 90],
          ["U2", 80],
        ]
      ).sheets,
      sheet("Khen thưởng", [AWARD_HEADER, ...rows])
    );
    const r = rankCouncil(wb);
    expect(r.awards).toHaveLength(MAX_AWARD_ROWS);
    expect(r.messages.map((m) => `${m.code}@${m.sheet}!${m.cell}`)).toEqual([
      `bad-value@Khen thưởng!A${MAX_AWARD_ROWS + 2}`,
    ]);
  });
});

describe("a sheet named like an input is the input only with the input's columns (issue 16 §3)", () => {
  const base = () =>
    small(
      [criterion("F", "A", "Tỷ lệ", 100, 100)],
      [
        ["U1", 90],
        ["U2", 80],
      ]
    );
  it("an XLSForm's `settings` before `Cấu hình` is skipped with a warning; Cấu hình is used", () => {
    const wb = workbook(
      sheet("settings", [
        ["form_title", "form_id"],
        ["Khảo sát", "ks1"],
      ]),
      ...base().sheets,
      sheet("Cấu hình", [
        ["Khóa", "Giá trị"],
        ["Ngôn ngữ", "en"],
      ])
    );
    const r = rankCouncil(wb);
    expect(r.settings.language).toBe("en");
    expect(r.messages.map((m) => [m.code, m.sheet])).toEqual([["input-choice", "settings"]]);
  });

  it("two sheets that both qualify: the first by the accepted names is used, both are named", () => {
    const wb = workbook(
      ...base().sheets,
      sheet("Settings", [
        ["Key", "Value"],
        ["Language", "en"],
      ]),
      sheet("Cấu hình", [
        ["Khóa", "Giá trị"],
        ["Ngôn ngữ", "vi"],
      ])
    );
    const r = rankCouncil(wb);
    expect(r.settings.language).toBe("vi");
    expect(r.messages.map((m) => [m.key, m.params])).toEqual([
      ["inputAmbiguous", { input: "Cấu hình", chosen: "Cấu hình", other: "Settings" }],
    ]);
  });
});

describe("an English run speaks English (issue 18)", () => {
  it("expression reasons and every other sentence carry no Vietnamese outside quoted cell contents", () => {
    const wb = council({
      criteria: [
        criterion("F", "A", "Tỷ lệ", 100, 100),
        criterion("F", "B", "Công thức", "", 10, { formula: "f(x) = x" }),
        criterion("F", "C", "Công thức", "", 10, { formula: "value / 0" }),
        criterion("F", "D", "Công thức", "", 10, { formula: "2 score" }),
      ],
      nominees: [unit("U1"), unit("U2")],
      codes: ["A", "B", "C", "D"],
      results: [
        ["U1", 90, 1, 1, 1],
        ["U2", "chín mươi", 1, 1, 1],
      ],
      awards: [["Cờ thi đua", 1, "", "", "", "", "", 1, "score >"]],
      settings: [["Ngôn ngữ", "en"]],
    });
    const r = rank(wb);
    const texts = [...r.messages, ...r.nominees.flatMap((n) => n.messages)].map((m) => m.text);
    expect(texts.length).toBeGreaterThan(3);
    // Letters only Vietnamese uses (after NFC no combining mark is left to match).
    const vietnamese = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/;
    for (const t of texts) {
      const outsideQuotes = t.normalize("NFC").replace(/'[^']*'/g, "");
      expect([t, vietnamese.test(outsideQuotes)]).toEqual([t, false]);
    }
    expect(texts.join("\n")).not.toMatch(/Node\b|FunctionAssignment|char \d/);
  });
});
