import {
  Menu,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Toolbar,
  ToolbarButton,
  Tooltip,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  CheckmarkCircleRegular,
  DocumentArrowLeftRegular,
  DocumentTableRegular,
  DocumentAddRegular,
  HistoryRegular,
  MoreHorizontalRegular,
  TaskListSquareLtrRegular,
  VoteRegular,
} from "@fluentui/react-icons";
import { type RefObject, useRef } from "react";
import type { PastFile } from "./PaneHost";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";
import type { Action, Status } from "./useTaskPane";

/** A switch of the menu, kept where the host keeps it (the workbook's settings). */
export interface MenuSwitch {
  readonly name: string;
  readonly label: string;
  readonly on: boolean;
  readonly set: (on: boolean) => void;
}

interface Props {
  readonly strings: UiStrings;
  readonly status: Status;
  readonly run: Readonly<Record<"rank" | "check" | "template" | "ballots", () => void>>;
  /** The web page downloads the template; the add-in adds its sheets. */
  readonly templateDownload: boolean;
  /** With no workbook open (the web page) only the template can be made. */
  readonly noWorkbook: boolean;
  /** Xếp hạng yields the primary look to the empty state's Tạo mẫu: one primary action on the screen. */
  readonly templateFirst: boolean;
  readonly onPast: (files: PastFile[]) => void;
  /** The returned reports picked for "Gộp báo cáo". */
  readonly onReports: (files: PastFile[]) => void;
  /** "Tạo mẫu báo cáo" for a quarter, or the year (null). */
  readonly onForms: (quarter: number | null) => void;
  readonly switches: readonly MenuSwitch[];
}

/**
 * The pane's command bar (Microsoft's add-in design guidance): the primary action first, Kiểm tra next,
 * everything used once a year in a menu, so the bar never wraps at 320 px.
 */
export function CommandBar({
  strings,
  status,
  run,
  templateDownload,
  noWorkbook,
  templateFirst,
  onPast,
  onReports,
  onForms,
  switches,
}: Props) {
  const styles = useStyles();
  const history = useRef<HTMLInputElement>(null);
  const reports = useRef<HTMLInputElement>(null);
  const running = status.state === "running";
  const icon = (action: Action, idle: JSX.Element) =>
    running && status.action === action ? <Spinner size="tiny" /> : idle;
  return (
    <Toolbar aria-label={strings.title} size="medium" className={styles.bar}>
      {(["rank", "check"] as const).map((action) => (
        <ToolbarButton
          key={action}
          className={styles.command}
          appearance={action === "rank" && !templateFirst ? "primary" : "subtle"}
          disabled={running || noWorkbook}
          icon={icon(
            action,
            action === "rank" ? <TaskListSquareLtrRegular /> : <CheckmarkCircleRegular />
          )}
          onClick={run[action]}
        >
          {strings[action]}
        </ToolbarButton>
      ))}
      <MoreMenu
        strings={strings}
        running={running}
        noWorkbook={noWorkbook}
        templateDownload={templateDownload}
        run={run}
        onForms={onForms}
        pick={{
          reports: () => reports.current?.click(),
          history: () => history.current?.click(),
        }}
        switches={switches}
      />
      <FilesInput id="history-files" input={history} label={strings.history.title} to={onPast} />
      <FilesInput
        id="report-files"
        input={reports}
        label={strings.reporting.collect}
        to={onReports}
      />
    </Toolbar>
  );
}

/** Everything used once a year, behind `⋯`: the template, ballots, forms, reports, history, the switches. */
function MoreMenu({
  strings,
  running,
  noWorkbook,
  templateDownload,
  run,
  onForms,
  pick,
  switches,
}: Pick<Props, "strings" | "noWorkbook" | "templateDownload" | "run" | "onForms" | "switches"> & {
  running: boolean;
  /** Opens the file pickers of the returned reports and of last years' workbooks. */
  pick: { reports: () => void; history: () => void };
}) {
  const styles = useStyles();
  const checked = { switches: switches.filter((s) => s.on).map((s) => s.name) };
  return (
    <Menu
      checkedValues={checked}
      onCheckedValueChange={(_, d) => {
        for (const s of switches) if (d.checkedItems.includes(s.name) !== s.on) s.set(!s.on);
      }}
    >
      {/* Icon only, named and with its tooltip: the three commands then fit one line at 320 px. */}
      <Tooltip content={strings.more} relationship="label">
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton
            className={styles.command}
            icon={<MoreHorizontalRegular />}
            disabled={running}
          />
        </MenuTrigger>
      </Tooltip>
      <MenuPopover>
        <MenuList>
          <MenuItem
            icon={templateDownload ? <ArrowDownloadRegular /> : <DocumentAddRegular />}
            onClick={run.template}
          >
            {templateDownload ? strings.web.downloadTemplate : strings.createTemplate}
          </MenuItem>
          <MenuItem icon={<VoteRegular />} disabled={noWorkbook} onClick={run.ballots}>
            {strings.makeBallots}
          </MenuItem>
          <FormsMenu strings={strings} disabled={noWorkbook} onForms={onForms} />
          <MenuItem
            icon={<DocumentArrowLeftRegular />}
            disabled={noWorkbook}
            onClick={pick.reports}
          >
            {strings.reporting.collect}
          </MenuItem>
          <MenuItem icon={<HistoryRegular />} onClick={pick.history}>
            {strings.historyPick}
          </MenuItem>
          {switches.length > 0 && <MenuDivider />}
          {switches.map((s) => (
            <MenuItemCheckbox key={s.name} name="switches" value={s.name}>
              {s.label}
            </MenuItemCheckbox>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** "Tạo mẫu báo cáo": the year's forms, or a quarter's. */
function FormsMenu({
  strings,
  disabled,
  onForms,
}: {
  strings: UiStrings;
  disabled: boolean;
  onForms: (quarter: number | null) => void;
}) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuItem icon={<DocumentTableRegular />} disabled={disabled}>
          {strings.reporting.forms}
        </MenuItem>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {[null, 1, 2, 3, 4].map((q) => (
            <MenuItem key={q ?? 0} onClick={() => onForms(q)}>
              {q === null ? strings.reporting.year : strings.reporting.quarter(q)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A hidden picker of .xlsx files that a menu item opens; the files go to `to`, read. */
function FilesInput({
  id,
  input,
  label,
  to,
}: {
  id: string;
  input: RefObject<HTMLInputElement>;
  label: string;
  to: (files: PastFile[]) => void;
}) {
  return (
    <input
      id={id}
      ref={input}
      type="file"
      multiple
      hidden
      aria-label={label}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      onChange={(e) => {
        void readPicked(e.target.files).then(to);
        // The same files picked again (after fixing one) fire the change again.
        e.target.value = "";
      }}
    />
  );
}

async function readPicked(list: FileList | null): Promise<PastFile[]> {
  return Promise.all(
    [...(list ?? [])].map(async (f) => ({
      name: f.name,
      bytes: new Uint8Array(await f.arrayBuffer()),
      modified: new Date(f.lastModified),
    }))
  );
}
