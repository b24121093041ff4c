import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useWebStyles = makeStyles({
  page: {
    maxWidth: "1920px",
    margin: "0 auto",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  drop: {
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusLarge),
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  dragging: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  // The controls beside the results on a wide screen, above them below 1000 px; the results take the rest.
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (min-width: 1000px)": { gridTemplateColumns: "minmax(300px, 340px) minmax(0, 1fr)" },
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  // The table scrolls sideways in its own box: the page never grows wider than the window.
  tableBox: { overflowX: "auto", maxWidth: "100%" },
  // Fluent's table is fixed-layout; auto lets the figures take their width and the texts the rest.
  table: { minWidth: "720px", tableLayout: "auto" },
  narrow: { whiteSpace: "nowrap", width: "1%" },
  wide: { minWidth: "12em" },
  legendText: { textTransform: "none" },
  groupRow: { backgroundColor: tokens.colorNeutralBackground3 },
  printFrame: { position: "fixed", width: "0", height: "0", ...shorthands.border("0") },
});
