import { council, criterion, pct, type TestCell, unit } from "../../../test/helpers/snapshot";
import { byId, codes, rank } from "../../../test/helpers/run";

const person = (id: string, ...attrs: TestCell[]): TestCell[] => [
  id,
  `Người ${id}`,
  "Cá nhân",
  "F",
  "K",
  "",
  ...attrs,
];

/** Nominees with scores given directly (criterion A, ratio of 100, max 100) and awards rows. */
function awarded(scores: [TestCell[], number][], awards: TestCell[][], attributes: string[] = []) {
  return rank(
    council({
      criteria: [
        criterion("F", "A", "Tỷ lệ", 100, 100),
        criterion("F", "R", "Ngưỡng", 1, 1, { required: "x" }),
      ],
      nominees: scores.map(([n]) => n),
      attributes,
      codes: ["A", "R"],
      results: scores.map(([n, s]) => [n[0] as string, s, 1]),
      awards,
    })
  );
}
const given = (r: ReturnType<typeof rank>) =>
  Object.fromEntries(r.nominees.map((n) => [n.id, n.awards]));
const award = (
  name: string,
  o: {
    p?: number;
    group?: string;
    applies?: string;
    scope?: string;
    min?: TestCell;
    maxRank?: TestCell;
    quota?: TestCell;
    cond?: string;
  } = {}
): TestCell[] => [
  name,
  o.p ?? 1,
  o.group ?? "",
  o.applies ?? "",
  o.scope ?? "",
  o.min ?? "",
  o.maxRank ?? "",
  o.quota ?? "",
  o.cond ?? "",
];
const three: [TestCell[], number][] = [
  [unit("U1"), 90],
  [unit("U2"), 80],
  [unit("U3"), 70],
];

