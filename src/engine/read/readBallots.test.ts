import { type NomineeResult } from "../result";
import { rankCouncil } from "../rankCouncil";
import { type TestCell, council, criterion, sheet, unit } from "../../../test/helpers/snapshot";

/**
 * The ballot rules of issue 12 §5 (meeting.md §1), case by case: the share is of all members, two
 * thirds make the quorum, the votes settle the quota's edge, and no count leaves the award pending.
 */
const VOTE = "Tỷ lệ phiếu đồng ý (%)";

function run(opts: {
  members?: number | null;
  present?: number | null;
  ballots: TestCell[][];
  typed?: Record<string, TestCell>;
  quota?: number;
  scores?: Record<string, number>;
}) {
  const scores = opts.scores ?? { A: 90, B: 80, C: 70 };
  const ids = Object.keys(scores);
  const book = council({
    criteria: [criterion("F", "K1", "Tỷ lệ", 100, 100)],
    attributes: [VOTE],
    nominees: ids.map((id) => unit(id, "F", "K", opts.typed?.[id] ?? null)),
    codes: ["K1"],
    results: ids.map((id) => [id, scores[id] ?? 0]),
    awards: [
      [
        "Cờ thi đua",
        1,
        "Cờ",
        "Tập thể",
        "Khối",
        null,
        null,
        opts.quota ?? 1,
        "ty_le_phieu_dong_y >= 80",
      ],
    ],
    settings: [
      ["Số thành viên Hội đồng", opts.members === undefined ? 10 : opts.members],
      ["Số thành viên dự họp", opts.present === undefined ? 9 : opts.present],
    ],
  });
  const withBallots = {
    ...book,
    sheets: [
      ...book.sheets,
      sheet("Phiếu bầu", [
        ["Hình thức", "Mã đối tượng", "Đồng ý", "Không đồng ý"],
        ...opts.ballots,
      ]),
    ],
  };
  const result = rankCouncil(withBallots);
  const of = (id: string) => result.nominees.find((r) => r.nominee.id === id) as NomineeResult;
  const outcome = (id: string) => of(id).decisions[0]?.outcome.kind;
  const keys = (id: string) => of(id).messages.map((m) => m.key);
  return { result, outcome, keys };
}

describe("the ballot", () => {
  it.each([
    // [case, members, present, votes for A, outcome]
    ["8 of 10 members is 80 %: given", 10, 9, 8, "given"],
    ["7 of 10 is 70 %, even with only 8 present (7/8 would pass)", 10, 8, 7, "condition"],
    ["72 of 90 is exactly 80 %", 90, 80, 72, "given"],
    ["6 of 9 present under two thirds of 10 (7 needed): pending", 10, 6, 6, "pending"],
    ["7 present of 10 is the quorum", 10, 7, 8, "given"],
  ] as const)("%s", (_, members, present, yes, expected) => {
    const { outcome } = run({ members, present, ballots: [["Cờ thi đua", "A", yes, 0]] });
    expect(outcome("A")).toBe(expected);
  });

  it("without a quorum says so once and gives nothing balloted", () => {
    const { result, outcome } = run({ present: 5, ballots: [["Cờ thi đua", "A", 9, 0]] });
    expect(outcome("A")).toBe("pending");
    expect(result.messages.map((m) => m.key)).toContain("noQuorum");
    expect(result.ballot?.valid).toBe(false);
  });

  it("an award with no ballot row and no typed share stays pending; an empty count too", () => {
    const { outcome } = run({ ballots: [["Cờ thi đua", "A", null, null]] });
    expect(outcome("A")).toBe("pending");
    expect(run({ ballots: [] }).outcome("A")).toBe("pending");
  });

  it("without the members or attendance, the counts wait and the run says which key is missing", () => {
    const noMembers = run({ members: null, ballots: [["Cờ thi đua", "A", 9, 0]] });
    expect(noMembers.outcome("A")).toBe("pending");
    expect(noMembers.result.messages.map((m) => m.key)).toContain("ballotNeedsMembers");
    const noPresent = run({ present: null, ballots: [["Cờ thi đua", "A", 9, 0]] });
    expect(noPresent.outcome("A")).toBe("pending");
    expect(noPresent.result.messages.map((m) => m.key)).toContain("ballotNeedsPresent");
  });

  it("a count that cannot be right is said at its cell and leaves the award pending", () => {
    for (const bad of [11, -1, 8.5, "tám"]) {
      const { outcome, keys } = run({ ballots: [["Cờ thi đua", "A", bad, 0]] });
      expect(outcome("A")).toBe("pending");
      expect(keys("A")).toContain("badBallot");
    }
    const { outcome, keys } = run({ ballots: [["Cờ thi đua", "A", 8, 3]] });
    expect(outcome("A")).toBe("pending");
    expect(keys("A")).toContain("ballotTooMany");
  });

  it("a typed share that the ballot contradicts is warned at the vote cell; the ballot decides", () => {
    const { outcome, result } = run({ typed: { A: 95 }, ballots: [["Cờ thi đua", "A", 7, 3]] });
    expect(outcome("A")).toBe("condition");
    const m = result.nominees.flatMap((r) => r.messages).find((x) => x.key === "ballotMismatch");
    expect(m).toMatchObject({ sheet: "Đối tượng", cell: "G2" });
    // A share that agrees (80 typed, 8 of 10 counted) says nothing.
    const agree = run({ typed: { A: 80 }, ballots: [["Cờ thi đua", "A", 8, 2]] });
    expect(agree.keys("A")).not.toContain("ballotMismatch");
  });

  it("a typed share still counts for a nominee the ballot has no row for", () => {
    const { outcome } = run({ typed: { A: 90 }, ballots: [["Cờ thi đua", "B", 9, 0]] });
    expect(outcome("A")).toBe("given");
  });

  it("rows for unknown awards, unballoted awards or unknown nominees are skipped with a reason", () => {
    const { result, outcome } = run({
      ballots: [
        ["Huân chương", "A", 9, 0],
        ["Cờ thi đua", "Z9", 9, 0],
        ["Cờ thi đua", "A", 9, 0],
      ],
    });
    expect(outcome("A")).toBe("given");
    expect(result.messages.map((m) => m.key)).toEqual(
      expect.arrayContaining(["ballotUnknownAward", "ballotUnknownNominee"])
    );
  });

  describe("more candidates than the quota at one rank (A, B, C tied, quota 2)", () => {
    it.each([
      ["the most votes for take the places", [8, 10, 9], ["quota", "given", "given"]],
      [
        "an equal count at the edge stays a tie for the chair; those above are given",
        [9, 10, 9],
        ["tie", "given", "tie"],
      ],
      ["without every count in, the tie stays", [9, 10, null], ["tie", "tie", "tie"]],
    ] as const)("%s", (_, votes, expected) => {
      const ids = ["A", "B", "C"] as const;
      const { outcome } = run({
        scores: { A: 90, B: 90, C: 90 },
        quota: 2,
        ballots: ids.flatMap((id, i) =>
          votes[i] === null ? [] : [["Cờ thi đua", id, votes[i], 0]]
        ),
        typed: { C: 90 },
      });
      expect(ids.map(outcome)).toEqual(expected);
    });
  });
});
