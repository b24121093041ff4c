import { identifier, matchKey, textKey } from "./normalize";

describe("matchKey (contract §1)", () => {
  it.each([
    ["Tiêu chí", "TIEU CHI"],
    ["Tiêu chí", "tieu_chi"],
    ["Tiêu chí", "Tiêu chí".normalize("NFD")],
    ["Đối tượng", "doi tuong"],
    ["BC.1", "BC1"],
    ["Khóa", "Khoá"],
  ])("%s matches %s", (a, b) => expect(matchKey(a)).toBe(matchKey(b)));
  it("keeps different words apart", () => expect(matchKey("Mã")).not.toBe(matchKey("Tên")));
});

describe("identifier (contract §3)", () => {
  it.each([
    ["Hoàn thành nhiệm vụ", "hoan_thanh_nhiem_vu"],
    ["Số năm CSTĐCS liên tiếp", "so_nam_cstdcs_lien_tiep"],
    ["Tỷ lệ phiếu đồng ý (%)", "ty_le_phieu_dong_y"],
    ["  Đang xem xét kỷ luật ", "dang_xem_xet_ky_luat"],
    ["Nữ".normalize("NFD"), "nu"],
  ])("%s → %s", (header, id) => expect(identifier(header)).toBe(id));
});

describe("textKey (contract §13.1)", () => {
  it("ignores case, NFD and outer spaces", () =>
    expect(textKey(" BƯU CHÍNH ".normalize("NFD"))).toBe(textKey("Bưu chính")));
  it("keeps diacritics significant", () =>
    expect(textKey("Bưu chính")).not.toBe(textKey("Buu chinh")));
});
