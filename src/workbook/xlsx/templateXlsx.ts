import { type OutputColumn, type TemplateSheet, templateWidth } from "../../engine";
import { ensureStyles } from "./styles";
import type { SheetStyles } from "./sheetXml";
import { putTableSheet } from "./writeXlsx";
import { emptyPackage } from "./emptyPackage";
import type { XlsxPackage } from "./XlsxPackage";

/** The blank council workbook: each template sheet as a table, with its drop-downs and column notes (contract §1-4, §8, §11). */
export function templateXlsx(template: readonly TemplateSheet[]): Uint8Array {
  const pkg = emptyPackage();
  const styles = ensureStyles(pkg);
  for (const t of template) putTemplateSheet(pkg, t, styles);
  return pkg.toBytes();
}

/** One template sheet as a table with its notes and drop-downs: the caller has checked the name is free. */
export function putTemplateSheet(pkg: XlsxPackage, t: TemplateSheet, styles: SheetStyles): void {
  const columns: OutputColumn[] = t.columns.map((c, i) => {
    const width = templateWidth(t, i);
    return { header: c.header, format: width > 48 ? "longText" : "text", width };
  });
  const validations = t.columns.map((c, col) => ({
    col,
    title: c.header,
    note: c.note,
    ...(c.list ? { list: c.list } : {}),
    ...(c.source
      ? { source: `${c.source.table}[${c.source.column}]`, strict: c.source.strict }
      : {}),
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
