import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { type Sniffed, sniffNonZip, sniffZip } from "./sniffFile";
import { EOF, OPEN, XmlError, XmlReader, checkXml } from "./xmlReader";
import { asUtf8Declared, xmlText } from "./xmlText";
import {
  PackageError,
  ZIP_LIMITS,
  type ZipEntry,
  entryData,
  newEntry,
  openZip,
  writeZip,
} from "./zip";

export { PackageError } from "./zip";

const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;
const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
} as const;

/** The namespaces of a Transitional package; a Strict one has its own (`pkg.ns`). */
export const NS = {
  ...TRANSITIONAL,
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** Content types of the parts the product writes. */
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Relationship types, by the last segment that Transitional and Strict share. */
export type RelKind =
  "worksheet" | "table" | "styles" | "sharedStrings" | "officeDocument" | "drawing" | "chart";

const MAIN_TYPES: Readonly<Record<string, PackageKind>> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroenabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroenabled.main+xml": "xltm",
};
/** The file extension that goes with the workbook part's content type. */
export type PackageKind = "xlsx" | "xlsm" | "xltx" | "xltm";

/** A file that is no SpreadsheetML package at all, and what it is instead. */
export class NotXlsxError extends Error {
  constructor(readonly what: Sniffed) {
    super(what);
  }
}

export interface SheetPart {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The worksheet part, or "" for a chart sheet or when the relationship is missing or points outside. */
  readonly path: string;
  /** A chart, dialog or macro sheet: no cells to read. */
  readonly notWorksheet: boolean;
  readonly state: string;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part, or null when it is external or outside the package. */
  readonly path: string | null;
}

type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
export type XmlElement = NonNullable<XmlDocument["documentElement"]>;

interface Part extends ZipEntry {
  /** The part name, in its case: OPC part names compare case-insensitively, but are written back as they were. */
  readonly name: string;
  /** The zip entry's own name, when it differs (`xl\\workbook.xml`). */
  readonly stored?: string;
}

/**
 * An .xlsx package opened as its parts: parts we do not touch are written back byte for byte, so
 * charts, images, comments and the rest survive. Part names are case-insensitive, XML is matched by
 * namespace URI in Transitional and Strict packages alike, and every inflated part is size-checked.
 */
export class XlsxPackage {
  /** The package's own namespaces: what our parts are written in. */
  readonly ns: { readonly main: string; readonly rel: string };
  readonly workbookPath: string;
  private inflated = 0;
  /** Parts already counted in `inflated`: a part read again (content types, relationships) counts once. */
  private readonly counted = new Set<string>();

  private constructor(private readonly files: Map<string, Part>) {
    const officeDocument = [...this.relationships("").values()].find((r) =>
      isRel(r.type, "officeDocument")
    );
    const path = officeDocument?.path ?? "xl/workbook.xml";
    if (!this.has(path)) throw new NotXlsxError("unknown");
    this.workbookPath = this.nameOf(path);
    // The parts every run reads are checked whole now, so that a broken one is refused before any work.
    for (const part of [
      "[Content_Types].xml",
      this.workbookPath,
      XlsxPackage.relsPath(this.workbookPath),
    ]) {
      const text = this.text(part);
      if (text !== null) checkXml(text, this.nameOf(part));
    }
    this.ns = this.rootNamespace(this.workbookPath) === STRICT.main ? STRICT : TRANSITIONAL;
  }

  /** Throws NotXlsxError for another kind of file, PackageError for a damaged or oversized package. */
  static open(bytes: Uint8Array): XlsxPackage {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new NotXlsxError(sniffNonZip(bytes));
    const files = openZip(bytes);
    const mimetype = files.get("mimetype");
    const foreign = sniffZip(
      [...files.values()].map((f) => f.name),
      mimetype ? new TextDecoder().decode(entryData(mimetype, "mimetype").subarray(0, 200)) : null
    );
    if (foreign) throw new NotXlsxError(foreign);
    if (!files.has("[content_types].xml")) throw new NotXlsxError("unknown");
    return new XlsxPackage(files);
  }

