import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Text,
  Title2,
  mergeClasses,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { outputName } from "../outputName";
import { useMemo, useRef, useState } from "react";
import type { Language, RankResult } from "../engine";
import { TaskPane } from "../ui/TaskPane";
import { STRINGS } from "../ui/strings";
import type { PaneHost } from "../ui/PaneHost";
import { NOMINEE_ROW, RankingGrid } from "./RankingGrid";
import { ScoreChart } from "./ScoreChart";
import { download } from "../ui/download";
import { documentHtml } from "./documentHtml";
import { type NamedDocument, type OpenFile, webHost } from "./webHost";
import { useWebStyles } from "./WebApp.styles";

/** Opens the browser's print dialog on a document (where "Save as PDF" makes its PDF); the frame stays for the next. */
function printDocument(d: NamedDocument, className: string): void {
  document.querySelectorAll("iframe[data-document]").forEach((f) => f.remove());
  const frame = document.createElement("iframe");
  frame.className = className;
  frame.title = d.name;
  frame.dataset.document = d.name;
  frame.onload = () => frame.contentWindow?.print();
  frame.srcdoc = documentHtml(d.doc, d.name);
  document.body.appendChild(frame);
}

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

/** The task pane as a web page over an .xlsx opened in the browser, with the ranking as a table and charts. */
export function WebApp() {
  const styles = useWebStyles();
  const [language, setLanguage] = useState<Language>("vi");
  const [file, setFile] = useState<OpenFile | null>(null);
  // The pane starts afresh for a file the user opens, not for the merged workbook it goes on with.
  const [opened, setOpened] = useState(0);
  const [ranked, setRanked] = useState<{ result: RankResult; output: Uint8Array } | null>(null);
  const [documents, setDocuments] = useState<readonly NamedDocument[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
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
  const strings = STRINGS[language];
  const w = strings.web;
  const open = async (f: File | undefined) => {
    if (!f) return;
    setRanked(null);
    setDocuments([]);
    setFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    setOpened((n) => n + 1);
  };
  return (
    <div className={styles.page} lang={language}>
      <header className={styles.bar}>
        <Title2 as="h1">Bình Xét</Title2>
        <Switch
          label="English"
          checked={language === "en"}
          onChange={(_, d) => setLanguage(d.checked ? "en" : "vi")}
        />
      </header>
      <MessageBar intent="info">
        <MessageBarBody>{w.privacy}</MessageBarBody>
      </MessageBar>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void open(e.dataTransfer.files[0]);
        }}
      >
        <Button
          appearance={file ? "secondary" : "primary"}
          icon={<FolderOpenRegular />}
          onClick={() => input.current?.click()}
        >
          {w.choose}
        </Button>
        <input
          id="workbook-file"
          ref={input}
          type="file"
          hidden
          aria-label={w.open}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void open(e.target.files?.[0])}
        />
        <Caption1>{w.drop}</Caption1>
        {file && <Text weight="semibold">{w.opened(file.name)}</Text>}
      </div>
      <div className={styles.columns}>
        <TaskPane
          key={opened}
          host={host}
          language={language}
          templateDownload
          followWorkbookLanguage={false}
          noWorkbook={file === null}
        />
        <div className={styles.section}>
          {documents.length > 0 && (
            <section className={styles.section} aria-label={w.documents}>
              <Subtitle2 as="h2">{w.documents}</Subtitle2>
              <div className={styles.bar}>
                {documents.map((d) => (
                  <Button key={d.name} onClick={() => printDocument(d, styles.printFrame)}>
                    {w.print(d.name)}
                  </Button>
                ))}
              </div>
              <Caption1>{w.printHint}</Caption1>
            </section>
          )}
          {ranked && (
            <section className={styles.section} aria-label={w.ranking}>
              <div className={styles.bar}>
                <Subtitle2 as="h2">{w.ranking}</Subtitle2>
                <Button
                  appearance="primary"
                  onClick={() =>
                    download(
                      outputName(file?.name ?? "so.xlsx", "xlsx", (p) => p === file?.name),
                      ranked.output
                    )
                  }
                >
                  {w.download}
                </Button>
              </div>
              <RankingGrid
                nominees={ranked.result.nominees}
                strings={strings}
                language={language}
              />
              <ScoreChart nominees={ranked.result.nominees} strings={strings} language={language} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
