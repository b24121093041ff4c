import type { OutputColumn } from "../../engine/output/buildOutputTable";
import type { TemplateSheet } from "../../engine/template/defaultTemplate";
import { ensureStyles } from "./styles";
import { putTableSheet } from "./writeXlsx";
import { emptyPackage } from "./emptyPackage";

/** The blank council workbook: each template sheet as a table, with its drop-downs and column notes (contract §1-4, §8, §11). */
export function templateXlsx(template: readonly TemplateSheet[]): Uint8Array {
  const pkg = emptyPackage();
  const styles = ensureStyles(pkg);
  for (const t of template) {
    const columns: OutputColumn[] = t.columns.map((c) => ({
      header: c.header,
      format: "text",
      width: Math.min(48, Math.max(10, c.header.length + 4)),
    }));
    const validations = t.columns.map((c, col) => ({
      col,
      title: c.header,
      note: c.note,
      ...(c.list ? { list: c.list } : {}),
    }));
    putTableSheet(pkg, t.sheet, t.table, {
      columns,
      rows: t.rows,
      styles,
      print: false,
      validations,
      flaggedRows: new Set(t.flagged ?? []),
    });
  }
  return pkg.toBytes();
}