  has(path: string): boolean {
    return this.files.has(path.toLowerCase());
  }

  /** The part's name as stored (its case), or `path` itself for a new part. */
  nameOf(path: string): string {
    return this.files.get(path.toLowerCase())?.name ?? path;
  }

  paths(): string[] {
    return [...this.files.values()].map((f) => f.name);
  }

  bytes(path: string): Uint8Array | undefined {
    const part = this.files.get(path.toLowerCase());
    if (!part) return undefined;
    if (!part.data && !this.counted.has(path.toLowerCase())) {
      this.counted.add(path.toLowerCase());
      this.inflated += part.raw?.size ?? 0;
      if (this.inflated > ZIP_LIMITS.totalBytes)
        throw new PackageError("tooLarge", part.name, "totalSize");
    }
    return entryData(part, part.name);
  }

  /** The part's XML as text, decoded from its encoding; null when there is no such part. */
  text(path: string): string | null {
    const b = this.bytes(path);
    if (!b) return null;
    try {
      return xmlText(b);
    } catch (e) {
      if (e instanceof XmlError) e.part = this.nameOf(path);
      throw e;
    }
  }

  /** A reader over the part's XML; null when there is no such part. */
  reader(path: string): XmlReader | null {
    const t = this.text(path);
    return t === null ? null : new XmlReader(t, this.nameOf(path));
  }

  setText(path: string, text: string): void {
    this.setBytes(path, strToU8(text));
  }

  /** Replaces a part (keeping the name it is stored under) or adds one. */
  setBytes(path: string, bytes: Uint8Array): void {
    const stored = this.files.get(path.toLowerCase())?.stored;
    // Our own part, deflated at once when large: reading it back is not the source's size to count.
    this.counted.add(path.toLowerCase());
    this.files.set(path.toLowerCase(), {
      name: this.nameOf(path),
      ...newEntry(bytes),
      ...(stored ? { stored } : {}),
    });
  }

  remove(path: string): void {
    this.files.delete(path.toLowerCase());
  }

  /** A DOM of the part, to edit; the part is checked first (depth, DTD, broken tags). */
  xml(path: string): XmlDocument {
    const t = this.text(path);
    if (t === null) throw new PackageError("damaged", path, "missingPart");
    checkXml(t, this.nameOf(path));
    return new DOMParser().parseFromString(t, "text/xml");
  }

  setXml(path: string, doc: XmlDocument): void {
    this.setText(path, asUtf8Declared(new XMLSerializer().serializeToString(doc)));
  }

  /** The relationship type URI of this package's conformance class. */
  relType(kind: RelKind): string {
    return `${this.ns.rel}/${kind}`;
  }

  /** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; "" (the package) → `_rels/.rels`. */
  static relsPath(part: string): string {
    const i = part.lastIndexOf("/");
    return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
  }

