import { Reporter } from "../messages/Reporter";
import { findInput } from "../read/findInput";
import { SETTINGS } from "../read/inputs";
import { readSettings } from "../read/readSettings";
import type { WorkbookSnapshot } from "../snapshot";
import { reviewYearOn } from "./awardPresets";
import { type TemplateSheet, councilTemplate } from "./defaultTemplate";

/**
 * The template "Tạo mẫu" writes into a workbook: the preset of the review year its `Cấu hình` names
 * (`Năm xét`), else of the year a council reviews on `today`.
 */
export function templateFor(
  workbook: WorkbookSnapshot | null,
  today: { readonly year: number; readonly month: number }
): readonly TemplateSheet[] {
  const grid = workbook ? findInput(workbook, SETTINGS) : null;
  const year = grid ? readSettings(grid, new Reporter()).year : null;
  return councilTemplate(year ?? reviewYearOn(today.year, today.month));
}

/** Today as `templateFor` takes it. */
export const monthOf = (d: Date) => ({ year: d.getFullYear(), month: d.getMonth() + 1 });
