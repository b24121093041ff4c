import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelHost, installGlobals } from "../../test/helpers/strictExcel";
import { runOn, workbookFrom } from "../../test/helpers/strictWorkbook";
import { readXlsx } from "../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../workbook/xlsx/XlsxPackage";
import { regenerate } from "../commands/regenerate";
import { RunLock } from "./autoRegenerate";
import { failureText } from "../workbook/refusal";
import { officeHost } from "./officeHost";

/** The pane's Office host on the strict double: auto-regeneration on and off, the ribbon, the settings. */
const sample = readXlsx(
  XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "examples", "sample.xlsx")))
);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const runs = (wb: ReturnType<typeof workbookFrom>) => Math.max(0, wb.grid("Nhật ký").length - 1);

describe("the add-in's host on the strict double", () => {
  it("auto-regeneration: one run after a user's edit to an input, none for its own writes, none once off", async () => {
    const wb = workbookFrom(sample);
    const host = new ExcelHost(wb, { apiVersion: 14 });
    installGlobals(host);
    const pane = officeHost(runOn(host), new RunLock(), () => undefined);
    await pane.autoRegenerate?.set(true);
    expect(host.startup).toBe("Load");
    wb.userEdit("Kết quả", 14, 8, 13, host);
    await wait(2500);
    expect(runs(wb)).toBe(1);
    // Its own writes (events off meanwhile) and an edit to Xếp hạng start nothing.
    wb.userEdit("Xếp hạng", 1, 2, "ghi chú", host);
    await wait(2000);
    expect(runs(wb)).toBe(1);
    await pane.autoRegenerate?.set(false);
    expect(wb.listeners.filter((l) => !l.removed)).toHaveLength(0);
    wb.userEdit("Kết quả", 14, 8, 14, host);
    await wait(2000);
    expect(runs(wb)).toBe(1);
    // Switched on again: one handler, not two.
    await pane.autoRegenerate?.set(true);
    expect(wb.listeners.filter((l) => !l.removed)).toHaveLength(1);
    await pane.autoRegenerate?.set(false);
  }, 20_000);

  it("a co-author's edit does not start a run here", async () => {
    const wb = workbookFrom(sample);
    const mine = new ExcelHost(wb);
    const theirs = new ExcelHost(wb);
    installGlobals(mine);
    const pane = officeHost(runOn(mine), new RunLock(), () => undefined);
    await pane.autoRegenerate?.set(true);
    wb.userEdit("Kết quả", 14, 8, 13, theirs);
    await wait(2000);
    expect(runs(wb)).toBe(0);
    await pane.autoRegenerate?.set(false);
  }, 10_000);

  it("settings are refreshed before saving: a co-author's setting is not put back", async () => {
    const wb = workbookFrom(sample);
    const a = new ExcelHost(wb);
    const b = new ExcelHost(wb);
    installGlobals(b);
    b.settings["Khác"] = "của B";
    b.saveSettings();
    installGlobals(a);
    await officeHost(runOn(a), new RunLock(), () => undefined).autoOpen?.set(false);
    expect(wb.documentSettings).toMatchObject({
      Khác: "của B",
      "Office.AutoShowTaskpaneWithDocument": false,
    });
  });

  it("the ribbon's run that fails is told and opens the pane", async () => {
    const wb = workbookFrom(sample);
    wb.readOnly = true;
    const host = new ExcelHost(wb);
    installGlobals(host);
    const told: unknown[] = [];
    await regenerate(
      runOn(host),
      new RunLock(),
      async () => void (host.paneShown = true),
      (e) => told.push(e)
    );
    // The refusal itself is told: the pane says it in its own language.
    expect(told.map((e) => failureText(e, "vi"))).toEqual([expect.stringContaining("chỉ đọc")]);
    expect(told.map((e) => failureText(e, "en"))).toEqual([expect.stringContaining("read-only")]);
    expect(host.paneShown).toBe(true);
  });
});
