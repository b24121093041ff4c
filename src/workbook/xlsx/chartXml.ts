import { address, CHART_TITLE, type ChartBlock } from "../../engine";
import { escapeXml, textCell } from "./sheetXml";

/** Rows a chart block takes on the sheet: its title, its bars, and room for the chart's height. */
export const blockRows = (b: ChartBlock) => Math.max(b.bars.length + 2, 22);

/** The rows each block starts at, below the sheet's title. */
export function blockTops(blocks: readonly ChartBlock[]): number[] {
  const tops: number[] = [];
  let at = 2;
  for (const b of blocks) {
    tops.push(at);
    at += blockRows(b);
  }
  return tops;
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The chart sheet's cells: per block its title, then a row per bar (label, score), which the block's
 * chart reads; `drawing` is the relationship id of the sheet's drawing.
 */
export function chartSheetXml(
  blocks: readonly ChartBlock[],
  styles: { strong: number; text: number; decimal: number },
  drawing: string | null
): string {
  const rows: string[] = [`<row r="1">${textCell("A1", CHART_TITLE, styles.strong)}</row>`];
  const tops = blockTops(blocks);
  blocks.forEach((b, k) => {
    const at = tops[k] as number;
    rows.push(`<row r="${at + 1}">${textCell(address(at, 0), b.title, styles.strong)}</row>`);
    b.bars.forEach((bar, i) => {
      const r = at + 1 + i;
      rows.push(
        `<row r="${r + 1}">${textCell(address(r, 0), bar.label, styles.text)}<c r="${address(r, 1)}" s="${styles.decimal}"><v>${bar.value}</v></c></row>`
      );
    });
    if (b.more > 0) {
      const r = at + 1 + b.bars.length;
      rows.push(
        `<row r="${r + 1}">${textCell(address(r, 0), `… và ${b.more} đối tượng nữa`, styles.text)}</row>`
      );
    }
  });
  const end =
    blocks.length === 0
      ? 1
      : (tops[tops.length - 1] as number) + blockRows(blocks[blocks.length - 1] as ChartBlock);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:B${end}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    '<cols><col min="1" max="1" width="44" customWidth="1"/><col min="2" max="2" width="10" customWidth="1"/></cols>' +
    `<sheetData>${rows.join("")}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    (drawing ? `<drawing r:id="${drawing}"/>` : "") +
    "</worksheet>"
  );
}

/** The drawing: one chart per block, anchored beside its cells. */
export function drawingXml(blocks: readonly ChartBlock[]): string {
  const tops = blockTops(blocks);
  const anchors = blocks.map((b, i) => {
    const top = tops[i] as number;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top + blockRows(b) - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(b.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`
  );
}

/** A bar chart of one block: the labels and scores of its cells, cached so that it shows without a recalculation. */
export function chartXml(block: ChartBlock, sheet: string, top: number): string {
  const first = top + 2;
  const last = top + 1 + Math.max(block.bars.length, 1);
  const n = block.bars.length;
  const cats = block.bars
    .map((b, i) => `<c:pt idx="${i}"><c:v>${escapeXml(b.label)}</c:v></c:pt>`)
    .join("");
  const vals = block.bars.map((b, i) => `<c:pt idx="${i}"><c:v>${b.value}</c:v></c:pt>`).join("");
  const text = (t: string, size: number) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${escapeXml(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${text(block.title, 1200)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Điểm</c:v></c:tx>' +
    '<c:spPr><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${escapeXml(quoteSheet(sheet))}!$A$${first}:$A$${last}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(quoteSheet(sheet))}!$B$${first}:$B$${last}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="40"/><c:axId val="10"/><c:axId val="20"/></c:barChart>' +
    '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
