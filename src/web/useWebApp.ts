import { useMemo, useRef, useState } from "react";
import type { Language, RankResult } from "../engine";
import type { PaneHost } from "../ui/PaneHost";
import { STRINGS } from "../ui/strings";
import { download } from "../ui/download";
import { NOMINEE_ROW } from "./RankingGrid";
import { type NamedDocument, type OpenFile, webHost } from "./webHost";

/**
 * The web page has no cells to select: a message's address shows its nominee's row in the ranking
 * (once there is one), and says which cell to edit in Excel.
 */
function withRowLinks(
  host: PaneHost,
  ranked: () => boolean,
  label: (where: string) => string
): PaneHost {
  return {
    ...host,
    selectable: (m) => m.nominee !== null && ranked(),
    selectLabel: label,
    selectCell: async (_sheet, _cell, nominee) => {
      const row = document.querySelector<HTMLElement>(
        `[${NOMINEE_ROW}="${CSS.escape(nominee ?? "")}"]`
      );
      row?.scrollIntoView({ block: "center" });
      row?.focus();
    },
  };
}

/**
 * The web page's state: the language, the workbook opened (or merged into), the last ranking and its
 * documents, and the pane's host over them.
 */
export function useWebApp() {
  const [language, setLanguage] = useState<Language>("vi");
  const [file, setFile] = useState<OpenFile | null>(null);
  // The pane starts afresh for a file the user opens, not for the merged workbook it goes on with.
  const [opened, setOpened] = useState(0);
  const [ranked, setRanked] = useState<{ result: RankResult; output: Uint8Array } | null>(null);
  const [documents, setDocuments] = useState<readonly NamedDocument[]>([]);
  const fileRef = useRef(file);
  const languageRef = useRef(language);
  fileRef.current = file;
  languageRef.current = language;
  const rankedRef = useRef(false);
  rankedRef.current = ranked !== null;
  const host = useMemo(
    () =>
      withRowLinks(
        webHost(
          () => fileRef.current,
          () => languageRef.current,
          {
            ranked: (result, output) => setRanked({ result, output }),
            download,
            merged: (name, bytes) => {
              setFile({ name, bytes });
              setRanked(null);
              download(name, bytes);
            },
            // The ballot papers join the run's documents; a document of the same name is replaced.
            documents: (docs) =>
              setDocuments((had) => [
                ...had.filter((h) => !docs.some((d) => d.name === h.name)),
                ...docs,
              ]),
          }
        ),
        () => rankedRef.current,
        (where) => STRINGS[languageRef.current].web.showRow(where)
      ),
    []
  );
  const open = async (f: File | undefined) => {
    if (!f) return;
    setRanked(null);
    setDocuments([]);
    setFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    setOpened((n) => n + 1);
  };
  return { language, setLanguage, file, opened, ranked, documents, host, open };
}
