import { AutoRegenerator } from "./autoRegenerate";

describe("regenerate after edits", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs once, 1.5 s after the last local edit to an input sheet", async () => {
    const regenerate = jest.fn(async () => undefined);
    const auto = new AutoRegenerator(regenerate);
    auto.changed({ source: "Local", sheetName: "Kết quả" });
    jest.advanceTimersByTime(1000);
    auto.changed({ source: "Local", sheetName: "Kết quả" });
    jest.advanceTimersByTime(1499);
    expect(regenerate).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(regenerate).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["a co-author's remote edit", { source: "Remote", sheetName: "Kết quả" }],
    ["a change to Xếp hạng", { source: "Local", sheetName: "Xếp hạng" }],
    ["a change to Nhật ký", { source: "Local", sheetName: "Nhật ký" }],
    [
      "the add-in's own write (ExcelApi 1.14)",
      { source: "Local", sheetName: "Kết quả", triggerSource: "ThisLocalAddin" },
    ],
  ])("does nothing for %s", (_name, change) => {
    const regenerate = jest.fn(async () => undefined);
    new AutoRegenerator(regenerate).changed(change);
    jest.advanceTimersByTime(5000);
    expect(regenerate).not.toHaveBeenCalled();
  });

  it("ignores changes during a run (its own writes)", async () => {
    const regenerate = jest.fn(async () => undefined);
    const auto = new AutoRegenerator(regenerate);
    let release: () => void = () => undefined;
    const run = auto.guard(() => new Promise<void>((r) => (release = r)));
    auto.changed({ source: "Local", sheetName: "Kết quả" });
    jest.advanceTimersByTime(5000);
    release();
    await run;
    expect(regenerate).not.toHaveBeenCalled();
  });
});
