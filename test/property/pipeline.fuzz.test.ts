import fc from "fast-check";
import * as XLSX from "@e965/xlsx";
import { buildOutputTable } from "../../src/engine/output/buildOutputTable";
import { type RankResult } from "../../src/engine/result";
import { rankCouncil } from "../../src/engine/rankCouncil";
import type { Cell, WorkbookSnapshot } from "../../src/engine/snapshot";
import { rankWorkbook } from "../../src/rankWorkbook";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/**
 * Fuzzing the whole pipeline: random workbooks (sheet names and headers in both languages and in NFD,
 * any cell value) through the engine, and a share of them through the xlsx adapter as real files.
 * `npm run fuzz` runs 10,000; CI 2,000. A failure prints its seed: replay it with FUZZ_SEED, then keep the
 * shrunk workbook as a test beside the rule it broke.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** FUZZ_SEED replays the run fast-check reported for a failure. */
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

const nfd = (s: string) => s.normalize("NFD");
const variants = (s: string) => fc.constantFrom(s, nfd(s), s.toUpperCase(), s.replace(/ /g, "_"));
const SHEETS = [
  ["Tiêu chí", "Criteria"],
  ["Đối tượng", "Nominees"],
  ["Kết quả", "Results"],
  ["Chấm điểm", "Scores"],
  ["Khen thưởng", "Awards"],
  ["Cấu hình", "Settings"],
];
const HEADERS = [
  [
    "Lĩnh vực",
    "Mã",
    "Tiêu chí",
    "Nhóm",
    "Loại",
    "Chỉ tiêu",
    "Chiều",
    "Điểm tối đa",
    "Bậc",
    "Công thức",
    "Bắt buộc",
    "Field",
    "Code",
    "Max points",
  ],
  [
    "Mã",
    "Tên",
    "Loại",
    "Lĩnh vực",
    "Khối",
    "Đơn vị",
    "Tỷ lệ phiếu đồng ý (%)",
    "Mức độ hoàn thành",
    "ID",
    "Kind",
  ],
  ["Mã", "A", "B", "C", "SK", "Mã đối tượng", "Mã tiêu chí", "Giá trị", "Ghi chú"],
  ["Mã đối tượng", "Mã tiêu chí", "Người chấm", "Điểm"],
  [
    "Hình thức",
    "Thứ bậc",
    "Nhóm",
    "Áp dụng",
    "Phạm vi",
    "Điểm tối thiểu",
    "Hạng tối đa",
    "Số lượng",
    "Điều kiện",
  ],
  ["Khóa", "Giá trị", "Key", "Value"],
];
const WORDS = [
  "F",
  "G",
  "*",
  "Chung",
  "N1",
  "N2",
  "n1",
  "A",
  "B",
  "C",
  "SK",
  "Tỷ lệ",
  "Ngưỡng",
  "Bậc",
  "Chấm điểm",
  "Công thức",
  "Cộng",
  "Trừ",
  "Cao",
  "Thấp",
  "x",
  "Có",
  "Không",
  "Tập thể",
  "Cá nhân",
  "K1",
  "Khối",
  "Toàn bộ",
  "KAD",
  "N/A",
  "-",
  "100:10; 50:5",
  "value * 2",
  "score > 50 and ty_le_phieu_dong_y >= 80",
  "rank <= 1",
  "15%",
  "1.234",
  "85,5",
  "30%",
  "Phạm vi xếp hạng",
  "Tiêu chí phụ",
  "Xếp loại",
  "HTXS: 95; HT: 50",
  "Ngôn ngữ",
  "en",
];

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((v) => ({ t: "s" as const, v })) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 120 }).map((v) => ({ t: "n" as const, v })) },
  {
    weight: 1,
    arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => ({ t: "n" as const, v })),
  },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((v) => ({ t: "n" as const, v, pct: true })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).map((v) => ({ t: "s" as const, v })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("😀 Đơn vị", "e\u0301\u0302", "x".repeat(5000), " ")
      .map((v) => ({ t: "s" as const, v })),
  },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ t: "b" as const, v })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!").map((v) => ({ t: "e" as const, v })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 40000, max: 46000 })
      .map((v) => ({ t: "n" as const, v, date: true })),
  },
  { weight: 3, arbitrary: fc.constant(null) }
);

