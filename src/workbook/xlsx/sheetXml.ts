import {
  address,
  columnName,
  type FormulaValue,
  type OutputColumn,
  type OutputValue,
} from "../../engine";

/** Style indexes (cellXfs) for a written sheet. */
export interface SheetStyles {
  readonly header: number;
  readonly text: number;
  readonly longText: number;
  readonly integer: number;
  readonly decimal: number;
  /** Bold text: titles and section rows of the proposal list. */
  readonly strong: number;
  /** Italic on a pale amber fill: template rows the council must confirm. */
  readonly flagged: number;
  /** Unlocked cells of a protected form (issue 14): general, and text. */
  readonly input: number;
  readonly inputText: number;
}

export interface SheetContent {
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly (OutputValue | FormulaValue)[])[];
  /** Lines above the table (a form's title), the first in bold; the header then follows a blank row. */
  readonly title?: readonly string[];
  /** Protected without a password: only the cells of `input` columns can be edited (a report form). */
  readonly protect?: boolean;
  /** A cell's own format, where it is not its column's (the filled-in rows of a form's `Thông tin`). */
  readonly cellFormat?: (row: number, col: number) => OutputColumn["format"] | undefined;
  readonly styles: SheetStyles;
  /** Relationship id of the table part, when the sheet holds a table. */
  readonly tableRelId?: string;
  /** A4 landscape fitted to the page width, for printing as it is. */
  readonly print: boolean;
  /** Rows (indexes into `rows`) written in the flagged style. */
  readonly flaggedRows?: ReadonlySet<number>;
  /** Per column: a note shown when a cell is selected, and a drop-down list (the template's columns). */
  readonly validations?: ReadonlyArray<{
    readonly col: number;
    readonly title: string;
    readonly note: string;
    readonly list?: readonly string[];
    /** A list from another table's column: `DoiTuong[Mã]`, through INDIRECT (a validation cannot name a table). */
    readonly source?: string;
    /** A value outside `source` is refused; else the list only suggests. */
    readonly strict?: boolean;
  }>;
}

/** Rows below the header that carry a template's drop-downs and notes, so that added rows have them too. */
export const VALIDATED_ROWS = 500;

/** The 0-based row of the header: 0, or under the title and a blank row. */
export const headerRowOf = (content: Pick<SheetContent, "title">) =>
  content.title?.length ? content.title.length + 1 : 0;

