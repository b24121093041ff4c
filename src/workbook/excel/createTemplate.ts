import { matchKey, type TemplateSheet, templateWidth } from "../../engine";
import type { ExcelRun } from "./excelRun";

/** Rows below the header that get the drop-downs and notes, so that rows the council adds have them too. */
const VALIDATED_ROWS = 500;
/** A character of Calibri 11 in points, for the column widths the .xlsx template gives in characters. */
const POINTS_PER_CHARACTER = 5.6;
/** The pale amber of rows the council must confirm, as in the .xlsx template. */
const FLAGGED_FILL = "#FFF4CE";

/**
 * "Tạo mẫu" in Excel: each input sheet of the template that the workbook lacks
 * (by sheet or table name) is added as a formatted table with drop-downs and a
 * note on each column. A sheet that exists is never touched.
 */
export function createTemplate(
  run: ExcelRun,
  template: readonly TemplateSheet[]
): Promise<{ created: string[]; existing: string[] }> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    worksheets.load("items");
    tables.load("items");
    await context.sync();
    const taken = new Set([
      ...worksheets.items.map((s) => matchKey(s.name)),
      ...tables.items.map((t) => matchKey(t.name)),
    ]);
    const created: string[] = [];
    const existing: string[] = [];
    for (const t of template) {
      if (taken.has(matchKey(t.sheet)) || taken.has(matchKey(t.table))) {
        existing.push(t.sheet);
        continue;
      }
      created.push(t.sheet);
      const sheet = worksheets.add(t.sheet);
      const width = t.columns.length;
      const rows = [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map((v) => v ?? ""))];
      const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
      // Texts are formatted as text before they are written, so that Excel keeps `00123` or `- …` as typed;
      // an empty cell stays General, so that a count typed into it later is a number.
      range.numberFormat = rows.map((r) =>
        r.map((v) => (typeof v === "string" && v !== "" ? "@" : "General"))
      );
      range.values = rows;
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rows.length, width), true);
      table.name = t.table;
      table.style = "TableStyleMedium2";
      t.columns.forEach((c, i) => {
        const prompt = {
          showPrompt: true,
          title: c.header.slice(0, 32),
          message: c.note.slice(0, 255),
        };
        // The header cell shows the column's note too (issue 18).
        sheet.getRangeByIndexes(0, i, 1, 1).dataValidation.prompt = prompt;
        const column = sheet.getRangeByIndexes(1, i, VALIDATED_ROWS, 1);
        column.dataValidation.prompt = prompt;
        if (c.list)
          column.dataValidation.rule = { list: { inCellDropDown: true, source: c.list.join(",") } };
        else if (c.source) {
          // A validation cannot name a table; INDIRECT of its column follows what the council enters.
          column.dataValidation.rule = {
            list: {
              inCellDropDown: true,
              source: `=INDIRECT("${c.source.table}[${c.source.column}]")`,
            },
          };
          if (!c.source.strict)
            column.dataValidation.errorAlert = {
              showAlert: false,
              style: "Information",
              title: "",
              message: "",
            };
        }
        const width = templateWidth(t, i);
        const whole = sheet.getRangeByIndexes(0, i, rows.length, 1);
        whole.format.columnWidth = width * POINTS_PER_CHARACTER;
        if (width > 48) whole.format.wrapText = true;
      });
      for (const r of t.flagged ?? []) {
        const row = sheet.getRangeByIndexes(1 + r, 0, 1, width);
        row.format.fill.color = FLAGGED_FILL;
        row.format.font.italic = true;
      }
      sheet.freezePanes.freezeRows(1);
      if (t.first) sheet.position = 0;
    }
    await context.sync();
    return { created, existing };
  });
}