const sheetArb = (i: number) =>
  fc.record({
    present: fc.boolean(),
    name: fc.constantFrom(...(SHEETS[i] as string[])).chain(variants),
    titleRows: fc.integer({ min: 0, max: 2 }),
    headers: fc
      .shuffledSubarray(HEADERS[i] as string[], { minLength: 0 })
      .chain((hs) => fc.tuple(...hs.map(variants))),
    rows: fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 10 }),
  });
const workbookArb = fc
  .tuple(...SHEETS.map((_, i) => sheetArb(i)))
  .map((sheets): WorkbookSnapshot => ({
    tables: [],
    sheets: sheets
      .filter((s) => s.present)
      .map((s) => ({
        name: s.name,
        rows: [
          ...Array.from({ length: s.titleRows }, () => [{ t: "s" as const, v: "TIÊU ĐỀ" }]),
          s.headers.map((h) => ({ t: "s" as const, v: h })),
          ...s.rows,
        ],
      })),
  }));

function parseCell(a: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) return null;
  return [
    Number(m[2]) - 1,
    [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
  ];
}

/** Every message names a sheet of the workbook and a cell inside what was read; every nominee is ranked or says why not. */
function checkResult(wb: WorkbookSnapshot, result: RankResult): void {
  for (const m of [...result.messages, ...result.nominees.flatMap((n) => n.messages)]) {
    if (m.code === "missing-sheet") continue;
    const sheet = wb.sheets.find((s) => s.name === m.sheet);
    expect([m.code, m.sheet, sheet !== undefined]).toEqual([m.code, m.sheet, true]);
    const at = parseCell(m.cell);
    expect([m.code, m.cell, at !== null]).toEqual([m.code, m.cell, true]);
    if (at && sheet) expect(at[0]).toBeLessThanOrEqual(Math.max(sheet.rows.length, 1));
  }
  for (const n of result.nominees)
    if (n.rank === null)
      expect(
        n.messages.some((m) => m.error) || n.nominee.invalid || n.score.broken.length > 0
      ).toBe(true);
}

function toXlsx(wb: WorkbookSnapshot): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const s of wb.sheets) {
    const ws: XLSX.WorkSheet = {};
    let width = 0;
    s.rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        width = Math.max(width, col + 1);
        if (c === null) return;
        const ref = XLSX.utils.encode_cell({ r, c: col });
        ws[ref] =
          c.t === "e"
            ? {
                t: "e",
                v:
                  ({ "#N/A": 42, "#DIV/0!": 7, "#VALUE!": 15 } as Record<string, number>)[c.v] ??
                  42,
              }
            : c.t === "n"
              ? { t: "n", v: c.v, ...(c.pct ? { z: "0%" } : c.date ? { z: "dd/mm/yyyy" } : {}) }
              : { t: c.t, v: c.v };
      })
    );
    ws["!ref"] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(0, s.rows.length - 1), c: Math.max(0, width - 1) },
    });
    XLSX.utils.book_append_sheet(book, ws, s.name.slice(0, 31));
  }
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

describe(`fuzzing the pipeline (${RUNS} workbooks)`, () => {
  it("the engine never throws, and its messages and ranks hold", () =>
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const result = rankCouncil(wb);
        buildOutputTable(result);
        checkResult(wb, result);
      }),
      { numRuns: RUNS, ...SEED }
    ));

  it("as real .xlsx files through the adapter: read, rank, write, reopen", async () =>
    fc.assert(
      fc.asyncProperty(workbookArb, async (wb) => {
        if (wb.sheets.length === 0) return;
        const workbook = XlsxWorkbook.open(toXlsx(wb));
        const snapshot = await workbook.snapshot();
        const { result } = await rankWorkbook(workbook, { time: "t", user: "u", source: "fuzz" });
        checkResult(snapshot, result);
        const out = workbook.output();
        if (result.usable) expect(out).not.toBeNull();
        if (out) {
          // Every sheet is still there, in its place; ours are added at the end when they were not there.
          const names = readXlsx(XlsxPackage.open(out)).sheets.map((s) => s.name);
          expect(names.slice(0, snapshot.sheets.length)).toEqual(
            snapshot.sheets.map((s) => s.name)
          );
          expect(names).toEqual(expect.arrayContaining(["Đề nghị khen thưởng", "Nhật ký"]));
        }
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 10)), ...SEED }
    ));
});
