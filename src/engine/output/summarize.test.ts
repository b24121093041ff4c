import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { rankCouncil } from "../rankCouncil";
import { summarize } from "./summarize";

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
