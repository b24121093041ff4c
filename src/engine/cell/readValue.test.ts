import { isNotApplicable, parseNumberText, readValueCell } from "./readValue";

describe("parseNumberText (contract §4, §13.4)", () => {
  it.each([
    ["85,5", 85.5],
    ["30%", 30],
    ["30 %", 30],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1 150", 1150],
    ["1\u00A0234,5", 1234.5],
    ["1\u202F234.5", 1234.5],
    ["0,125", 0.125],
    ["0.500", 0.5],
    ["1.234.567", 1234567],
    ["1.234.567,5", 1234567.5],
    ["-5", -5],
    ["+7", 7],
    ["  42  ", 42],
    ["1234.567", 1234.567],
  ])("%s → %d", (text, value) =>
    expect(parseNumberText(text)).toMatchObject({ kind: "number", value })
  );

  it.each(["1.234", "12,345", "1.234%", "999,999"])("%s is ambiguous", (text) =>
    expect(parseNumberText(text)).toEqual({ kind: "bad", key: "ambiguous" })
  );

  it.each([
    "1  150",
    "12 34",
    "- 5",
    "1e3",
    "1.",
    ".5",
    "abc",
    "1,2,3",
    "01.234.567",
    "1.23.4",
    "",
  ])("%s is unreadable", (text) =>
    expect(parseNumberText(text)).toEqual({ kind: "bad", key: "unreadable" })
  );

  it("marks a share", () =>
    expect(parseNumberText("15%")).toEqual({ kind: "number", value: 15, share: true }));
});

describe("readValueCell", () => {
  it("reads a percent-formatted cell in percent points, exactly", () =>
    expect(readValueCell({ t: "n", v: 0.633, pct: true })).toEqual({
      kind: "number",
      value: 63.3,
      share: true,
    }));
  it.each(["KAD", "kad", "N/A", "-", "Không áp dụng", "khong ap dung", "Not applicable"])(
    "%s is not applicable",
    (t) => expect(isNotApplicable(t)).toBe(true)
  );
  it("treats whitespace as empty", () =>
    expect(readValueCell({ t: "s", v: "   " })).toEqual({ kind: "empty" }));
  it.each([
    [{ t: "b", v: true } as const, "TRUE"],
    [{ t: "e", v: "#N/A" } as const, "#N/A"],
    [{ t: "n", v: 45000, date: true } as const, "45000"],
  ])("%o is not a value", (cell, shown) =>
    expect(readValueCell(cell)).toEqual({ kind: "bad", key: "notAValue", shown })
  );
});
