import { type Refusal, WorkbookRefused, failureText, refusalText } from "./refusal";

const EVERY: readonly Refusal[] = [
  { key: "readOnly" },
  { key: "structureProtected" },
  { key: "nameTaken", name: "XepHang" },
  { key: "coAuthorRan" },
  { key: "sheetProtected", sheet: "Xếp hạng" },
  { key: "tableElsewhere", table: "XepHang", sheet: "Dữ liệu" },
  { key: "mergeReadOnly" },
  { key: "mergeSheetProtected", sheet: "Kết quả" },
  { key: "mergeCellsTyped", cells: ["Kết quả!C5", "Kết quả!D7"] },
  { key: "excelTimeout", seconds: 120 },
];
// Letters only Vietnamese uses (after NFC no combining mark is left to match).
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/;

describe("the workbook's refusals, said in the pane's language (issue 13 §3)", () => {
  it.each(EVERY)(
    "$key: Vietnamese, and English with no Vietnamese outside the sheet names",
    (r) => {
      expect(refusalText(r, "vi")).toMatch(VIETNAMESE);
      const en = refusalText(r, "en").normalize("NFC");
      // The facts a refusal names (sheets, cells) are the workbook's own words.
      const facts = Object.values(r).flatMap((v: unknown) => (Array.isArray(v) ? v : [String(v)]));
      const outside = facts.reduce((t: string, f: string) => t.split(f).join(""), en);
      expect([en, VIETNAMESE.test(outside)]).toEqual([en, false]);
    }
  );

  it("a refusal thrown keeps its facts; its message is the Vietnamese text", () => {
    const e = new WorkbookRefused({ key: "sheetProtected", sheet: "Nhật ký" });
    expect(e.message).toBe(
      "Trang 'Nhật ký' đang được bảo vệ: hãy bỏ bảo vệ trang rồi xếp hạng lại."
    );
    expect(failureText(e, "en")).toBe(
      "The sheet 'Nhật ký' is protected: unprotect it, then rank again."
    );
    expect(failureText(new Error("khác"), "en")).toBe("khác");
    expect(failureText("text", "vi")).toBe("text");
  });
});
