import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { explainNominee } from "../explain/explainNominee";
import { rankCouncil } from "../rankCouncil";
import { sheet } from "../../../test/helpers/snapshot";
import type { TestCell } from "../../../test/helpers/snapshot";

/** Three collectives scored by judges on KC (max 10); rows: nominee, judge, score, judge's unit. */
function judged(scores: TestCell[][], settings: TestCell[][]) {
  const wb = council({
    criteria: [criterion("F", "KC", "Chấm điểm", "", 10)],
    nominees: [unit("U1"), unit("U2"), unit("U3")],
    codes: ["KC"],
    results: [
      ["U1", ""],
      ["U2", ""],
      ["U3", ""],
    ],
    settings,
  });
  const r = rankCouncil({
    ...wb,
    sheets: [
      ...wb.sheets,
      sheet("Chấm điểm", [
        ["Mã đối tượng", "Mã tiêu chí", "Người chấm", "Điểm", "Đơn vị người chấm"],
        ...scores,
      ]),
    ],
  });
  const of = (id: string) => {
    const n = r.nominees.find((x) => x.nominee.id === id);
    if (!n) throw new Error(id);
    return n;
  };
  return {
    r,
    points: (id: string) => of(id).score.points[0],
    explain: (id: string) => explainNominee(of(id), "vi"),
  };
}
const SCORES: TestCell[][] = [
  ["U1", "KC", "GK1", 6],
  ["U2", "KC", "GK1", 7],
  ["U3", "KC", "GK1", 8],
  ["U1", "KC", "GK2", 8],
  ["U2", "KC", "GK2", 9],
  ["U3", "KC", "GK2", 10],
];

describe("fair judging (issue 7 §4)", () => {
  it("normalisation, worked by hand: z against each judge, back on the scale of all judges", () => {
    // Each judge: mean 7 (GK1) or 9 (GK2), population sd √(2/3) = 0.8165; so U1 is z = −1.2247 for both.
    // All six scores: mean 8, sd √(10/6) = 1.2910; U1 = 8 − 1.2247 × 1.2910 = 6.4189 → 6.42 points.
    const on = judged(SCORES, [
      ["Chuẩn hóa điểm người chấm", "Có"],
      ["Số điểm tối thiểu để chuẩn hóa", 3],
    ]);
    expect([on.points("U1"), on.points("U2"), on.points("U3")]).toEqual([642, 800, 958]);
    expect(on.explain("U1")).toContain(
      "(KC) 6,42/10 (2 người chấm, chênh lệch 0; đã chuẩn hóa theo người chấm)"
    );
    // Off: the plain means 7, 8, 9, and the judges' disagreement shows.
    const off = judged(SCORES, []);
    expect([off.points("U1"), off.points("U2"), off.points("U3")]).toEqual([700, 800, 900]);
    expect(off.explain("U1")).toContain("(KC) 7/10 (2 người chấm, chênh lệch 2)");
  });

  it("a judge with fewer scores than the minimum keeps its raw scores, with a warning at its first score", () => {
    const r = judged(SCORES, [
      ["Chuẩn hóa điểm người chấm", "Có"],
      ["Số điểm tối thiểu để chuẩn hóa", 4],
    ]);
    expect([r.points("U1"), r.points("U3")]).toEqual([700, 900]);
    expect(r.r.messages.map((m) => `${m.code}@${m.sheet}!${m.cell}`)).toEqual([
      "judge-sample@Chấm điểm!D2",
      "judge-sample@Chấm điểm!D5",
    ]);
  });

  it("a judge scoring its own unit is left out of that nominee's mean, and Giải thích says so", () => {
    const r = judged(
      [
        ["U1", "KC", "GK1", 10, "U1"],
        ["U1", "KC", "GK2", 6, "U9"],
        ["U1", "KC", "GK3", 8, ""],
        ["U2", "KC", "GK1", 7, "U1"],
      ],
      []
    );
    expect(r.points("U1")).toBe(700);
    expect(r.explain("U1")).toContain(
      "(KC) 7/10 (2 người chấm, chênh lệch 2; không tính GK1: chấm đơn vị mình)"
    );
    // GK1 scores U2 normally: the conflict is per nominee.
    expect(r.points("U2")).toBe(700);
  });
});
