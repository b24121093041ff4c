import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useWebStyles = makeStyles({
  page: {
    maxWidth: "1100px",
    margin: "0 auto",
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
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(300px, 380px) 1fr",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  grid: { minWidth: "600px" },
  printFrame: { position: "fixed", width: "0", height: "0", ...shorthands.border("0") },
});
