import { address } from "../../engine/messages/message";
import {
  PROPOSAL_COLUMNS,
  PROPOSAL_HEADER_ROW,
  type ProposalDocument,
  type ProposalLineKind,
  proposalLines,
} from "../../engine/output/buildProposals";
import { type SheetStyles, textCell } from "./sheetXml";

/** The proposal list as a worksheet: A4 portrait fitted to the width, header frozen, page numbers in the footer. */
export function proposalSheetXml(doc: ProposalDocument, styles: SheetStyles): string {
  const lines = proposalLines(doc);
  const style: Record<ProposalLineKind, number> = {
    title: styles.strong,
    header: styles.header,
    section: styles.strong,
    row: styles.longText,
    tie: styles.longText,
    blank: styles.text,
    sign: styles.strong,
  };
  const data = lines
    .map((line, r) => {
      const cells = line.cells
        .map((v, c) => {
          if (v === null || v === "") return "";
          const ref = address(r, c);
          return typeof v === "number"
            ? `<c r="${ref}" s="${c === 3 ? styles.decimal : styles.integer}"><v>${v}</v></c>`
            : textCell(ref, v, style[line.kind]);
        })
        .join("");
      // Row heights are given, not left to the reader: LibreOffice and Excel do not grow wrapped rows on load.
      const lines = Math.max(
        1,
        ...line.cells.map((v, c) =>
          typeof v === "string" ? Math.ceil(v.length / ((PROPOSAL_COLUMNS[c]?.[1] ?? 10) - 1)) : 1
        )
      );
      return `<row r="${r + 1}"${lines > 1 && line.kind !== "title" ? ` ht="${lines * 15}" customHeight="1"` : ""}>${cells}</row>`;
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${address(lines.length - 1, PROPOSAL_COLUMNS.length - 1)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${PROPOSAL_HEADER_ROW}" topLeftCell="A${PROPOSAL_HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${PROPOSAL_COLUMNS.map(([, w], i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${data}</sheetData>` +
    '<pageMargins left="0.6" right="0.4" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' +
    "<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>" +
    "</worksheet>"
  );
}
