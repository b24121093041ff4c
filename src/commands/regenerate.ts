import { rankWorkbook } from "../rankWorkbook";
import type { RunLock } from "../taskpane/autoRegenerate";
import { ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";
import type { ExcelRun } from "../workbook/excel/excelRun";

/**
 * The ribbon's "Xếp hạng lại": ranks without opening the pane, under the same lock as the pane. When
 * nominees have errors or the run fails, the pane opens and says why (`notify`): no failure is swallowed.
 */
export async function regenerate(
  run: ExcelRun,
  lock: RunLock,
  showPane: () => Promise<void>,
  notify: (error: unknown) => void
): Promise<void> {
  try {
    const { result } = await lock.run(() =>
      rankWorkbook(new ExcelWorkbook(run), {
        time: new Date().toISOString(),
        user: "",
        source: "Excel",
      })
    );
    if (!result.usable || result.nominees.some((r) => r.rank === null)) await showPane();
  } catch (e) {
    notify(e);
    await showPane();
  }
}
