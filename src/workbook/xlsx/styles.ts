import { DOMParser } from "@xmldom/xmldom";
import type { PrintStyle } from "../../engine";
import { printStyleKey } from "./printSheetXml";
import type { SheetStyles } from "./sheetXml";
import { addOverride, addRelationship } from "./editPackage";
import { CONTENT_TYPES, PackageError, XlsxPackage, type XmlElement } from "./XlsxPackage";

const minimalStyles = (ns: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${ns}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** The styles part of the workbook, created when a workbook has none. */
function stylesPath(pkg: XlsxPackage): string {
  const found = pkg.related(pkg.workbookPath, "styles");
  // The styles are edited in place: a relationship that names another part as the styles is refused,
  // never followed into writing over that part.
  if (found && pkg.contentType(found)?.toLowerCase() !== CONTENT_TYPES.styles)
    throw new PackageError("damaged", XlsxPackage.relsPath(pkg.workbookPath), "relTarget", found);
  if (found) return found;
  const path = pkg.has("xl/styles.xml") ? pkg.freeName("xl/styles", ".xml") : "xl/styles.xml";
  pkg.setText(path, minimalStyles(pkg.ns.main));
  addRelationship(pkg, pkg.workbookPath, pkg.relType("styles"), path);
  addOverride(pkg, path, CONTENT_TYPES.styles);
  return path;
}

/** An element as comparable text: local names, attributes in order of name, children; no prefixes. */
function canonical(el: XmlElement): string {
  const attrs = Array.from(el.attributes)
    .filter((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"))
    .map((a) => `${a.localName ?? a.name}=${a.value}`)
    .sort()
    .join(" ");
  const kids = Array.from(el.childNodes)
    .filter((n) => n.nodeType === 1)
    .map((n) => canonical(n as XmlElement))
    .join("");
  return `<${el.localName} ${attrs}>${kids}</>`;
}

/** The styles part, parsed: sections found or added in schema order, elements found or appended. */
class StylesPart {
  private readonly path: string;
  private readonly doc: ReturnType<XlsxPackage["xml"]>;
  private readonly root: XmlElement;
  private readonly ns: string;
  private readonly prefix: string;

  constructor(private readonly pkg: XlsxPackage) {
    this.path = stylesPath(pkg);
    this.doc = pkg.xml(this.path);
    this.root = this.doc.documentElement as XmlElement;
    this.ns = this.root.namespaceURI ?? pkg.ns.main;
    this.prefix = this.root.prefix ? `${this.root.prefix}:` : "";
  }

  /** A section of the stylesheet, added before the first of `before` that is there when absent. */
  section(name: string, before: readonly string[]): XmlElement {
    const found = this.root.getElementsByTagNameNS(this.ns, name)[0];
    if (found) return found;
    const el = this.doc.createElementNS(this.ns, `${this.prefix}${name}`);
    const next = Array.from(this.root.childNodes).find((n) =>
      before.includes((n as XmlElement).localName ?? "")
    );
    this.root.insertBefore(el, next ?? null);
    return el;
  }

  /** Index of an element equal to `xml` among the section's children, appending it when absent. */
  findOrAdd(parent: XmlElement, xml: string): number {
    const prefix = this.prefix;
    const named = prefix ? xml.replace(/<(\/?)([a-zA-Z])/g, `<$1${prefix}$2`) : xml;
    const decl = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
    const el = new DOMParser().parseFromString(
      `<${prefix}x ${decl}="${this.ns}">${named}</${prefix}x>`,
      "text/xml"
    ).documentElement?.firstChild as XmlElement;
    const kids = Array.from(parent.childNodes).filter((n) => n.nodeType === 1) as XmlElement[];
    const wanted = canonical(el);
    const same = kids.findIndex((k) => canonical(k) === wanted);
    if (same >= 0) return same;
    parent.appendChild(this.doc.importNode(el, true));
    parent.setAttribute("count", String(kids.length + 1));
    return kids.length;
  }

  save(): void {
    this.pkg.setXml(this.path, this.doc);
  }
}

/**
 * Adds (or finds, on a second run) the few styles the output needs: a bold header on a dark fill,
 * whole numbers, 2 decimals, wrapped text. Every existing style keeps its index. Elements are matched
 * by namespace, written in the styles part's own namespace and with its prefix.
 */
export function ensureStyles(
  pkg: XlsxPackage,
  printStyles: readonly PrintStyle[] = []
): SheetStyles & { print: (s: PrintStyle) => number } {
  const part = new StylesPart(pkg);
  const styles = sheetStyles(part);
  const print = documentStyles(part, printStyles);
  part.save();
  return { ...styles, print: (p) => print.get(printStyleKey(p)) ?? styles.text };
}

const FONTS_BEFORE = ["fills", "borders", "cellStyleXfs", "cellXfs"];
const FILLS_BEFORE = ["borders", "cellStyleXfs", "cellXfs"];
const XFS_BEFORE = ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** The styles of our data sheets. */
function sheetStyles(part: StylesPart): SheetStyles {
  const fonts = part.section("fonts", FONTS_BEFORE);
  const fills = part.section("fills", FILLS_BEFORE);
  const cellXfs = part.section("cellXfs", XFS_BEFORE);
  const font = (xml: string) => part.findOrAdd(fonts, xml);
  const solid = (rgb: string) =>
    part.findOrAdd(
      fills,
      `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`
    );
  const bold = font('<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>');
  const strongFont = font('<font><b/><sz val="11"/><name val="Calibri"/></font>');
  const italicFont = font('<font><i/><sz val="11"/><name val="Calibri"/></font>');
  const amber = solid("FFFFF4CE");
  const fill = solid("FF1F4E79");
  const xf = (attrs: string, alignment: string) =>
    part.findOrAdd(
      cellXfs,
      `<xf ${attrs} borderId="0" xfId="0"${attrs.includes('numFmtId="0"') ? "" : ' applyNumberFormat="1"'} applyAlignment="1"><alignment ${alignment}/></xf>`
    );
  const pale = solid("FFFFFBE6");
  /** A cell left open on a protected sheet, on a pale fill so the unit sees where to type. */
  const open = (numFmt: number, wrap: boolean) =>
    part.findOrAdd(
      cellXfs,
      `<xf numFmtId="${numFmt}" fontId="0" fillId="${pale}" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ""} applyFill="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"${wrap ? ' wrapText="1"' : ""}/><protection locked="0"/></xf>`
    );
  return {
    header: part.findOrAdd(
      cellXfs,
      `<xf numFmtId="0" fontId="${bold}" fillId="${fill}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>`
    ),
    text: xf('numFmtId="0" fontId="0" fillId="0"', 'vertical="top"'),
    longText: xf('numFmtId="0" fontId="0" fillId="0"', 'vertical="top" wrapText="1"'),
    integer: xf('numFmtId="1" fontId="0" fillId="0"', 'vertical="top"'),
    decimal: xf('numFmtId="2" fontId="0" fillId="0"', 'vertical="top"'),
    strong: part.findOrAdd(
      cellXfs,
      `<xf numFmtId="0" fontId="${strongFont}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>`
    ),
    input: open(0, false),
    inputText: open(49, true),
    flagged: part.findOrAdd(
      cellXfs,
      `<xf numFmtId="0" fontId="${italicFont}" fillId="${amber}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>`
    ),
  };
}

/** The Times New Roman styles of the documents (NĐ 30/2020), by style key. */
function documentStyles(part: StylesPart, printStyles: readonly PrintStyle[]): Map<string, number> {
  const fonts = part.section("fonts", FONTS_BEFORE);
  const borders = part.section("borders", ["cellStyleXfs", "cellXfs"]);
  const cellXfs = part.section("cellXfs", XFS_BEFORE);
  const print = new Map<string, number>();
  for (const p of printStyles) {
    const key = printStyleKey(p);
    if (print.has(key)) continue;
    const font = part.findOrAdd(
      fonts,
      `<font>${p.bold ? "<b/>" : ""}${p.italic ? "<i/>" : ""}${p.underline ? "<u/>" : ""}<sz val="${p.size}"/><name val="Times New Roman"/><family val="1"/></font>`
    );
    const border = p.border
      ? part.findOrAdd(
          borders,
          `<border>${["left", "right", "top", "bottom"].map((e) => `<${e} style="thin"><color auto="1"/></${e}>`).join("")}<diagonal/></border>`
        )
      : 0;
    print.set(
      key,
      part.findOrAdd(
        cellXfs,
        `<xf numFmtId="49" fontId="${font}" fillId="0" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1"${p.border ? ' applyBorder="1"' : ""} applyAlignment="1"><alignment horizontal="${p.align}" vertical="${p.middle ? "center" : "top"}" wrapText="1"/></xf>`
      )
    );
  }
  return print;
}
