import { AutoRegenerator, RunLock } from "./autoRegenerate";

const inputs = new Set(["kq"]);
const isInput = async (id: string) => inputs.has(id);
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("regenerate after edits", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs once, 1.5 s after the last local edit to an input sheet", async () => {
    const regenerate = jest.fn(async () => undefined);
    const auto = new AutoRegenerator(new RunLock(), regenerate, isInput, () => undefined);
    auto.changed({ source: "Local", worksheetId: "kq" });
    await flush();
    jest.advanceTimersByTime(1000);
    auto.changed({ source: "Local", worksheetId: "kq" });
    await flush();
    jest.advanceTimersByTime(1499);
    expect(regenerate).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await flush();
    expect(regenerate).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["a co-author's remote edit", { source: "Remote", worksheetId: "kq" }],
    [
      "an edit to a sheet that is no input (Xếp hạng, Nhật ký, a note)",
      { source: "Local", worksheetId: "xh" },
    ],
    [
      "the add-in's own write (ExcelApi 1.14)",
      { source: "Local", worksheetId: "kq", triggerSource: "ThisLocalAddin" },
    ],
  ])("does nothing for %s", async (_name, change) => {
    const regenerate = jest.fn(async () => undefined);
    new AutoRegenerator(new RunLock(), regenerate, isInput, () => undefined).changed(change);
    await flush();
    jest.advanceTimersByTime(5000);
    await flush();
    expect(regenerate).not.toHaveBeenCalled();
  });

  it("an edit during another run ranks once, after it, under the same lock", async () => {
    const lock = new RunLock();
    const order: string[] = [];
    const auto = new AutoRegenerator(
      lock,
      async () => void order.push("auto"),
      isInput,
      () => undefined
    );
    let release: () => void = () => undefined;
    const pane = lock.run(
      () => new Promise<void>((r) => (release = () => (order.push("pane"), r())))
    );
    for (let i = 0; i < 3; i++) {
      auto.changed({ source: "Local", worksheetId: "kq" });
      await flush();
      jest.advanceTimersByTime(2000);
      await flush();
    }
    expect(order).toEqual([]);
    release();
    await pane;
    await flush();
    expect(order).toEqual(["pane", "auto"]);
  });

  it("switched off, a pending run is dropped and later edits are ignored", async () => {
    const regenerate = jest.fn(async () => undefined);
    const auto = new AutoRegenerator(new RunLock(), regenerate, isInput, () => undefined);
    auto.changed({ source: "Local", worksheetId: "kq" });
    await flush();
    auto.cancel();
    auto.changed({ source: "Local", worksheetId: "kq" });
    await flush();
    jest.advanceTimersByTime(5000);
    await flush();
    expect(regenerate).not.toHaveBeenCalled();
  });

  it("a failed automatic run is told, not swallowed", async () => {
    const failed = jest.fn();
    const auto = new AutoRegenerator(
      new RunLock(),
      async () => Promise.reject(new Error("hỏng")),
      isInput,
      failed
    );
    auto.changed({ source: "Local", worksheetId: "kq" });
    await flush();
    jest.advanceTimersByTime(1500);
    await flush();
    expect(failed).toHaveBeenCalledWith(new Error("hỏng"));
  });
});
