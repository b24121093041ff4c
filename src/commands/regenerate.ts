import { rankWorkbook } from "../rankWorkbook";
import { type ExcelRun, ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";

/**
 * The ribbon's "Xếp hạng lại": ranks without opening the pane. When nominees
 * have errors or the run fails, the pane opens so the secretary sees why.
 */
export async function regenerate(run: ExcelRun, showPane: () => Promise<void>): Promise<void> {
  try {
    const { result } = await rankWorkbook(new ExcelWorkbook(run), {
      time: new Date().toISOString(),
      user: "",
      source: "Excel",
    });
    if (!result.usable || result.nominees.some((r) => r.rank === null)) await showPane();
  } catch {
    await showPane();
  }
}
