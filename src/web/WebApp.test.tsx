/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { STRINGS } from "../ui/strings";
import { WebApp } from "./WebApp";

// Fluent's charts ship as ES modules jest does not load; no chart shows before a ranking anyway, and the
// Chromium test (test/ui/web.test.ts) draws them.
jest.mock("./ScoreChart", () => ({ ScoreChart: () => null }));

describe("WebApp", () => {
  it("before a file: the privacy notice, the file button, no ranking; English at a switch", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WebApp />
      </FluentProvider>
    );
    expect(screen.getByText(STRINGS.vi.web.privacy)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: STRINGS.vi.web.choose })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: STRINGS.vi.web.ranking })).toBeNull();
    fireEvent.click(screen.getByRole("switch", { name: "English" }));
    expect(screen.getByText(STRINGS.en.web.privacy)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: STRINGS.en.web.choose })).toBeInTheDocument();
  });
});
