// DOM tests (jsdom): jest-dom matchers, and the one browser API jsdom lacks that Fluent UI's MessageBar uses.
import "@testing-library/jest-dom";

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
