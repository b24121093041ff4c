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
import { useRef, useState } from "react";
import type { Language, RankResult } from "../engine";
import { TaskPane } from "../ui/TaskPane";
import { STRINGS, type UiStrings } from "../ui/strings";
import { RankingGrid } from "./RankingGrid";
import { ScoreChart } from "./ScoreChart";
import { download } from "../ui/download";
import { documentHtml } from "./documentHtml";
import type { NamedDocument, OpenFile } from "./webHost";
import { useWebApp } from "./useWebApp";
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

/** The task pane as a web page over an .xlsx opened in the browser, with the ranking as a table and charts. */
export function WebApp() {
  const styles = useWebStyles();
  const { language, setLanguage, file, opened, ranked, documents, host, open } = useWebApp();
  const strings = STRINGS[language];
  const w = strings.web;
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
      <FileDrop file={file} strings={strings} open={open} />
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
          <Documents documents={documents} strings={strings} />
          {ranked && <Ranked ranked={ranked} file={file} strings={strings} language={language} />}
        </div>
      </div>
    </div>
  );
}

/** The file button, and a box a workbook can be dropped on. */
function FileDrop({
  file,
  strings,
  open,
}: {
  file: OpenFile | null;
  strings: UiStrings;
  open: (f: File | undefined) => Promise<void>;
}) {
  const styles = useWebStyles();
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const w = strings.web;
  return (
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
  );
}

/** The run's documents, each printed through the browser's dialog. */
function Documents({
  documents,
  strings,
}: {
  documents: readonly NamedDocument[];
  strings: UiStrings;
}) {
  const styles = useWebStyles();
  const w = strings.web;
  if (documents.length === 0) return null;
  return (
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
  );
}

/** The ranked workbook to download, its ranking as a table and its charts. */
function Ranked({
  ranked,
  file,
  strings,
  language,
}: {
  ranked: { result: RankResult; output: Uint8Array };
  file: OpenFile | null;
  strings: UiStrings;
  language: Language;
}) {
  const styles = useWebStyles();
  const w = strings.web;
  return (
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
      <RankingGrid nominees={ranked.result.nominees} strings={strings} language={language} />
      <ScoreChart nominees={ranked.result.nominees} strings={strings} language={language} />
    </section>
  );
}
