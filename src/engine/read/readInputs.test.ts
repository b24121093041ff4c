import {
  council,
  criterion,
  sheet,
  type TestCell,
  unit,
  workbook,
  twoUnits,
} from "../../../test/helpers/snapshot";
import { byId, codes, rank } from "../../../test/helpers/run";
import type { SheetSnapshot } from "../snapshot";

const base = () => twoUnits(80);
const replace = (s: SheetSnapshot) =>
  workbook(...base().sheets.filter((x) => x.name !== s.name), s);

describe("finding the inputs (contract §1, §13.1)", () => {
  it("finds English sheet names and headers, NFD, any column order, a title row above", () => {
    const wb = workbook(
      sheet("CRITERIA", [
        ["Criteria of 2025"],
        [],
        ["Max points", "Target", "Criterion", "Code", "Field"],
        [100, 100, "x", "A", "*"],
      ]),
      sheet("Nominees".normalize("NFD"), [
        ["Kind", "ID", "Name", "Field"],
        ["collective", "U1", "n", "Any"],
      ]),
      sheet("results", [
        ["ID", "a"],
        ["U1", 50],
      ])
    );
    expect(rank(wb).nominees.map((n) => [n.id, n.score])).toEqual([["U1", 50]]);
  });

  it("prefers a table by name over a sheet name, and skips its totals row", () => {
    const wb = workbook(
      ...base().sheets.filter((s) => s.name !== "Kết quả"),
      sheet("Kết quả", [
        ["Mã", "A"],
        ["U1", 1],
        ["U2", 1],
      ]),
      sheet("Dữ liệu", [["note"], ["Mã", "A"], ["U1", 90], ["U2", 80], ["Tổng", 170]])
    );
    const withTable = {
      ...wb,
      tables: [
        {
          name: "ketqua",
          sheet: "Dữ liệu",
          range: { top: 1, left: 0, bottom: 4, right: 1 },
          headerRow: true,
          totalsRow: true,
        },
      ],
    };
    const r = rank(withTable);
    expect(r.nominees.map((n) => n.score)).toEqual([90, 80]);
    expect(codes(r)).toEqual([]);
  });

  it("reads a table said to have no header row as its sheet: ExcelJS saves tables so", () => {
    const wb = workbook(
      ...base().sheets.filter((s) => s.name !== "Kết quả"),
      sheet("Dữ liệu", [["note"], ["Mã", "A"], ["U1", 90], ["U2", 80]])
    );
    const headerless = {
      ...wb,
      tables: [
        {
          name: "KetQua",
          sheet: "Dữ liệu",
          range: { top: 1, left: 0, bottom: 3, right: 1 },
          headerRow: false,
          totalsRow: false,
        },
      ],
    };
    const r = rank(headerless);
    expect(r.nominees.map((n) => n.score)).toEqual([90, 80]);
    expect(codes(r)).toEqual([]);
  });

  it("reads the long form of the results", () => {
    const r = rank(
      replace(
        sheet("Kết quả", [
          ["Mã đối tượng", "Mã tiêu chí", "Giá trị"],
          ["U1", "a", 90],
          ["U2", "A", 80],
          ["U2", "Z", 1],
        ])
      )
    );
    expect(r.nominees.map((n) => n.score)).toEqual([90, 80]);
    expect(codes(r)).toEqual(["unknown-criterion@Kết quả!B4"]);
  });

  it.each<[string, SheetSnapshot[], string[]]>([
    ["no criteria sheet", [], ["missing-sheet@Tiêu chí!"]],
    [
      "no Mã column in the nominees",
      [
        sheet("Đối tượng", [
          ["Tên", "Loại", "Lĩnh vực"],
          ["n", "Tập thể", "F"],
        ]),
      ],
      ["missing-column@Đối tượng!A1"],
    ],
    [
      "no header row found",
      [sheet("Đối tượng", [["x"], ["y"]])],
      [
        "missing-column@Đối tượng!A1",
        "missing-column@Đối tượng!A1",
        "missing-column@Đối tượng!A1",
        "missing-column@Đối tượng!A1",
      ],
    ],
  ])("%s stops the run", (_name, sheets, expected) => {
    const keep = base().sheets.filter(
      (s) =>
        !sheets.some((x) => x.name === s.name) &&
        !(_name === "no criteria sheet" && s.name === "Tiêu chí")
    );
    const r = rank(workbook(...keep, ...sheets));
    expect(r.nominees).toEqual([]);
    expect(codes(r)).toEqual(expected);
  });
});