  /** A relationship target resolved against the part that holds it; null when it leaves the package. */
  static resolve(part: string, target: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(target.split("#")[0] as string);
    } catch {
      return null;
    }
    const parts = decoded.startsWith("/") ? [] : part.split("/").slice(0, -1);
    for (const seg of decoded.split("/")) {
      if (seg === "..") {
        if (parts.length === 0) return null;
        parts.pop();
      } else if (seg !== "." && seg !== "") parts.push(seg);
    }
    return parts.length === 0 ? null : parts.join("/");
  }

  /** Relationships of a part ("" for the package's own), by id, read by namespace URI. */
  relationships(part: string): Map<string, Relationship> {
    const rels = new Map<string, Relationship>();
    const r = this.reader(XlsxPackage.relsPath(part));
    if (!r) return rels;
    for (let t = r.next(); t !== EOF; t = r.next()) {
      if (t !== OPEN || r.local !== "Relationship" || r.ns !== NS.pkgRel) continue;
      const target = r.attr("Target") ?? "";
      const external = r.attr("TargetMode") === "External";
      rels.set(r.attr("Id") ?? "", {
        id: r.attr("Id") ?? "",
        type: r.attr("Type") ?? "",
        path: external ? null : XlsxPackage.resolve(part, target),
      });
    }
    return rels;
  }

  /** The target of the part's first relationship of a kind, when that part exists. */
  related(part: string, kind: RelKind): string | null {
    for (const rel of this.relationships(part).values())
      if (isRel(rel.type, kind) && rel.path !== null && this.has(rel.path))
        return this.nameOf(rel.path);
    return null;
  }

  sheets(): SheetPart[] {
    const rels = this.relationships(this.workbookPath);
    const r = this.reader(this.workbookPath) as XmlReader;
    const sheets: SheetPart[] = [];
    for (let t = r.next(); t !== EOF; t = r.next()) {
      if (t !== OPEN || r.local !== "sheet" || r.ns !== this.ns.main) continue;
      const rId = r.attr("id", this.ns.rel) ?? "";
      const rel = rels.get(rId);
      sheets.push({
        name: r.attr("name") ?? "",
        sheetId: Number(r.attr("sheetId")),
        rId,
        path: rel && isRel(rel.type, "worksheet") && rel.path ? this.nameOf(rel.path) : "",
        notWorksheet: rel !== undefined && rel.path !== null && !isRel(rel.type, "worksheet"),
        state: r.attr("state") ?? "visible",
      });
    }
    return sheets;
  }

  /** The content type of a part: its Override, else the Default of its extension (both case-insensitive). */
  contentType(path: string): string | null {
    const r = this.reader("[Content_Types].xml") as XmlReader;
    const name = `/${path}`.toLowerCase();
    const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    let byDefault: string | null = null;
    for (let t = r.next(); t !== EOF; t = r.next()) {
      if (t !== OPEN || r.ns !== NS.types) continue;
      if (r.local === "Override" && r.attr("PartName")?.toLowerCase() === name)
        return r.attr("ContentType");
      if (r.local === "Default" && r.attr("Extension")?.toLowerCase() === ext)
        byDefault = r.attr("ContentType");
    }
    return byDefault;
  }

  /** xlsx, xlsm, xltx or xltm, by the workbook part's content type. */
  kind(): PackageKind {
    return MAIN_TYPES[(this.contentType(this.workbookPath) ?? "").toLowerCase()] ?? "xlsx";
  }

  /** A digital signature (XML-DSig parts): writing the package invalidates it. */
  isSigned(): boolean {
    return (
      [...this.relationships("").values()].some((r) =>
        r.type.endsWith("/digital-signature/origin")
      ) || this.paths().some((p) => p.toLowerCase().startsWith("_xmlsignatures/"))
    );
  }

  /** A part name not used yet, compared as OPC does (case-insensitively): `xl/worksheets/sheet7.xml`. */
  freeName(prefix: string, suffix: string, from = 1): string {
    let n = from;
    while (this.has(`${prefix}${n}${suffix}`)) n++;
    return `${prefix}${n}${suffix}`;
  }

  toBytes(): Uint8Array {
    return writeZip([...this.files.values()].map((f) => [f.stored ?? f.name, f] as const));
  }

  private rootNamespace(path: string): string {
    const r = this.reader(path) as XmlReader;
    for (let t = r.next(); t !== EOF; t = r.next()) if (t === OPEN) return r.ns;
    return "";
  }
}

/** Whether a relationship type is of a kind, in Transitional or Strict. */
export function isRel(type: string, kind: RelKind): boolean {
  return type === `${TRANSITIONAL.rel}/${kind}` || type === `${STRICT.rel}/${kind}`;
}

/** The main SpreadsheetML namespace in either conformance class. */
export function isMainNs(ns: string): boolean {
  return ns === TRANSITIONAL.main || ns === STRICT.main;
}
