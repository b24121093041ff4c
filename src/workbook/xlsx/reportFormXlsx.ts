import { INFO_SHEET, REPORT_SHEET, REPORT_TABLE, type ReportForm } from "../../engine";
import { emptyPackage } from "./emptyPackage";
import { ensureStyles } from "./styles";
import { putPlainSheet, putTableSheet } from "./writeXlsx";

/**
 * One unit's report workbook (issue 14 §1): `Báo cáo` with the `BaoCao` table under the period and the
 * deadline, protected without a password so that only `Giá trị` and `Minh chứng` can be typed in, a
 * note on every column and the self-score as live formulas; then `Thông tin` with the reporter's
 * lines and the signatures.
 */
export function reportFormXlsx(form: ReportForm): Uint8Array {
  const pkg = emptyPackage();
  const styles = ensureStyles(pkg);
  putTableSheet(pkg, REPORT_SHEET, REPORT_TABLE, {
    columns: form.columns,
    rows: form.rows,
    title: form.title,
    styles,
    print: true,
    protect: true,
    validations: form.columns.map((c, col) => ({ col, title: c.header, note: c.note })),
  });
  const inputRows = new Set(form.info.flatMap((x, i) => (x.input ? [i] : [])));
  putPlainSheet(pkg, INFO_SHEET, {
    columns: [
      { header: "Mục", format: "text", width: 22 },
      { header: "Nội dung", format: "text", width: 44 },
    ],
    rows: [
      ...form.info.map((x) => [x.label, x.value]),
      [],
      form.signatures.map((s) => s[0]),
      form.signatures.map((s) => s[1]),
    ],
    styles,
    print: false,
    protect: true,
    cellFormat: (row, col) => (col === 1 && inputRows.has(row) ? "inputText" : undefined),
  });
  return pkg.toBytes();
}