describe("messages of the criteria, nominees and results (contract §13.3, §13.4)", () => {
  const withCriteria = (...rows: TestCell[][]) =>
    rank(
      council({
        criteria: rows,
        nominees: [unit("U1"), unit("U2", "G")],
        codes: ["A", "B"],
        results: [
          ["U1", 90, ""],
          ["U2", "", 1],
        ],
      })
    );
  it("a repeated code is duplicate-id at the later cell, that row ignored", () => {
    const r = withCriteria(
      criterion("F", "A", "Tỷ lệ", 100, 100),
      criterion("G", "A", "Tỷ lệ", 100, 100),
      criterion("f", "A.", "Tỷ lệ", 100, 50)
    );
    expect(codes(r)).toEqual(["duplicate-id@Tiêu chí!B4", "missing@Kết quả!B3"]);
    expect(r.nominees.map((n) => n.max)).toEqual([100, 100]);
  });
  it.each<[string, TestCell[], string]>([
    ["a target of 0", criterion("F", "A", "Tỷ lệ", 0, 100), "bad-value@Tiêu chí!F2"],
    ["an unknown type", criterion("F", "A", "Hệ số", 100, 100), "bad-value@Tiêu chí!E2"],
    [
      "an unknown direction",
      criterion("F", "A", "Tỷ lệ", 100, 100, { direction: "Ngang" }),
      "bad-value@Tiêu chí!G2",
    ],
    ["a max of -1", criterion("F", "A", "Tỷ lệ", 100, -1), "bad-value@Tiêu chí!H2"],
    [
      "unreadable bands",
      criterion("F", "A", "Bậc", 100, 10, { bands: "100-10" }),
      "bad-value@Tiêu chí!I2",
    ],
    [
      "band points above max",
      criterion("F", "A", "Bậc", 100, 10, { bands: "100:20" }),
      "bad-value@Tiêu chí!I2",
    ],
    [
      "a formula that does not parse",
      criterion("F", "A", "Công thức", 100, 10, { formula: "value +" }),
      "bad-expression@Tiêu chí!J2",
    ],
  ])("%s unranks the nominees of the field", (_n, def, message) => {
    const r = withCriteria(def, criterion("G", "B", "Tỷ lệ", 1, 1));
    expect(codes(r)).toEqual([message]);
    expect([byId(r, "U1").rank, byId(r, "U2").rank]).toEqual([null, 1]);
  });
  it("an empty Lĩnh vực or Mã is bad-value and the row is ignored", () => {
    const r = withCriteria(
      criterion("F", "A", "Tỷ lệ", 100, 100),
      criterion("", "B", "Tỷ lệ", 1, 1),
      criterion("G", "", "Tỷ lệ", 1, 1),
      criterion("G", "B", "Tỷ lệ", 1, 1)
    );
    expect(codes(r)).toEqual(["bad-value@Tiêu chí!A3", "bad-value@Tiêu chí!B4"]);
  });

  const withNominees = (...rows: TestCell[][]) =>
    rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
        nominees: rows,
        codes: ["A"],
        results: [
          ...new Set(rows.map((r) => String(r[0]).trim().toUpperCase()).filter((id) => id !== "")),
        ].map((id) => [id, 50]),
      })
    );
  it("repeated ids: all kept, none ranked, each at its own cell", () => {
    const r = withNominees(unit("U1"), unit("u1 "), unit("U2"));
    expect(codes(r)).toEqual(["duplicate-id@Đối tượng!A2", "duplicate-id@Đối tượng!A3"]);
    expect(r.nominees.map((n) => [n.id, n.rank])).toEqual([
      ["U2", 1],
      ["U1", null],
      ["u1", null],
    ]);
  });
  it("a bad kind, an unknown field, an empty id", () => {
    const r = withNominees(
      ["U1", "n", "Tổ", "F", "", ""],
      unit("U2", "Không có"),
      ["", "n", "Tập thể", "F", "", ""],
      unit("U3")
    );
    expect(codes(r)).toEqual([
      "bad-value@Đối tượng!A4",
      "bad-value@Đối tượng!C2",
      "unknown-field@Đối tượng!D3",
    ]);
    expect(r.nominees.map((n) => [n.id, n.kind, n.rank])).toEqual([
      ["U3", "collective", 1],
      ["U1", null, null],
      ["U2", "collective", null],
    ]);
  });
  it("a results row with an unknown id is bad-value; two rows for one nominee are duplicate-id at each", () => {
    const r = rank(
      replace(
        sheet("Kết quả", [
          ["Mã", "A"],
          ["U1", 90],
          ["X9", 1],
          ["U1", 80],
          ["U2", 70],
        ])
      )
    );
    expect(codes(r)).toEqual([
      "bad-value@Kết quả!A3",
      "duplicate-id@Kết quả!A2",
      "duplicate-id@Kết quả!A4",
    ]);
    expect(byId(r, "U1").rank).toBeNull();
  });
  it("a value under another field's code is unknown-criterion; an empty one is ignored", () => {
    const r = rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 100), criterion("G", "B", "Tỷ lệ", 100, 100)],
        nominees: [unit("U1"), unit("U2")],
        codes: ["A", "B", "Ghi chú"],
        results: [
          ["U1", 90, 0, "note"],
          ["U2", 80, "", ""],
        ],
      })
    );
    expect(codes(r)).toEqual(["unknown-criterion@Kết quả!C2"]);
  });
});

describe("settings (contract §11, §13.8)", () => {
  const withSettings = (...rows: TestCell[][]) =>
    rank(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
        nominees: [unit("U1")],
        codes: ["A"],
        results: [["U1", "x"]],
        settings: rows,
      })
    );
  it("an unknown key is bad-setting at the key cell; a bad value at the value cell", () =>
    expect(
      codes(withSettings(["Màu nền", "xanh"], ["Phạm vi xếp hạng", "Vũ trụ"], ["Ngôn ngữ", "fr"]))
    ).toEqual([
      "bad-setting@Cấu hình!A2",
      "bad-setting@Cấu hình!B3",
      "bad-setting@Cấu hình!B4",
      "bad-value@Kết quả!B2",
    ]));
  it("speaks English with Ngôn ngữ = en; the later of two rows counts", () => {
    const r = withSettings(["Ngôn ngữ", "vi"], ["Language", "EN"]);
    expect(r.nominees[0]?.messages[0]?.text).toBe(
      "'x' is not a number: type a number, such as 90 or 12.5."
    );
  });
});