function validationsXml(content: SheetContent): string {
  const v = content.validations ?? [];
  if (v.length === 0) return "";
  const head = headerRowOf(content) + 1;
  const items = v.flatMap((x) => {
    const name = columnName(x.col);
    const sqref = `${name}${head + 1}:${name}${head + VALIDATED_ROWS}`;
    const prompt = `showInputMessage="1" promptTitle="${escapeXml(x.title.slice(0, 32))}" prompt="${escapeXml(x.note.slice(0, 255))}"`;
    // The header cell shows the note too, without a rule (issue 18).
    const header = `<dataValidation allowBlank="1" ${prompt} sqref="${name}${head}"/>`;
    const list = (formula: string, strict: boolean) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="${strict ? 1 : 0}" ${prompt} sqref="${sqref}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    return [
      header,
      x.list
        ? list(`"${x.list.join(",")}"`, true)
        : x.source
          ? list(`INDIRECT("${x.source}")`, x.strict === true)
          : `<dataValidation allowBlank="1" ${prompt} sqref="${sqref}"/>`,
    ];
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

// Characters XML 1.0 forbids, and lone surrogates, would make the part unreadable.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EXCEL_TEXT_LIMIT = 32767;

/** Any character `escapeXml` changes or drops: most texts have none, and are kept as they are. */
const TO_ESCAPE =
  // eslint-disable-next-line no-control-regex -- the characters INVALID_XML removes, and XML's own five
  /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function escapeXml(s: string): string {
  if (!TO_ESCAPE.test(s)) return s;
  return s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const isXmlSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Whitespace a reader may drop or fold unless told to keep it: at either end, a line break, a tab, two spaces. */
function looseSpace(t: string): boolean {
  return (
    t !== "" &&
    (isXmlSpace(t.charCodeAt(0)) ||
      isXmlSpace(t.charCodeAt(t.length - 1)) ||
      t.includes("\n") ||
      t.includes("\t") ||
      t.includes("\r") ||
      t.includes("  "))
  );
}

/** An inline-string cell; `xml:space="preserve"` only where the text's whitespace needs it. */
export function textCell(ref: string, text: string, style: number): string {
  const t = text.length > EXCEL_TEXT_LIMIT ? text.slice(0, EXCEL_TEXT_LIMIT) : text;
  const space = looseSpace(t) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeXml(t)}</t></is></c>`;
}

/** The worksheet part: header row frozen, widths, values as numbers or inline strings. */
export function sheetXml(content: SheetContent): Uint8Array {
  const { columns, rows, styles } = content;
  const top = headerRowOf(content);
  const lastCol = Math.max(columns.length - 1, 0);
  const lastRow = top + Math.max(rows.length, 1);
  const styleOf = columns.map((c) => styles[c.format]);
  const out = new Utf8Pieces();
  out.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    content.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="A1:${address(lastRow, lastCol)}"/>`,
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${top + 1}" topLeftCell="A${top + 2}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${top + 2}" sqref="A${top + 2}"/></sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    "<cols>",
    ...columns.map(
      (c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`
    ),
    "</cols><sheetData>",
    ...(content.title ?? []).map(
      (line, i) =>
        `<row r="${i + 1}">${textCell(`A${i + 1}`, line, i === 0 ? styles.strong : styles.text)}</row>`
    ),
    `<row r="${top + 1}">${columns.map((c, i) => textCell(`${columnName(i)}${top + 1}`, c.header, styles.header)).join("")}</row>`
  );
  rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((v, c) => {
      const own = content.cellFormat?.(r, c);
      const s = own
        ? styles[own]
        : content.flaggedRows?.has(r)
          ? styles.flagged
          : (styleOf[c] ?? styles.text);
      const ref = address(top + r + 1, c);
      // An open cell is written even empty: its style is what unlocks it.
      if (v === null || v === "") {
        if (s === styles.input || s === styles.inputText) cells.push(`<c r="${ref}" s="${s}"/>`);
        return;
      }
      cells.push(
        typeof v === "number"
          ? `<c r="${ref}" s="${s}"><v>${v}</v></c>`
          : typeof v === "string"
            ? textCell(ref, v, s)
            : `<c r="${ref}" s="${s}"><f>${escapeXml(v.formula)}</f></c>`
      );
    });
    out.push(`<row r="${top + r + 2}">${cells.join("")}</row>`);
  });
  out.push(
    "</sheetData>",
    content.protect
      ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0" sort="0"/>'
      : "",
    validationsXml(content),
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
  );
  if (content.print)
    out.push('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  if (content.tableRelId)
    out.push(`<tableParts count="1"><tablePart r:id="${content.tableRelId}"/></tableParts>`);
  out.push("</worksheet>");
  return out.bytes();
}

/** The table part over the written range. */
export function tableXml(
  id: number,
  name: string,
  columns: readonly OutputColumn[],
  rowCount: number,
  top = 0
): string {
  const ref = `A${top + 1}:${address(top + Math.max(rowCount, 1), Math.max(columns.length - 1, 0))}`;
  const cols = columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c.header)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/**
 * UTF-8 of many string pieces, encoded a thousand pieces at a time as they come: a 100,000-row sheet
 * never becomes one giant JavaScript string (two bytes a character for Vietnamese text), and its rows'
 * strings are freed as they are encoded (issue 15: the peak memory of a large council).
 */
export class Utf8Pieces {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private size = 0;

  push(...pieces: string[]): void {
    for (const p of pieces) this.pending.push(p);
    if (this.pending.length >= 1000) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = this.encoder.encode(this.pending.join(""));
    this.pending = [];
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
}

export function utf8(pieces: readonly string[]): Uint8Array {
  const out = new Utf8Pieces();
  for (const p of pieces) out.push(p);
  return out.bytes();
}
