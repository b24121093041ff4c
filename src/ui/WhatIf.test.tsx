/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { Move, WeightTarget } from "../engine";
import type { WhatIfModel } from "./PaneHost";
import { STRINGS } from "./strings";
import { SETTLE_MS } from "./useWhatIf";
import { WhatIf } from "./WhatIf";

const target: WeightTarget = {
  key: "cBC1",
  kind: "criterion",
  label: "BC1",
  max: 40,
  place: { sheet: "Tiêu chí", cell: "B2" },
  applies: (c) => c.code === "BC1",
};

const swap: Move = {
  id: "TT25.04",
  name: "Sở Văn hóa",
  rankBefore: 2,
  rankAfter: 1,
  awardsBefore: [],
  awardsAfter: ["Cờ thi đua"],
};

function renderWhatIf(run: WhatIfModel["run"]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <WhatIf model={{ targets: [target], run }} strings={STRINGS.vi} language="vi" />
    </FluentProvider>
  );
  return screen.getByRole("slider");
}

describe("WhatIf", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("re-ranks once the slider settles, lists who moves and says which cell to edit", () => {
    const run = jest.fn<readonly Move[], [WeightTarget, number]>(() => [swap]);
    const slider = renderWhatIf(run);
    fireEvent.change(slider, { target: { value: "120" } });
    fireEvent.change(slider, { target: { value: "125" } });
    expect(run).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(SETTLE_MS));
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(target, 1.25);
    expect(screen.getByText("Trọng số 125%: điểm tối đa 40 → 50")).toBeInTheDocument();
    expect(
      screen.getByText(/TT25\.04 Sở Văn hóa: hạng 2 → 1; \(không có\) → Cờ thi đua/)
    ).toBeInTheDocument();
    expect(screen.getByText(/mã ở ô Tiêu chí!B2\) thành 50 rồi Xếp hạng lại/)).toBeInTheDocument();
  });

  it("at 100 % runs nothing and lists nobody", () => {
    const run = jest.fn<readonly Move[], [WeightTarget, number]>(() => [swap]);
    const slider = renderWhatIf(run);
    fireEvent.change(slider, { target: { value: "90" } });
    fireEvent.change(slider, { target: { value: "100" } });
    act(() => jest.advanceTimersByTime(SETTLE_MS));
    expect(run).not.toHaveBeenCalled();
    expect(screen.queryByText(/TT25\.04/)).toBeNull();
  });
});
