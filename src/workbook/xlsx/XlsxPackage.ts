import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8 } from "fflate";
import { type ZipEntry, entryData, openZip, writeZip } from "./zip";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

export class NotXlsxError extends Error {}

export interface SheetPart {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly path: string;
}

type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
export type XmlElement = NonNullable<XmlDocument["documentElement"]>;

/**
 * An .xlsx package opened as its parts: parts we do not touch are written
 * back byte for byte, so charts, images, comments and the rest survive.
 */
export class XlsxPackage {
  private constructor(private readonly files: Map<string, ZipEntry>) {}

  static open(bytes: Uint8Array): XlsxPackage {
    let files: Map<string, ZipEntry>;
    try {
      files = openZip(bytes);
    } catch (e) {
      throw new NotXlsxError(e instanceof Error ? e.message : "not a zip file");
    }
    const pkg = new XlsxPackage(files);
    if (!files.has("[Content_Types].xml") || !files.has(pkg.workbookPath))
      throw new NotXlsxError("no workbook part");
    return pkg;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  bytes(path: string): Uint8Array | undefined {
    const e = this.files.get(path);
    return e ? entryData(e) : undefined;
  }

  text(path: string): string | null {
    const b = this.bytes(path);
    return b ? strFromU8(b) : null;
  }

  setText(path: string, text: string): void {
    this.setBytes(path, strToU8(text));
  }

  setBytes(path: string, bytes: Uint8Array): void {
    this.files.set(path, { data: bytes });
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  xml(path: string): XmlDocument {
    const t = this.text(path);
    if (t === null) throw new NotXlsxError(`missing part ${path}`);
    return new DOMParser().parseFromString(t, "text/xml");
  }

  setXml(path: string, doc: XmlDocument): void {
    this.setText(path, new XMLSerializer().serializeToString(doc));
  }

  get workbookPath(): string {
    const rels = this.text("_rels/.rels");
    const target = rels
      ? /Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
          rels
        )
      : null;
    const t = target?.[1] ?? target?.[2] ?? "xl/workbook.xml";
    return t.replace(/^\//, "");
  }

  /** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
  static relsPath(part: string): string {
    const i = part.lastIndexOf("/");
    return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
  }

  /** A relationship target resolved against the part that holds it. */
  static resolve(part: string, target: string): string {
    if (target.startsWith("/")) return target.slice(1);
    const parts = part.split("/").slice(0, -1);
    for (const seg of target.split("/")) {
      if (seg === "..") parts.pop();
      else if (seg !== ".") parts.push(seg);
    }
    return parts.join("/");
  }

  /** Relationships of a part: id → { type, target path }. */
  relationships(part: string): Map<string, { type: string; path: string }> {
    const rels = new Map<string, { type: string; path: string }>();
    const relsPath = XlsxPackage.relsPath(part);
    if (!this.has(relsPath)) return rels;
    const doc = this.xml(relsPath);
    for (const r of Array.from(doc.getElementsByTagName("Relationship"))) {
      if (r.getAttribute("TargetMode") === "External") continue;
      rels.set(r.getAttribute("Id") ?? "", {
        type: r.getAttribute("Type") ?? "",
        path: XlsxPackage.resolve(part, r.getAttribute("Target") ?? ""),
      });
    }
    return rels;
  }

  sheets(): SheetPart[] {
    const doc = this.xml(this.workbookPath);
    const rels = this.relationships(this.workbookPath);
    return Array.from(doc.getElementsByTagName("sheet")).map((s) => {
      const rId = s.getAttributeNS(NS.rel, "id") ?? s.getAttribute("r:id") ?? "";
      return {
        name: s.getAttribute("name") ?? "",
        sheetId: Number(s.getAttribute("sheetId")),
        rId,
        path: rels.get(rId)?.path ?? "",
      };
    });
  }

  toBytes(): Uint8Array {
    return writeZip(this.files);
  }
}
