import type { OutputColumn } from "../../engine/output/buildOutputTable";
import type { TemplateSheet } from "../../engine/template/defaultTemplate";
import { ensureStyles } from "./styles";
import { putTableSheet } from "./writeXlsx";
import { NS, XlsxPackage } from "./XlsxPackage";
import { writeZip } from "./zip";

/** An empty workbook package: the parts every .xlsx needs, no sheet yet. */
function emptyPackage(): XlsxPackage {
  const text = (s: string) => ({ data: new TextEncoder().encode(s) });
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const parts = new Map([
    [
      "[Content_Types].xml",
      text(
        `${head}<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
      ),
    ],
    [
      "_rels/.rels",
      text(
        `${head}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    ],
    [
      "xl/workbook.xml",
      text(`${head}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheets/></workbook>`),
    ],
    ["xl/_rels/workbook.xml.rels", text(`${head}<Relationships xmlns="${NS.pkgRel}"/>`)],
  ]);
  return XlsxPackage.open(writeZip(parts));
}

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
    });
  }
  return pkg.toBytes();
}
