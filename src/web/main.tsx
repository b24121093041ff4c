import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WebApp } from "./WebApp";

/* global document */

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp />
    </FluentProvider>
  );
