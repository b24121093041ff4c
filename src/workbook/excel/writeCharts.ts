import { CHART_TITLE, type ChartBlock } from "../../engine";
import { blockRows, blockTops } from "../xlsx/chartXml";

/**
 * `Biểu đồ` in Office.js: the title and each block's labels and scores (texts formatted as text first),
 * then a clustered bar chart per block over its cells, beside them, best first, on a 0-100 scale.
 * ExcelApi 1.7 (`reversePlotOrder`); queued in one batch, synced by the caller.
 */
export function writeCharts(sheet: Excel.Worksheet, blocks: readonly ChartBlock[]): void {
  const tops = blockTops(blocks);
  const title = sheet.getRange("A1");
  title.numberFormat = [["@"]];
  title.values = [[CHART_TITLE]];
  title.format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 240;
  blocks.forEach((b, i) => {
    const top = tops[i] as number;
    const head = sheet.getRangeByIndexes(top, 0, 1, 1);
    head.numberFormat = [["@"]];
    head.values = [[b.title]];
    head.format.font.bold = true;
    if (b.bars.length === 0) return;
    const data = sheet.getRangeByIndexes(top + 1, 0, b.bars.length, 2);
    data.numberFormat = b.bars.map(() => ["@", "0.00"]);
    data.values = b.bars.map((bar) => [bar.label, bar.value]);
    const chart = sheet.charts.add("BarClustered", data, "Columns");
    chart.title.text = b.title;
    chart.legend.visible = false;
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 100;
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(`D${top + 1}`, `M${top + blockRows(b)}`);
  });
}
