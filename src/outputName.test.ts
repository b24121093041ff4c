import { outputName } from "./outputName";

describe("the default output name (CLI and web page alike)", () => {
  const none = () => false;
  it.each([
    ["so.xlsx", "xlsx", "so-xep-hang.xlsx"],
    ["so-xep-hang.xlsx", "xlsx", "so-xep-hang-2.xlsx"],
    ["so-xep-hang-2.xlsx", "xlsx", "so-xep-hang-3.xlsx"],
    ["so.xlsm", "xlsm", "so-xep-hang.xlsm"],
  ])("%s → %s file: %s", (input, kind, expected) =>
    expect(outputName(input, kind, none)).toBe(expected)
  );

  it("never names the input, and takes another suffix (the ballot papers)", () => {
    expect(outputName("a-xep-hang.xlsx", "xlsx", (p) => p === "a-xep-hang.xlsx")).toBe(
      "a-xep-hang-2.xlsx"
    );
    expect(outputName("sample.xlsx", "xlsx", none, "phieu-bau")).toBe("sample-phieu-bau.xlsx");
  });
});
