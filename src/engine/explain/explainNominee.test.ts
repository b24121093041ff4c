import { council, criterion, unit } from "../../../test/helpers/snapshot";
import { type NomineeResult } from "../result";
import { rankCouncil } from "../rankCouncil";
import { explainGap } from "./explainGap";
import { explainNominee } from "./explainNominee";

/** Explanations a council member understands (issue 12 §4). */
const result = rankCouncil(
  council({
    criteria: [
      [...criterion("F", "A", "Tỷ lệ", 100, 100)].map((v, i) =>
        i === 2 ? "Tỷ lệ xã có điểm phục vụ" : v
      ),
    ],
    attributes: ["Mức độ hoàn thành", "Đang xem xét kỷ luật", "Số năm HTXS liên tiếp"],
    nominees: [
      unit("U1", "F", "Cụm 2", "HTXS", "Không", 3),
      unit("U2", "F", "Cụm 2", "KHT", "Không", 3),
      unit("U3", "F", "Cụm 2", "HTT", "Có", 0),
      unit("U4", "F", "Cụm 2", "HTT", "Không", 0),
    ],
    codes: ["A"],
    results: [
      ["U1", 95],
      ["U2", 90],
      ["U3", 85],
      ["U4", 80],
    ],
    awards: [
      ["Cờ", 1, "C", "Tập thể", "Khối", null, 1, null, ""],
      [
        "Tập thể lao động tiên tiến",
        1,
        "T",
        "Tập thể",
        "Khối",
        null,
        null,
        null,
        '(muc_do_hoan_thanh == "HTT" or muc_do_hoan_thanh == "HTXS") and not dang_xem_xet_ky_luat',
      ],
      [
        "Bằng khen",
        1,
        "B",
        "Tập thể",
        "Khối",
        null,
        null,
        null,
        "so_nam_htxs_lien_tiep >= 2 and score >= 90",
      ],
    ],
  })
);
const of = (id: string) => result.nominees.find((r) => r.nominee.id === id) as NomineeResult;

describe("Giải thích in words", () => {
  it("names each criterion by its name, the code after", () => {
    expect(explainNominee(of("U1"), "vi")).toContain("Tỷ lệ xã có điểm phục vụ (A) 95/100");
  });

  it("a rank says the group it counts in, and the most the award allows", () => {
    expect(explainNominee(of("U1"), "vi")).toContain("Cờ: đạt (hạng 1/4 trong Cụm 2)");
    expect(explainNominee(of("U2"), "vi")).toContain("Cờ: hạng 2 trong Cụm 2, tối đa 1");
    expect(explainNominee(of("U2"), "en")).toContain("Cờ: rank 2 in Cụm 2, at most 1");
  });

  it("an award not given names the clause that failed and the value it read", () => {
    expect(explainNominee(of("U2"), "vi")).toContain(
      "Tập thể lao động tiên tiến: chưa đạt: Mức độ hoàn thành là KHT, cần HTT hoặc HTXS"
    );
    expect(explainNominee(of("U3"), "vi")).toContain(
      "Tập thể lao động tiên tiến: chưa đạt: Đang xem xét kỷ luật là Có, cần Không"
    );
    expect(explainNominee(of("U3"), "vi")).toContain(
      "Bằng khen: chưa đạt: Số năm HTXS liên tiếp là 0, cần ≥ 2"
    );
    expect(explainNominee(of("U3"), "en")).toContain(
      "Tập thể lao động tiên tiến: not met: Đang xem xét kỷ luật is Yes, needs No"
    );
  });

  it("Khoảng cách names the criteria, and is empty when no change of score alone changes the proposal", () => {
    expect(explainGap(of("U3"), "vi")).toBe(
      "+10 điểm → 'Cờ', hoặc chỉ Tỷ lệ xã có điểm phục vụ (A) đạt 95"
    );
    // U1 holds every award it can: nothing to say.
    expect(explainGap(of("U1"), "vi")).toBe("");
  });
});
