/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { RunSummary } from "../engine";
import { STRINGS } from "./strings";
import { Summary } from "./Summary";

const quiet: RunSummary = {
  nominees: 3,
  ranked: 3,
  withErrors: 0,
  warnings: 0,
  awards: [
    { award: "Cờ thi đua", count: 1 },
    { award: "Bằng khen", count: 0 },
  ],
  ties: [],
  awaitingVote: [],
  pending: [],
  unranked: [],
  provisional: 0,
  nearest: [],
};

const show = (summary: RunSummary) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Summary summary={summary} strings={STRINGS.vi} stability={null} />
    </FluentProvider>
  );

describe("Summary", () => {
  it("a clean run: the count alone, the awards given, no empty section", () => {
    show(quiet);
    expect(screen.getByText("3/3 được xếp hạng")).toBeInTheDocument();
    expect(screen.getByText("Cờ thi đua: 1")).toBeInTheDocument();
    expect(screen.queryByText(/Bằng khen/)).toBeNull();
    expect(screen.queryByText(/có lỗi|cảnh báo/)).toBeNull();
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual([STRINGS.vi.awards]);
  });

  it("lists ties, votes to hold and pending data for the meeting, each under its heading", () => {
    show({
      ...quiet,
      withErrors: 1,
      warnings: 2,
      awards: [],
      ties: [{ id: "U1", name: "Đơn vị 1", award: "Cờ thi đua" }],
      awaitingVote: [{ id: "U2", name: "Đơn vị 2", award: "Bằng khen" }],
      pending: [{ id: "U3", name: "Đơn vị 3", award: "Giấy khen" }],
    });
    expect(screen.getByText("1 có lỗi")).toBeInTheDocument();
    expect(screen.getByText("2 cảnh báo")).toBeInTheDocument();
    expect(screen.getByText(STRINGS.vi.noAwards)).toBeInTheDocument();
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual([
      STRINGS.vi.awards,
      STRINGS.vi.ties,
      STRINGS.vi.awaitingVote,
      STRINGS.vi.pending,
    ]);
    expect(screen.getByText("U1 Đơn vị 1: Cờ thi đua")).toBeInTheDocument();
    expect(screen.getByText("U3 Đơn vị 3: Giấy khen")).toBeInTheDocument();
  });
});
