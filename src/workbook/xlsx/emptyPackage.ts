import { NS, XlsxPackage } from "./XlsxPackage";
import { writeZip } from "./zip";

/** An empty workbook package: the parts every .xlsx needs, no sheet yet. */
export function emptyPackage(): XlsxPackage {
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
