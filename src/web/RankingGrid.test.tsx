/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rankCouncil } from "../engine/rankCouncil";
import { STRINGS } from "../ui/strings";
import { readXlsx } from "../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../workbook/xlsx/XlsxPackage";
import { NOMINEE_ROW, RankingGrid } from "./RankingGrid";

const sample = rankCouncil(
  readXlsx(XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "examples", "sample.xlsx"))))
);
const w = STRINGS.vi.web;

function showGrid() {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <RankingGrid nominees={sample.nominees} strings={STRINGS.vi} language="vi" />
    </FluentProvider>
  );
  /** The ids of the first scope group's rows, in the order shown. */
  const firstGroup = () => {
    const ids: string[] = [];
    const rows = [...container.querySelectorAll("tbody tr")];
    for (const row of rows.slice(1)) {
      const id = row.getAttribute(NOMINEE_ROW);
      if (id === null) break;
      ids.push(id);
    }
    return ids;
  };
  return { firstGroup };
}

describe("RankingGrid", () => {
  it("groups by scope group in rank order, and sorts within each group by a clicked header", () => {
    const { firstGroup } = showGrid();
    const ranked = sample.nominees.filter((n) => n.scope === sample.nominees[0]?.scope);
    const byRank = firstGroup();
    expect(byRank.length).toBeGreaterThan(2);
    expect(byRank[0]).toBe(ranked.find((n) => n.rank === 1)?.nominee.id);
    fireEvent.click(screen.getByRole("columnheader", { name: w.rank }));
    expect(firstGroup()).toEqual([...byRank].reverse());
    fireEvent.click(screen.getByRole("columnheader", { name: w.score }));
    const scores = firstGroup().map(
      (id) => sample.nominees.find((n) => n.nominee.id === id)?.score.scoreCents ?? 0
    );
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("opens a nominee's Giải thích on demand, and closes it again", () => {
    showGrid();
    const first = sample.nominees[0]!;
    const button = screen.getByRole("button", {
      name: `${w.show} ${w.explain.toLowerCase()}: ${first.nominee.id} ${first.nominee.name}`,
    });
    fireEvent.click(button);
    const panel = screen.getByText(`${w.explain}: ${first.nominee.id} ${first.nominee.name}`);
    expect(panel).toBeInTheDocument();
    expect(within(document.body).getAllByText(/Tổng .* điểm/).length).toBeGreaterThan(0);
    fireEvent.click(button);
    expect(
      screen.queryByText(`${w.explain}: ${first.nominee.id} ${first.nominee.name}`)
    ).toBeNull();
  });
});
