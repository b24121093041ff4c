import type { OutputColumn, OutputValue } from "../../engine";

/** Excel's number format for each kind of output column. */
export const NUMBER_FORMATS: Record<OutputColumn["format"], string> = {
  integer: "0",
  decimal: "0.00",
  text: "@",
  longText: "@",
  input: "General",
  inputText: "@",
};

/** Points per character of column width, for Calibri 11. */
export const POINTS_PER_CHAR = 6.5;

/** A text or number written so that Excel keeps it as it is: text cells are formatted `@` first. */
export const formatOf = (v: OutputValue, numberFormat: string) =>
  typeof v === "number" ? numberFormat : "@";
