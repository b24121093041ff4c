import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { rankCouncil } from "../rankCouncil";
import { localTime } from "./buildLog";
import { groupMessages, summarize } from "./summarize";

describe("the run summary's lists for the meeting", () => {
  it("an award waiting for the vote is 'chờ bỏ phiếu'; one waiting for another empty cell is not", () => {
    const r = rankCouncil(
      council({
        criteria: [criterion("F", "A", "Tỷ lệ", 100, 100)],
        attributes: ["Tỷ lệ phiếu đồng ý (%)", "Mức độ hoàn thành"],
        nominees: [
          unit("U1", "F", "K", "", "HTXS"),
          unit("U2", "F", "K", 95, ""),
          unit("U3", "F", "K", 70, "HTXS"),
        ],
        codes: ["A"],
        results: [
          ["U1", 90],
          ["U2", 80],
          ["U3", 70],
        ],
        awards: [
          [
            "Cờ",
            1,
            "G1",
            "",
            "",
            "",
            "",
            "",
            'muc_do_hoan_thanh == "HTXS" and ty_le_phieu_dong_y >= 80',
          ],
        ],
      })
    );
    const s = summarize(r, "vi");
    expect(s.awaitingVote.map((p) => p.id)).toEqual(["U1"]);
    expect(s.pending.map((p) => p.id)).toEqual(["U2"]);
    expect(r.nominees.find((n) => n.nominee.id === "U3")?.awards).toEqual([]);
  });
});

describe("the log's time (issue 18)", () => {
  it("is the machine's local time, day first, to the minute", () => {
    const run = { time: "2026-12-01T12:00:30.000Z", offsetMinutes: 420, user: "", source: "" };
    expect(localTime(run)).toBe("01/12/2026 19:00");
    expect(localTime({ ...run, offsetMinutes: -300 })).toBe("01/12/2026 07:00");
    expect(localTime({ ...run, time: "2026-12-31T20:00:00.000Z" })).toBe("01/01/2027 03:00");
  });
});

describe("messages that lead to the fix (issue 18)", () => {
  const r = rankCouncil(
    council({
      criteria: [criterion("F", "A", "Tỷ lệ", 100, 60), criterion("F", "B", "Tỷ lệ", 100, 40)],
      attributes: ["Tỷ lệ phiếu đồng ý (%)"],
      nominees: [unit("U1", "F", "K", ""), unit("U2", "F", "K", 90), unit("U3", "F", "K", 90)],
      codes: ["A", "B"],
      results: [
        ["U1", 90, 80],
        ["U2", "chín mươi", 80],
        ["U3", -5, null],
      ],
      awards: [["Cờ", 1, "", "", "", "", "", 1, "ty_le_phieu_dong_y >= 80"]],
    })
  );
  const items = (language: "vi" | "en") => groupMessages(r, language).flatMap((g) => g.items);

  it("every message of a nominee names it, and the criterion when the message has one; an error says it is not ranked", () => {
    const all = items("vi");
    const of = new Map(r.nominees.map((n) => [n.nominee.id, n]));
    expect(all.some((m) => m.nominee !== null)).toBe(true);
    for (const m of all.filter((x) => x.nominee !== null)) {
      const n = of.get(m.nominee as string);
      expect(m.subject.startsWith(`${n?.nominee.id} ${n?.nominee.name}`)).toBe(true);
      if (m.error) expect(m.text.endsWith("Đối tượng này chưa được xếp hạng.")).toBe(true);
    }
    const bad = all.find((m) => m.nominee === "U2");
    expect(`${bad?.subject}: ${bad?.text}`).toBe(
      "U2 Đơn vị U2, A: 'chín mươi' không phải số: nhập số, ví dụ 90 hoặc 12,5. Đối tượng này chưa được xếp hạng."
    );
  });

  it("errors come before warnings; a pending vote points at the empty vote cell, not the nominee's Mã", () => {
    const all = items("vi");
    const firstWarning = all.findIndex((m) => !m.error);
    expect(all.slice(firstWarning).every((m) => !m.error)).toBe(true);
    expect(all.slice(0, firstWarning).length).toBeGreaterThan(0);
    const pending = all.find((m) => m.code === "pending");
    expect(pending && `${pending.sheet}!${pending.cell}`).toBe("Đối tượng!G2");
  });

  it("in English the subject and the consequence are English too", () => {
    const bad = items("en").find((m) => m.nominee === "U2");
    expect(bad?.text).toBe(
      "'chín mươi' is not a number: type a number, such as 90 or 12.5. This nominee is not ranked."
    );
  });
});