describe("awards (contract §8, §13.7)", () => {
  it("fills a count quota in rank order", () =>
    expect(given(awarded(three, [award("BK", { quota: 2 })]))).toEqual({
      U1: ["BK"],
      U2: ["BK"],
      U3: [],
    }));
  it.each<[TestCell, number]>([
    ["50%", 1],
    [pct(0.67), 2],
    ["100%", 3],
    ["5%", 0],
  ])("a share %p of 3 ranked gives %d", (quota, n) =>
    expect(
      awarded(three, [award("BK", { quota })]).nominees.filter((x) => x.awards.length > 0)
    ).toHaveLength(n)
  );
  it("applies the minimum score and maximum rank", () => {
    expect(given(awarded(three, [award("BK", { min: 80 })]))).toEqual({
      U1: ["BK"],
      U2: ["BK"],
      U3: [],
    });
    expect(given(awarded(three, [award("BK", { maxRank: 1 })]))).toEqual({
      U1: ["BK"],
      U2: [],
      U3: [],
    });
  });
  it("awards of one group exclude each other, in precedence order; other groups are independent", () => {
    const r = awarded(three, [
      award("Giấy khen", { p: 2, group: "G" }),
      award("Bằng khen", { p: 1, group: "G", quota: 1 }),
      award("LĐTT", { group: "T" }),
    ]);
    expect(given(r)).toEqual({
      U1: ["Bằng khen", "LĐTT"],
      U2: ["Giấy khen", "LĐTT"],
      U3: ["Giấy khen", "LĐTT"],
    });
  });
  it("equal precedence is handed out in sheet order", () =>
    expect(given(awarded(three, [award("X", { quota: 1 }), award("Y", { quota: 1 })]))).toEqual({
      U1: ["X"],
      U2: ["Y"],
      U3: [],
    }));
  it("a tie straddling the quota gives it to none of the tied, who stay candidates below", () => {
    const r = awarded(
      [
        [unit("U1"), 90],
        [unit("U2"), 80],
        [unit("U3"), 80],
      ],
      [
        award("Cờ", { p: 1, group: "G", quota: 2 }),
        award("Bằng khen", { p: 2, group: "G", quota: 2 }),
      ]
    );
    expect(given(r)).toEqual({ U1: ["Cờ"], U2: ["Bằng khen"], U3: ["Bằng khen"] });
    expect(codes(r)).toEqual(["tie-at-quota@Đối tượng!A3", "tie-at-quota@Đối tượng!A4"]);
    expect(byId(r, "U2").messages[0]?.text).toContain("'Cờ'");
  });
  it("a tie that exactly fills the quota is given the award", () =>
    expect(
      given(
        awarded(
          [
            [unit("U1"), 90],
            [unit("U2"), 90],
            [unit("U3"), 80],
          ],
          [award("Cờ", { quota: 2 })]
        )
      )
    ).toEqual({ U1: ["Cờ"], U2: ["Cờ"], U3: [] }));
  it("counts quotas in each scope group", () => {
    const r = awarded(
      [
        [unit("U1", "F", "K1"), 90],
        [unit("U2", "F", "K1"), 80],
        [unit("U3", "F", "K2"), 70],
      ],
      [award("Cờ", { scope: "Khối", quota: 1 })]
    );
    expect(given(r)).toEqual({ U1: ["Cờ"], U2: [], U3: ["Cờ"] });
  });
  it("applies to one kind, or to both together with Tất cả", () => {
    const mixed: [TestCell[], number][] = [
      [unit("U1"), 80],
      [person("P1"), 90],
    ];
    expect(given(awarded(mixed, [award("CN", { applies: "Cá nhân" })]))).toEqual({
      U1: [],
      P1: ["CN"],
    });
    expect(given(awarded(mixed, [award("Chung", { applies: "Tất cả", quota: 1 })]))).toEqual({
      U1: [],
      P1: ["Chung"],
    });
  });
  it("a missed required criterion blocks every award, with required-not-met at its cell", () => {
    const r = rank(
      council({
        criteria: [
          criterion("F", "A", "Tỷ lệ", 100, 100),
          criterion("F", "R", "Ngưỡng", 1, 1, { required: "Có" }),
        ],
        nominees: [unit("U1"), unit("U2")],
        codes: ["A", "R"],
        results: [
          ["U1", 100, 0],
          ["U2", 50, 1],
        ],
        awards: [award("BK")],
      })
    );
    expect(given(r)).toEqual({ U1: [], U2: ["BK"] });
    expect(codes(r)).toEqual(["required-not-met@Kết quả!C2"]);
  });
  it("conditions read attributes, built-ins and tick columns", () => {
    const r = awarded(
      [
        [unit("U1", "F", "K", "HTXS", "x"), 90],
        [unit("U2", "F", "K", "HTT", ""), 80],
        [unit("U3", "F", "K", "htxs", "x"), 70],
      ],
      [
        award("TTLĐXS", {
          cond: 'muc_do_hoan_thanh == "HTXS" and co_sang_kien and score >= 70 and kind == "Tập thể" and rank <= 3',
        }),
      ],
      ["Mức độ hoàn thành", "Có sáng kiến"]
    );
    expect(given(r)).toEqual({ U1: ["TTLĐXS"], U2: [], U3: ["TTLĐXS"] });
  });
  it("an empty attribute makes the condition pending (at the Mã cell, the empty cell to fill beside): the nominee takes the slot and stays a candidate below", () => {
    const r = awarded(
      [
        [unit("U1", "F", "K", ""), 90],
        [unit("U2", "F", "K", 95), 80],
      ],
      [
        award("Cờ", { group: "G", quota: 1, cond: "ty_le_phieu >= 80" }),
        award("Bằng khen", { p: 2, group: "G", quota: 1 }),
      ],
      ["Tỷ lệ phiếu (%)"]
    );
    expect(given(r)).toEqual({ U1: ["Bằng khen"], U2: [] });
    expect(byId(r, "U1").messages).toEqual([
      {
        code: "pending",
        sheet: "Đối tượng",
        cell: "A2",
        text: "Chưa đủ dữ liệu để xét 'Cờ': còn trống Tỷ lệ phiếu (%); chưa đề xuất.",
      },
    ]);
  });
  it("a runtime error is bad-expression at the condition cell, once, and false", () => {
    const r2 = awarded(
      three.map(([n, s]) => [[...n, "abc"], s]),
      [award("BK", { cond: "ten < 5" })],
      ["Ten"]
    );
    expect(codes(r2)).toEqual(["bad-expression@Khen thưởng!I2"]);
    expect(r2.nominees.flatMap((n) => n.awards)).toEqual([]);
  });
  it.each<[string, TestCell[], string]>([
    ["a bad Thứ bậc", ["BK", "một", "", "", "", "", "", "", ""], "bad-value@Khen thưởng!B2"],
    ["a bad Áp dụng", award("BK", { applies: "ai cũng được" }), "bad-value@Khen thưởng!D2"],
    ["a bad Phạm vi", award("BK", { scope: "Quốc tế" }), "bad-value@Khen thưởng!E2"],
    ["a bad quota", award("BK", { quota: 1.5 }), "bad-value@Khen thưởng!H2"],
    ["a bad max rank", award("BK", { maxRank: 0 }), "bad-value@Khen thưởng!G2"],
    [
      "a condition naming an absent column",
      award("BK", { cond: "khong_co > 1" }),
      "bad-expression@Khen thưởng!I2",
    ],
    [
      "grade without grade bands",
      award("BK", { cond: 'grade == "HTXS"' }),
      "bad-expression@Khen thưởng!I2",
    ],
  ])("%s disables the award", (_name, row, message) => {
    const r = awarded(three, [row]);
    expect(codes(r)).toEqual([message]);
    expect(r.nominees.flatMap((n) => n.awards)).toEqual([]);
  });
});
