import type { Settings } from "../model";
import { type PrintCell, type PrintRow, type PrintStyle, blank, printRow, wide } from "./printDoc";

/**
 * The parts every document of the council shares, as NĐ 30/2020/NĐ-CP Phụ lục I lays them out
 * (meeting.md §3): the two header blocks, the signature block and the recipients.
 */

/** A blank to fill by hand where the workbook does not say. */
export const DOTS = "……………";

export const TEXT: PrintStyle = { size: 13, align: "justify" };
/** A list item of the body: left-aligned, so that its dash or number stays where it starts. */
const ITEM: PrintStyle = { size: 13, align: "left" };
const RULE: PrintStyle = { size: 8, align: "center" };
const HEAD_LEFT: PrintStyle = { size: 12, align: "center" };
export const NATION: PrintStyle = { size: 12, bold: true, align: "center" };
export const MOTTO: PrintStyle = { size: 13, bold: true, underline: true, align: "center" };
const PLACE_DATE: PrintStyle = { size: 13, italic: true, align: "center" };
const NUMBER: PrintStyle = { size: 13, align: "center" };
export const TITLE: PrintStyle = { size: 14, bold: true, align: "center" };
export const SUBTITLE: PrintStyle = { size: 13, italic: true, align: "center" };
const SIGN: PrintStyle = { size: 13, bold: true, align: "center" };
const SIGN_NOTE: PrintStyle = { size: 12, italic: true, align: "center" };
const TO: PrintStyle = { size: 12, bold: true, italic: true, align: "left" };
const TO_LINE: PrintStyle = { size: 11, align: "left" };
export const DRAFT: PrintStyle = { size: 13, bold: true, align: "center" };

const INDENT = "      ";

/** A paragraph of the body across the page, its first line indented. */
export const paragraph = (columns: readonly number[], text: string): PrintRow =>
  wide(columns, `${INDENT}${text}`, TEXT);

/** A list item of the body, indented as a paragraph and left-aligned. */
export const item = (columns: readonly number[], text: string): PrintRow =>
  wide(columns, `${INDENT}${text}`, ITEM);

/** The issuing body's name, upper case: `Hội đồng` of the settings, else the usual name. */
export function councilName(settings: Settings): string {
  return (settings.council || "Hội đồng Thi đua - Khen thưởng").toUpperCase();
}

/** `Số: 12/TTr-HĐTĐKT`, or a blank before the code for the clerk to number. */
export function letterNumber(settings: Settings): string {
  const n = settings.letterNumber.trim();
  if (n === "") return "…/TTr-HĐTĐKT";
  return n.includes("/") ? n : `${n}/TTr-HĐTĐKT`;
}

/** `Hà Nội, ngày … tháng … năm …`: the date is written when the document is signed. */
export function placeAndDate(settings: Settings): string {
  return `${settings.place.trim() || DOTS}, ngày … tháng … năm …`;
}

/** Column where the right-hand blocks (Quốc hiệu, signature) start. */
export interface Halves {
  readonly columns: readonly number[];
  readonly split: number;
}

const left = (h: Halves, text: string, style: PrintStyle): PrintCell => ({
  col: 0,
  span: h.split,
  text,
  style,
});
const right = (h: Halves, text: string, style: PrintStyle): PrintCell => ({
  col: h.split,
  span: h.columns.length - h.split,
  text,
  style,
});
const pair = (h: Halves, l: PrintCell | null, r: PrintCell | null): PrintRow =>
  printRow(
    h.columns,
    [l, r].filter((c): c is PrintCell => c !== null)
  );

/**
 * The header: governing body and council (left), Quốc hiệu and Tiêu ngữ (right); then the number
 * (left) and the place and date (right). `number` is null for a document without one (the minutes).
 */
export function headerRows(h: Halves, settings: Settings, number: string | null): PrintRow[] {
  const body = settings.governingBody.trim();
  return [
    pair(
      h,
      left(h, body === "" ? DOTS : body.toUpperCase(), HEAD_LEFT),
      right(h, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", NATION)
    ),
    pair(h, left(h, councilName(settings), NATION), right(h, "Độc lập - Tự do - Hạnh phúc", MOTTO)),
    // The short rule under the issuing body (a drawn line in Word; a line of box-drawing dashes here).
    pair(h, left(h, "─".repeat(12), RULE), null),
    pair(
      h,
      number === null ? null : left(h, `Số: ${number}`, NUMBER),
      right(h, placeAndDate(settings), PLACE_DATE)
    ),
    blank(),
  ];
}

/** A line of a signature or recipients block. */
export interface BlockLine {
  readonly text: string;
  readonly style: "to" | "toLine" | "sign" | "note";
}

const BLOCK_STYLES = { to: TO, toLine: TO_LINE, sign: SIGN, note: SIGN_NOTE };

/** The council's signer: TM. HỘI ĐỒNG / CHỦ TỊCH, room for the signature and seal, the name. */
export function councilSigner(settings: Settings): BlockLine[] {
  return signer(
    ["TM. HỘI ĐỒNG", (settings.signerTitle.trim() || "Chủ tịch").toUpperCase()],
    settings.signer,
    true
  );
}

/** A signer's block: the titles, the note, four lines of room, the name (or a blank to fill). */
export function signer(titles: readonly string[], name: string, seal = false): BlockLine[] {
  return [
    ...titles.map((text) => ({ text, style: "sign" as const })),
    { text: seal ? "(Ký, ghi rõ họ tên, đóng dấu)" : "(Ký, ghi rõ họ tên)", style: "note" },
    { text: "", style: "sign" },
    { text: "", style: "sign" },
    { text: "", style: "sign" },
    { text: name.trim() || DOTS, style: "sign" },
  ];
}

/** Two blocks side by side under the text: recipients or a second signer on the left, the signer on the right. */
export function signatureRows(
  h: Halves,
  leftBlock: readonly BlockLine[],
  rightBlock: readonly BlockLine[]
): PrintRow[] {
  const rows: PrintRow[] = [blank()];
  for (let i = 0; i < Math.max(rightBlock.length, leftBlock.length); i++) {
    const l = leftBlock[i];
    const r = rightBlock[i];
    rows.push(
      pair(
        h,
        l && l.text !== "" ? left(h, l.text, BLOCK_STYLES[l.style]) : null,
        r && r.text !== "" ? right(h, r.text, BLOCK_STYLES[r.style]) : null
      )
    );
  }
  return rows;
}

/** `Nơi nhận:` and its lines, for the left of the signature block. */
export function recipients(lines: readonly string[]): BlockLine[] {
  return [
    { text: "Nơi nhận:", style: "to" },
    ...lines.map((text) => ({ text, style: "toLine" as const })),
  ];
}
