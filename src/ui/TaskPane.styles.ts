import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // Labels never wrap: the bar holds three buttons at 320 px (the narrowest pane Office opens).
  bar: { paddingLeft: 0, paddingRight: 0, columnGap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  command: { whiteSpace: "nowrap", minWidth: "auto", flexShrink: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  tabs: { flexWrap: "wrap" },
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  // A long list (every cell of a merge) scrolls in its own box.
  scrollList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "12rem",
    overflowY: "auto",
  },
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  where: { fontFamily: tokens.fontFamilyMonospace },
});
