import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { regenerate } from "../commands/regenerate";
import { officeHost } from "./officeHost";
import { TaskPane } from "./TaskPane";

/* global Office, Excel, document */

// One shared runtime: the pane and the ribbon command live in this page.
Office.onReady(() => {
  Office.actions.associate("regenerate", async (event: Office.AddinCommands.Event) => {
    await regenerate(Excel.run, () => Office.addin.showAsTaskpane());
    event.completed();
  });
  const language = Office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <TaskPane host={officeHost(Excel.run)} language={language} />
      </FluentProvider>
    );
});
