// DOM tests (jsdom): jest-dom matchers, and the one browser API jsdom lacks that Fluent UI's MessageBar uses.
import "@testing-library/jest-dom";

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom has no TextDecoder or TextEncoder (browsers and Node do): the .xlsx adapter decodes parts with them.
if (typeof window !== "undefined" && !("TextDecoder" in globalThis)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a test environment shim
  const util = require("node:util") as typeof import("node:util");
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}
