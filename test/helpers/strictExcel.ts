/**
 * A strict Excel double: the part of Office.js the add-in uses, behaving as Excel does where
 * office-addin-mock accepts anything. Each behaviour and its source is listed in test/CONTEXT.md.
 * No DOM or Node import: the same file runs in jest and, bundled, in Chromium (test/ui/strictStandIn.ts).
 */

export type Value = string | number | boolean;

export interface CellState {
  value: Value;
  /** A live formula (`=…`), when Excel turned a written string into one. */
  formula?: string;
  format: string;
  style?: Record<string, unknown>;
}

export interface SheetState {
  readonly id: string;
  name: string;
  cells: Map<number, Map<number, CellState>>;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  frozenRows: number;
  layout: Record<string, unknown>;
  /** Merged areas as [top, left, rows, cols]. */
  merges: [number, number, number, number][];
  /** Rows a manual page break comes before. */
  pageBreaks: number[];
  /** Charts added (ExcelApi 1.1): type, source range, and every property set on them. */
  charts: {
    type: string;
    source: [number, number, number, number];
    props: Record<string, unknown>;
  }[];
  showGridlines: boolean;
}

export interface TableState {
  readonly id: string;
  name: string;
  sheet: SheetState;
  top: number;
  left: number;
  rows: number;
  columns: number;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

/** A change event as Excel gives it (WorksheetChangedEventArgs). */
export interface ChangedEvent {
  readonly worksheetId: string;
  readonly address: string;
  readonly source: "Local" | "Remote";
  readonly changeType: string;
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

interface Listener {
  readonly host: ExcelHost;
  readonly context: StrictContext;
  readonly handler: (e: ChangedEvent) => unknown;
  removed: boolean;
}

/** Limits of Excel on the web (Microsoft: "Resource limits and performance optimization for Office Add-ins"). */
export const WEB_LIMITS = { payloadBytes: 5 * 1024 * 1024, readCells: 5_000_000 } as const;
export const CELL_CHARS = 32_767;

/** An Office.js error: `code` as OfficeExtension.Error has it. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

let ids = 0;

export function newSheet(
  name: string,
  rows: readonly (readonly (Value | null)[])[] = [],
  formats?: readonly (readonly string[])[]
): SheetState {
  const sheet: SheetState = {
    id: `{sheet-${++ids}}`,
    name,
    cells: new Map(),
    visibility: "Visible",
    protected: false,
    frozenRows: 0,
    layout: {},
    merges: [],
    pageBreaks: [],
    charts: [],
    showGridlines: true,
  };
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      setCell(sheet, r, c, { value: v, format: formats?.[r]?.[c] ?? "General" });
    })
  );
  return sheet;
}

function setCell(sheet: SheetState, r: number, c: number, cell: CellState | null): void {
  let row = sheet.cells.get(r);
  if (!cell) {
    row?.delete(c);
    return;
  }
  if (!row) sheet.cells.set(r, (row = new Map()));
  row.set(c, cell);
}

const cellAt = (sheet: SheetState, r: number, c: number) => sheet.cells.get(r)?.get(c);

/** The whole workbook, shared by every host (co-authors) on it. */
export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  /** Workbook-scoped defined names. */
  names: string[] = [];
  structureProtected = false;
  readOnly = false;
  /** A cell being edited by the user: batches without `delayForCellEdit` fail. */
  cellEditMode = false;
  private editEnded: (() => void)[] = [];
  /** Document settings as saved in the file. */
  documentSettings: Record<string, unknown> = {};
  /** The sheet the user sees (`Worksheet.activate`). */
  active: string | null = null;
  listeners: Listener[] = [];
  /** Every change made, in order, for tests. */
  readonly log: Omit<ChangedEvent, "triggerSource">[] = [];

  constructor(sheets: SheetState[] = []) {
    this.sheets = sheets;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  endCellEdit(): void {
    this.cellEditMode = false;
    for (const f of this.editEnded.splice(0)) f();
  }

  waitForCellEdit(): Promise<void> {
    return this.cellEditMode ? new Promise((r) => this.editEnded.push(r)) : Promise.resolve();
  }

  /** The user of client `at` types into a cell (converted as typed); other clients see a Remote edit. */
  userEdit(
    sheetName: string,
    r: number,
    c: number,
    value: Value,
    at: ExcelHost | null = null
  ): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const before = cellAt(sheet, r, c);
    const format = before?.format ?? "General";
    setCell(sheet, r, c, { ...convert(value, format), format });
    this.changed(sheet, a1(r, c), at, false);
  }

  /** Values of a sheet as a grid, formulas shown by their value. */
  grid(name: string): Value[][] {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    const rows = Math.max(-1, ...sheet.cells.keys()) + 1;
    return Array.from({ length: rows }, (_, r) => {
      const row = sheet.cells.get(r);
      const width = row ? Math.max(...row.keys()) + 1 : 0;
      return Array.from({ length: width }, (_, c) => displayed(this, sheet, r, c));
    });
  }

  /** Every cell of every sheet that holds a live formula: what the add-in must never create. */
  formulas(): string[] {
    const out: string[] = [];
    for (const s of this.sheets)
      for (const [r, row] of s.cells)
        for (const [c, cell] of row)
          if (cell.formula) out.push(`${s.name}!${a1(r, c)}: ${cell.formula}`);
    return out;
  }

  /**
   * A change reaches every client's listeners after the sync: Local on the client that made it (with
   * `triggerSource` ThisLocalAddin for an add-in's own write, ExcelApi 1.14), Remote on the others;
   * never to a client whose add-in switched events off (`runtime.enableEvents`).
   */
  changed(sheet: SheetState, address: string, at: ExcelHost | null, byAddin: boolean): void {
    const base = { worksheetId: sheet.id, address, changeType: "RangeEdited" };
    this.log.push({ ...base, source: "Local" });
    for (const l of this.listeners) {
      if (l.removed || !l.host.enableEvents) continue;
      const local = at === null || l.host === at;
      const e: ChangedEvent = {
        ...base,
        source: local ? "Local" : "Remote",
        ...(l.host.apiVersion >= 14
          ? { triggerSource: local && byAddin ? "ThisLocalAddin" : "Unknown" }
          : {}),
      };
      l.host.pendingEvents.push(() => l.handler(e));
      l.host.flushEvents();
    }
  }
}

/** Sheet and table names compare as Excel compares them: ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function a1(r: number, c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
}

/**
 * What Excel stores for a string written through `range.values` into a cell of this number format
 * (Microsoft: "Range.values": values are parsed as if typed, unless the format is Text `@`):
 * `=…` a formula; `+x`/`-x` a formula too, failing the sync when it is no valid one (office-js
 * #3256); `00123`, `1e5`, `30%` numbers; `TRUE` a boolean; `2025-01` a date; a leading apostrophe text.
 */
export function convert(v: Value, format: string): { value: Value; formula?: string } {
  if (typeof v !== "string") return { value: v };
  if (v.length > CELL_CHARS)
    throw new OfficeError("InvalidArgument", `a cell holds at most ${CELL_CHARS} characters`);
  if (format === "@") return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=")) return { value: "#NAME?", formula: v };
  const t = v.trim();
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.exec(t);
  if (n) return { value: t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t) };
  if (/^[+-]/.test(t))
    throw new OfficeError(
      "InvalidArgument",
      `'${v}' is parsed as a formula and is not a valid one`
    );
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  const ym = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (ym)
    return {
      value:
        (Date.UTC(Number(ym[1]), Number(ym[2]) - 1, Number(ym[3] ?? 1)) - Date.UTC(1899, 11, 30)) /
        86_400_000,
    };
  return { value: v };
}

function displayed(wb: WorkbookState, sheet: SheetState, r: number, c: number): Value {
  const cell = cellAt(sheet, r, c);
  if (!cell) return "";
  if (cell.formula === undefined) return cell.value;
  if (cell.formula.includes("#REF!")) return "#REF!";
  // A reference to one cell of another sheet, `='Xếp hạng'!B2`, is computed; other formulas keep their value.
  const m = /^='?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)$/.exec(cell.formula);
  if (m) {
    const other = wb.sheet(m[1] as string);
    if (!other) return "#REF!";
    const col = [...(m[2] as string)].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return displayed(wb, other, Number(m[3]) - 1, col);
  }
  return cell.value;
}

/** Sheet names Excel accepts (Microsoft: "Rename a worksheet"). */
export function checkSheetName(wb: WorkbookState, name: string, except?: SheetState): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  )
    throw new OfficeError("InvalidArgument", `'${name}' is not a valid sheet name`);
  if (wb.sheets.some((s) => s !== except && sameName(s.name, name)))
    throw new OfficeError("ItemAlreadyExists", `a sheet named '${name}' exists`);
}

/** Table names Excel accepts: an identifier, no cell reference, unique among tables and names. */
export function checkTableName(wb: WorkbookState, name: string, except?: TableState): void {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    name.length > 255
  )
    throw new OfficeError("InvalidArgument", `'${name}' is not a valid table name`);
  if (
    wb.tables.some((t) => t !== except && sameName(t.name, name)) ||
    wb.names.some((n) => sameName(n, name))
  )
    throw new OfficeError("ItemAlreadyExists", `the name '${name}' is taken`);
}

/** One queued statement of a batch; `bytes` is its share of the request. */
interface Op {
  readonly bytes: number;
  apply(): void;
}

/** A client object whose properties are readable only once loaded and synced (PropertyNotLoaded). */
abstract class ClientObject {
  protected loaded = new Set<string>();
  protected data: Record<string, unknown> = {};
  constructor(readonly context: StrictContext) {}

  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props.split(",").map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : [];
    this.context.queue({ bytes: 40, apply: () => this.fetch(list) });
    return this;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop) && !this.loaded.has("*"))
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Load it and call context.sync() first.`
      );
    return this.data[prop] as T;
  }

  /** At sync: the values of the properties asked for. */
  protected abstract fetch(props: readonly string[]): void;
}

export interface HostOptions {
  /** Excel on the web: 5 MB per request and per response, 5 million cells per read. */
  readonly web?: boolean;
  /** The ExcelApi minor version supported (14 gives `triggerSource`, 13 `Table.resize`). */
  readonly apiVersion?: number;
}

/** One Excel client on the workbook: its own contexts, settings bag and event switch. */
export class ExcelHost {
  enableEvents = true;
  readonly pendingEvents: (() => unknown)[] = [];
  readonly web: boolean;
  readonly apiVersion: number;
  syncs = 0;
  cellsRead = 0;
  bytesSent = 0;
  largestRequest = 0;
  largestResponse = 0;
  runs = 0;
  /** The settings bag as this client holds it (Office.context.document.settings). */
  settings: Record<string, unknown>;
  /** Ribbon commands registered with `Office.actions.associate`, the pane shown, the start-up behaviour. */
  readonly commands: Record<string, unknown> = {};
  paneShown = false;
  startup = "None";

  constructor(
    readonly workbook: WorkbookState,
    options: HostOptions = {}
  ) {
    this.web = options.web ?? false;
    this.apiVersion = options.apiVersion ?? 12;
    this.settings = { ...workbook.documentSettings };
  }

  /** `Excel.run(batch)`, `Excel.run(options, batch)`, `Excel.run(context, batch)`. */
  run<T>(a: unknown, b?: (context: StrictContext) => Promise<T>): Promise<T> {
    const batch = (b ?? a) as (context: StrictContext) => Promise<T>;
    const given = b ? a : undefined;
    const context =
      given instanceof StrictContext
        ? given
        : new StrictContext(
            this,
            (given as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit === true
          );
    this.runs++;
    return batch(context);
  }

  flushEvents(): void {
    // Events reach the add-in after the sync that caused them, on its own turn.
    setTimeout(() => {
      for (const f of this.pendingEvents.splice(0)) void f();
    }, 0);
  }

  isSetSupported(name: string, version: string): boolean {
    const [, minor] = version.split(".").map(Number);
    return name === "ExcelApi" ? (minor ?? 0) <= this.apiVersion : true;
  }

  /** `settings.saveAsync`: the whole bag as this client holds it replaces the document's. */
  saveSettings(): void {
    this.workbook.documentSettings = { ...this.settings };
  }

  /** `settings.refreshAsync`: the bag as the document holds it now. */
  refreshSettings(): void {
    this.settings = { ...this.workbook.documentSettings };
  }
}

export class StrictContext {
  private ops: Op[] = [];
  private reads = 0;
  readonly workbook: WorkbookProxy;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
  };
  readonly runtime: { enableEvents: boolean };

  constructor(
    readonly host: ExcelHost,
    readonly delayForCellEdit: boolean
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.queue({ bytes: 40, apply: () => undefined }),
      suspendScreenUpdatingUntilNextSync: () => this.queue({ bytes: 40, apply: () => undefined }),
    };
    const queue = (op: Op) => this.queue(op);
    this.runtime = {
      get enableEvents() {
        return host.enableEvents;
      },
      set enableEvents(v: boolean) {
        queue({ bytes: 40, apply: () => (host.enableEvents = v) });
      },
    };
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** Cells read by this sync, for the 5-million-cell limit, and bytes of the response. */
  countRead(cells: number, bytes: number): void {
    this.reads += cells;
    this.host.cellsRead += cells;
    this.responseBytes += bytes;
  }
  private responseBytes = 0;

  async sync(): Promise<void> {
    const host = this.host;
    if (host.workbook.cellEditMode) {
      if (!this.delayForCellEdit) {
        this.ops = [];
        throw new OfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
      }
      await host.workbook.waitForCellEdit();
    }
    const ops = this.ops.splice(0);
    host.syncs++;
    const request = ops.reduce((n, o) => n + o.bytes, 0);
    host.bytesSent += request;
    host.largestRequest = Math.max(host.largestRequest, request);
    if (host.web && request > WEB_LIMITS.payloadBytes)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    this.reads = 0;
    this.responseBytes = 0;
    // No rollback: the statements before a failing one stay applied.
    for (const op of ops) op.apply();
    host.largestResponse = Math.max(host.largestResponse, this.responseBytes);
    if (
      host.web &&
      (this.responseBytes > WEB_LIMITS.payloadBytes || this.reads > WEB_LIMITS.readCells)
    )
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${this.responseBytes} bytes, ${this.reads} cells`
      );
    await Promise.resolve();
  }

  /** Fails a write on a protected sheet, a protected structure or a read-only workbook. */
  guardWrite(sheet?: SheetState, structure = false): void {
    const wb = this.host.workbook;
    if (wb.readOnly) throw new OfficeError("AccessDenied", "the workbook is read-only");
    if (structure && wb.structureProtected)
      throw new OfficeError("AccessDenied", "the workbook's structure is protected");
    if (sheet?.protected)
      throw new OfficeError("AccessDenied", `sheet '${sheet.name}' is protected`);
  }
}

const json = (v: unknown) => JSON.stringify(v).length;

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NameCollection;
  readonly protection: ProtectionProxy;
  constructor(private readonly context: StrictContext) {
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, null);
    this.names = new NameCollection(context);
    this.protection = new ProtectionProxy(context);
  }
  private _readOnly: boolean | undefined;
  load(props: string): this {
    if (props.includes("readOnly"))
      this.context.queue({
        bytes: 20,
        apply: () => (this._readOnly = this.context.host.workbook.readOnly),
      });
    return this;
  }
  get readOnly(): boolean {
    if (this._readOnly === undefined) throw new OfficeError("PropertyNotLoaded", "readOnly");
    return this._readOnly;
  }
}

class ProtectionProxy extends ClientObject {
  protected fetch(): void {
    this.loaded.add("protected");
    this.data.protected = this.context.host.workbook.structureProtected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class NameCollection extends ClientObject {
  getItemOrNullObject(name: string): NullableName {
    return new NullableName(this.context, name);
  }
  protected fetch(): void {
    this.loaded.add("items");
    this.data.items = this.context.host.workbook.names.map((n) => ({ name: n }));
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
}

class NullableName extends ClientObject {
  constructor(
    context: StrictContext,
    private readonly name: string
  ) {
    super(context);
    context.queue({ bytes: 40, apply: () => this.fetch() });
  }
  protected fetch(): void {
    this.loaded.add("isNullObject");
    this.data.isNullObject = !this.context.host.workbook.names.some((n) => sameName(n, this.name));
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

type SheetRef = () => SheetState | undefined;

/** `load("items/name, items/id")` loads those of each item; `load("items")` their scalar properties. */
function itemProps(props: readonly string[]): string[] {
  return props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
}

class EventSource {
  constructor(private readonly context: StrictContext) {}
  add(handler: (e: ChangedEvent) => unknown): { context: StrictContext; remove(): void } {
    const listener: Listener = {
      host: this.context.host,
      context: this.context,
      handler,
      removed: true,
    };
    this.context.queue({
      bytes: 60,
      apply: () => (
        (listener.removed = false),
        this.context.host.workbook.listeners.push(listener)
      ),
    });
    const registering = this.context;
    return {
      context: registering,
      // Queued in the registering context: only a sync of that context removes it (Microsoft: "Remove an event handler").
      remove: () => registering.queue({ bytes: 60, apply: () => (listener.removed = true) }),
    };
  }
}

class WorksheetCollection extends ClientObject {
  readonly onChanged: EventSource;
  constructor(context: StrictContext) {
    super(context);
    this.onChanged = new EventSource(context);
  }
  protected fetch(props: readonly string[]): void {
    this.loaded.add("items");
    this.data.items = this.context.host.workbook.sheets.map((s) => {
      const ws = new Worksheet(this.context, () => s);
      ws.preload(itemProps(props));
      return ws;
    });
  }
  get items(): Worksheet[] {
    return this.read("items");
  }
  /** By name or by id, as Office.js takes either. */
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this.context.host.workbook;
      const s = wb.sheets.find((x) => x.id === name) ?? wb.sheet(name);
      if (!s) throw new OfficeError("ItemNotFound", `no sheet '${name}'`);
      return s;
    });
  }
  getItemOrNullObject(name: string): Worksheet {
    const ws = new Worksheet(this.context, () => this.context.host.workbook.sheet(name), true);
    return ws;
  }
  add(name: string): Worksheet {
    let created: SheetState | undefined;
    this.context.queue({
      bytes: 60 + name.length,
      apply: () => {
        const wb = this.context.host.workbook;
        this.context.guardWrite(undefined, true);
        checkSheetName(wb, name);
        created = newSheet(name);
        wb.sheets.push(created);
      },
    });
    return new Worksheet(this.context, () => created);
  }
}

export class Worksheet extends ClientObject {
  readonly tables: TableCollection;
  /** ExcelApi 1.9: `horizontalPageBreaks.add(range)` breaks the page before the range's first row. */
  readonly horizontalPageBreaks: { add(range: Range): void };
  /** ExcelApi 1.1: `charts.add(type, source, seriesBy)`; the chart's properties are kept as set. */
  readonly charts: { add(type: string, source: Range, seriesBy: string): Record<string, unknown> };
  readonly freezePanes: { freezeRows(n: number): void };
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows(rows: string): void };
  readonly protection: { load(): unknown; protected: boolean };

  constructor(
    context: StrictContext,
    readonly resolve: SheetRef,
    private readonly nullable = false
  ) {
    super(context);
    this.tables = new TableCollection(context, this);
    if (nullable) context.queue({ bytes: 40, apply: () => this.fetch(["isNullObject"]) });
    const sheet = () => this.state();
    this.freezePanes = {
      freezeRows: (n) => context.queue({ bytes: 30, apply: () => (sheet().frozenRows = n) }),
    };
    this.horizontalPageBreaks = {
      add: (range) =>
        context.queue({ bytes: 40, apply: () => void sheet().pageBreaks.push(range.top) }),
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        if (!["Auto", "Columns", "Rows"].includes(seriesBy))
          throw new OfficeError("InvalidArgument", `seriesBy ${seriesBy}`);
        const props: Record<string, unknown> = {};
        context.queue({
          bytes: 80,
          apply: () => {
            const s = sheet();
            context.guardWrite(s);
            if (source.sheet.state() !== s)
              throw new OfficeError("InvalidArgument", "a chart's source on another sheet");
            s.charts.push({
              type,
              source: [source.top, source.left, source.rows, source.cols],
              props,
            });
          },
        });
        return recorder(context, props);
      },
    };
    const layout: Record<string, unknown> = {};
    this.pageLayout = new Proxy(layout, {
      get: (_t, p) =>
        p === "setPrintTitleRows"
          ? (rows: string) =>
              context.queue({ bytes: 40, apply: () => (sheet().layout.printTitles = rows) })
          : sheet().layout[String(p)],
      set: (_t, p, v) => (
        context.queue({ bytes: 40, apply: () => (sheet().layout[String(p)] = v) }),
        true
      ),
    }) as Worksheet["pageLayout"];
    const fetch = () => this.fetch(["protection"]);
    const read = () => this.read<boolean>("protection");
    this.protection = {
      load() {
        context.queue({ bytes: 20, apply: fetch });
        return this;
      },
      get protected() {
        return read();
      },
    };
  }

  /** ExcelApi 1.1: the sheet moves to that place in the tab order (0 is first). */
  set position(v: number) {
    this.context.queue({
      bytes: 30,
      apply: () => {
        const sheets = this.context.host.workbook.sheets;
        const s = this.state();
        if (!Number.isInteger(v) || v < 0 || v >= sheets.length)
          throw new OfficeError("InvalidArgument", `position ${v}`);
        sheets.splice(sheets.indexOf(s), 1);
        sheets.splice(v, 0, s);
      },
    });
  }

  /** ExcelApi 1.8. */
  set showGridlines(v: boolean) {
    this.context.queue({ bytes: 30, apply: () => (this.state().showGridlines = v) });
  }

  /** The properties of a sheet listed by `worksheets.load("items/name, items/id")` are read with the list. */
  preload(props: readonly string[]): void {
    this.fetch(props.length > 0 ? props : ["name", "id", "visibility"]);
  }

  state(): SheetState {
    const s = this.resolve();
    if (!s || !this.context.host.workbook.sheets.includes(s))
      throw new OfficeError("ItemNotFound", "the sheet does not exist");
    return s;
  }

  protected fetch(props: readonly string[]): void {
    const s = this.resolve();
    const exists = s !== undefined && this.context.host.workbook.sheets.includes(s);
    if (props.includes("isNullObject") || this.nullable) {
      this.loaded.add("isNullObject");
      this.data.isNullObject = !exists;
    }
    if (!exists) return;
    for (const p of props.length > 0 ? props : ["name", "id", "visibility"]) {
      this.loaded.add(p);
      if (p === "protection") this.data.protection = s.protected;
      else this.data[p] = (s as unknown as Record<string, unknown>)[p];
    }
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.context.queue({
      bytes: 40 + v.length,
      apply: () => {
        const s = this.state();
        this.context.guardWrite(undefined, true);
        checkSheetName(this.context.host.workbook, v, s);
        s.name = v;
      },
    });
  }
  get id(): string {
    return this.read("id");
  }
  set visibility(v: SheetState["visibility"]) {
    this.context.queue({ bytes: 30, apply: () => (this.state().visibility = v) });
  }
  get visibility(): SheetState["visibility"] {
    return this.read("visibility");
  }

  delete(): void {
    this.context.queue({
      bytes: 30,
      apply: () => {
        const wb = this.context.host.workbook;
        const s = this.state();
        this.context.guardWrite(undefined, true);
        wb.sheets = wb.sheets.filter((x) => x !== s);
        const gone = wb.tables.filter((t) => t.sheet === s);
        wb.tables = wb.tables.filter((t) => t.sheet !== s);
        // Formulas that named the sheet or its tables now say #REF! (Excel rewrites them so).
        for (const other of wb.sheets)
          for (const row of other.cells.values())
            for (const cell of row.values())
              if (
                cell.formula &&
                (cell.formula.includes(`${s.name}'!`) ||
                  cell.formula.includes(`${s.name}!`) ||
                  gone.some((t) => cell.formula?.includes(`${t.name}[`)))
              )
                cell.formula = "=#REF!";
      },
    });
  }

  activate(): void {
    this.context.queue({
      bytes: 20,
      apply: () => (this.context.host.workbook.active = this.state().name),
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.context, this, row, col, rows, cols);
  }

  getRange(address: string): Range {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.toUpperCase());
    if (!m) throw new OfficeError("InvalidArgument", `bad address ${address}`);
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const top = Number(m[2]) - 1;
    const left = col(m[1] as string);
    return new Range(
      this.context,
      this,
      top,
      left,
      (m[4] ? Number(m[4]) - 1 : top) - top + 1,
      (m[3] ? col(m[3]) : left) - left + 1
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return Range.used(this.context, this, valuesOnly);
  }

  getUsedRange(valuesOnly = false): Range {
    return Range.used(this.context, this, valuesOnly, false);
  }
}

export class Range extends ClientObject {
  private used: { nullable: boolean; valuesOnly: boolean } | null = null;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;

  constructor(
    context: StrictContext,
    readonly sheet: Worksheet,
    public top: number,
    public left: number,
    public rows: number,
    public cols: number
  ) {
    super(context);
    if (
      rows < 1 ||
      cols < 1 ||
      top < 0 ||
      left < 0 ||
      top + rows > 1_048_576 ||
      left + cols > 16_384
    )
      throw new OfficeError("InvalidArgument", "the range is outside the grid");
    this.format = styleProxy(context, this, "format");
    this.dataValidation = styleProxy(context, this, "validation");
  }

  static used(
    context: StrictContext,
    sheet: Worksheet,
    valuesOnly: boolean,
    nullable = true
  ): Range {
    const r = new Range(context, sheet, 0, 0, 1, 1);
    r.used = { nullable, valuesOnly };
    context.queue({
      bytes: 40,
      apply: () => {
        const s = sheet.resolve();
        if (!s || !context.host.workbook.sheets.includes(s)) {
          // A method of a null object gives a null object (Microsoft: "*OrNullObject methods").
          r.loaded.add("isNullObject");
          r.data.isNullObject = true;
          return;
        }
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (const [row, cells] of s.cells)
          for (const [c, cell] of cells) {
            if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
            top = Math.min(top, row);
            bottom = Math.max(bottom, row);
            left = Math.min(left, c);
            right = Math.max(right, c);
          }
        r.loaded.add("isNullObject");
        r.data.isNullObject = bottom < 0;
        if (bottom < 0 && !nullable) throw new OfficeError("ItemNotFound", "the sheet is empty");
        if (bottom >= 0)
          [r.top, r.left, r.rows, r.cols] = [top, left, bottom - top + 1, right - left + 1];
      },
    });
    return r;
  }

  get isNullObject(): boolean {
    return this.used?.nullable ? this.read("isNullObject") : false;
  }

  protected fetch(props: readonly string[]): void {
    // A null object's properties load as nothing (Microsoft: "*OrNullObject methods and properties").
    if (this.used?.nullable && this.data.isNullObject === true) return;
    const s = this.sheet.state();
    const wb = this.context.host.workbook;
    for (const p of props.length > 0 ? props : ["values", "address"]) {
      this.loaded.add(p);
      const grid = (f: (r: number, c: number) => unknown) =>
        Array.from({ length: this.rows }, (_, i) =>
          Array.from({ length: this.cols }, (_, j) => f(this.top + i, this.left + j))
        );
      if (p === "values") {
        this.data.values = grid((r, c) => displayed(wb, s, r, c));
        this.context.countRead(this.rows * this.cols, json(this.data.values));
      } else if (p === "numberFormat") {
        this.data.numberFormat = grid((r, c) => cellAt(s, r, c)?.format ?? "General");
        // The same cells as their values: their bytes count, not once more as cells.
        this.context.countRead(0, json(this.data.numberFormat));
      } else if (p === "formulas") {
        this.data.formulas = grid((r, c) => cellAt(s, r, c)?.formula ?? displayed(wb, s, r, c));
        this.context.countRead(this.rows * this.cols, json(this.data.formulas));
      } else if (p === "address")
        this.data.address = `'${s.name}'!${a1(this.top, this.left)}:${a1(this.top + this.rows - 1, this.left + this.cols - 1)}`;
      else this.data[p] = (this as unknown as Record<string, unknown>)[p];
    }
  }

  get values(): Value[][] {
    return this.read("values");
  }
  set values(v: Value[][]) {
    this.write("values", v);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][] | string) {
    this.write("numberFormat", v);
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.top;
  }
  get columnIndex(): number {
    return this.left;
  }
  get rowCount(): number {
    return this.rows;
  }
  get columnCount(): number {
    return this.cols;
  }

  private write(prop: "values" | "numberFormat", v: unknown): void {
    const scalar = !Array.isArray(v);
    if (
      !scalar &&
      ((v as unknown[][]).length !== this.rows ||
        (v as unknown[][]).some((r) => r.length !== this.cols))
    )
      throw new OfficeError(
        "InvalidArgument",
        `the ${prop} do not match the range's ${this.rows} × ${this.cols}`
      );
    const at = (i: number, j: number) => (scalar ? v : (v as unknown[][])[i]?.[j]);
    this.context.queue({
      bytes: json(v) + 80,
      apply: () => {
        const s = this.sheet.state();
        this.context.guardWrite(s);
        for (let i = 0; i < this.rows; i++)
          for (let j = 0; j < this.cols; j++) {
            const r = this.top + i;
            const c = this.left + j;
            const old = cellAt(s, r, c);
            if (prop === "numberFormat") {
              setCell(s, r, c, { ...(old ?? { value: "" }), format: String(at(i, j)) });
              continue;
            }
            const value = at(i, j) as Value | null;
            const format = old?.format ?? "General";
            if (value === null || value === "")
              setCell(
                s,
                r,
                c,
                old && (old.format !== "General" || old.style)
                  ? { value: "", format, ...(old.style ? { style: old.style } : {}) }
                  : null
              );
            else
              setCell(s, r, c, {
                ...convert(value, format),
                format,
                ...(old?.style ? { style: old.style } : {}),
              });
          }
        if (prop === "values")
          this.context.host.workbook.changed(
            s,
            `${a1(this.top, this.left)}:${a1(this.top + this.rows - 1, this.left + this.cols - 1)}`,
            this.context.host,
            true
          );
      },
    });
  }

  /** ExcelApi 1.9: values, formats and styles of another range, in one statement. */
  copyFrom(source: Range): void {
    this.context.queue({
      bytes: 60,
      apply: () => {
        const from = source.sheet.state();
        const to = this.sheet.state();
        this.context.guardWrite(to);
        for (let i = 0; i < source.rows; i++)
          for (let j = 0; j < source.cols; j++) {
            const cell = cellAt(from, source.top + i, source.left + j);
            setCell(to, this.top + i, this.left + j, cell ? { ...cell } : null);
          }
        this.context.host.workbook.changed(to, a1(this.top, this.left), this.context.host, true);
      },
    });
  }

  /**
   * ExcelApi 1.2. Merging keeps only the upper-left cell's value, as Excel's Merge & Center does
   * (support.microsoft.com, "Merge and unmerge cells"): a merge over written values loses them, which a
   * test then sees.
   */
  merge(across = false): void {
    this.context.queue({
      bytes: 40,
      apply: () => {
        const s = this.sheet.state();
        this.context.guardWrite(s);
        // `across`: each row of the range is merged on its own (Microsoft: "Range.merge").
        const areas: [number, number, number, number][] = across
          ? Array.from({ length: this.rows }, (_, i) => [this.top + i, this.left, 1, this.cols])
          : [[this.top, this.left, this.rows, this.cols]];
        for (const [top, left, rows, cols] of areas) {
          for (let i = 0; i < rows; i++)
            for (let j = 0; j < cols; j++) {
              if (i === 0 && j === 0) continue;
              const old = cellAt(s, top + i, left + j);
              if (old) setCell(s, top + i, left + j, { ...old, value: "" });
            }
          s.merges.push([top, left, rows, cols]);
        }
      },
    });
  }

  clear(): void {
    this.context.queue({
      bytes: 40,
      apply: () => {
        const s = this.sheet.state();
        this.context.guardWrite(s);
        for (let i = 0; i < this.rows; i++)
          for (let j = 0; j < this.cols; j++) setCell(s, this.top + i, this.left + j, null);
      },
    });
  }

  select(): void {
    this.context.queue({ bytes: 20, apply: () => void this.sheet.state() });
  }
}

/** A chart's properties and methods (`title.text`, `setPosition(a, b)`): each queued, then kept by path. */
function recorder(context: StrictContext, props: Record<string, unknown>): Record<string, unknown> {
  const make = (path: string): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get: (_t, p) => {
          if (typeof p !== "string") return undefined;
          if (p === "setPosition")
            return (from: string, to: string) =>
              context.queue({ bytes: 40, apply: () => (props.position = `${from}:${to}`) });
          return make(path ? `${path}.${p}` : p);
        },
        set: (_t, p, v) => (
          context.queue({
            bytes: 40 + json(v),
            apply: () => (props[`${path ? `${path}.` : ""}${String(p)}`] = v),
          }),
          true
        ),
      }
    );
  return make("");
}

/** `range.format.*` and `range.dataValidation.*`: every assignment is queued and kept on the cells. */
function styleProxy(context: StrictContext, range: Range, kind: string): Record<string, unknown> {
  const make = (path: string): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get: (_t, p) => {
          if (typeof p !== "string") return undefined;
          if (p === "autofitColumns" || p === "autofitRows")
            return () => context.queue({ bytes: 30, apply: () => undefined });
          // `format.borders.getItem("EdgeTop")`: a border object whose properties are styles too.
          if (p === "getItem") return (key: string) => make(`${path}.${key}`);
          return make(`${path}.${p}`);
        },
        set: (_t, p, v) => {
          context.queue({
            bytes: 40 + json(v),
            apply: () => {
              const s = range.sheet.state();
              context.guardWrite(s);
              for (let i = 0; i < range.rows; i++)
                for (let j = 0; j < range.cols; j++) {
                  const cell = cellAt(s, range.top + i, range.left + j) ?? {
                    value: "",
                    format: "General",
                  };
                  cell.style = { ...(cell.style ?? {}), [`${path}.${String(p)}`]: v };
                  setCell(s, range.top + i, range.left + j, cell);
                }
            },
          });
          return true;
        },
      }
    );
  return make(kind);
}

class TableCollection extends ClientObject {
  constructor(
    context: StrictContext,
    private readonly sheet: Worksheet | null
  ) {
    super(context);
  }
  protected fetch(props: readonly string[]): void {
    this.loaded.add("items");
    const wb = this.context.host.workbook;
    this.data.items = wb.tables
      .filter((t) => !this.sheet || t.sheet === this.sheet.state())
      .map((t) => {
        const table = new Table(this.context, () => t);
        table.preload(itemProps(props));
        return table;
      });
  }
  get items(): Table[] {
    return this.read("items");
  }
  getItemOrNullObject(name: string): Table {
    return new Table(
      this.context,
      () => this.context.host.workbook.tables.find((t) => sameName(t.name, name)),
      true
    );
  }
  add(range: Range, hasHeaders: boolean): Table {
    let created: TableState | undefined;
    this.context.queue({
      bytes: 80,
      apply: () => {
        const wb = this.context.host.workbook;
        const s = range.sheet.state();
        this.context.guardWrite(s);
        if (
          wb.tables.some(
            (t) =>
              t.sheet === s &&
              t.top < range.top + range.rows &&
              range.top < t.top + t.rows &&
              t.left < range.left + range.cols &&
              range.left < t.left + t.columns
          )
        )
          throw new OfficeError("InvalidOperation", "a table cannot overlap another");
        let k = wb.tables.length + 1;
        while (
          wb.tables.some((t) => sameName(t.name, `Table${k}`)) ||
          wb.names.some((n) => sameName(n, `Table${k}`))
        )
          k++;
        created = {
          id: `{table-${++ids}}`,
          name: `Table${k}`,
          sheet: s,
          top: range.top,
          left: range.left,
          rows: range.rows,
          columns: range.cols,
          showHeaders: hasHeaders,
          showTotals: false,
          style: "TableStyleMedium2",
        };
        wb.tables.push(created);
      },
    });
    return new Table(this.context, () => created);
  }
}

export class Table extends ClientObject {
  constructor(
    context: StrictContext,
    private readonly resolve: () => TableState | undefined,
    private readonly nullable = false
  ) {
    super(context);
    if (nullable) context.queue({ bytes: 40, apply: () => this.fetch(["isNullObject"]) });
  }
  preload(props: readonly string[]): void {
    this.fetch(props);
  }
  private state(): TableState {
    const t = this.resolve();
    if (!t || !this.context.host.workbook.tables.includes(t))
      throw new OfficeError("ItemNotFound", "no such table");
    return t;
  }
  protected fetch(props: readonly string[]): void {
    const t = this.resolve();
    const exists = t !== undefined && this.context.host.workbook.tables.includes(t);
    this.loaded.add("isNullObject");
    this.data.isNullObject = !exists;
    if (!exists) return;
    for (const p of props.length > 0 ? props : ["name", "showHeaders", "showTotals"]) {
      this.loaded.add(p);
      this.data[p] = (t as unknown as Record<string, unknown>)[p];
    }
  }
  get isNullObject(): boolean {
    return this.nullable ? this.read("isNullObject") : false;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.context.queue({
      bytes: 40,
      apply: () => {
        const t = this.state();
        checkTableName(this.context.host.workbook, v, t);
        t.name = v;
      },
    });
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set style(v: string) {
    this.context.queue({ bytes: 40, apply: () => (this.state().style = v) });
  }
  private sheetProxy: Worksheet | null = null;
  /** One proxy, as Office.js keeps its navigation properties: what is loaded on it stays on it. */
  get worksheet(): Worksheet {
    this.sheetProxy ??= new Worksheet(this.context, () => this.resolve()?.sheet);
    return this.sheetProxy;
  }
  getRange(): Range {
    const r = new Range(this.context, this.worksheet, 0, 0, 1, 1);
    this.context.queue({
      bytes: 30,
      apply: () => {
        const t = this.state();
        [r.top, r.left, r.rows, r.cols] = [t.top, t.left, t.rows, t.columns];
      },
    });
    return r;
  }
  /**
   * TableRowCollection.add (ExcelApi 1.1): rows appended under the table's last row, which it grows to
   * hold. Each row must be as wide as the table (learn.microsoft.com, Excel.TableRowCollection.add); an
   * index inside the table, or a cell below it that is not empty, is not modelled and refused.
   */
  get rows(): { add(index: number | undefined, values: Value[][]): void } {
    return {
      add: (index, values) => {
        if (index !== undefined)
          throw new OfficeError("InvalidArgument", "only appending is modelled");
        this.context.queue({
          bytes: json(values) + 60,
          apply: () => {
            const t = this.state();
            this.context.guardWrite(t.sheet);
            if (values.some((r) => r.length !== t.columns))
              throw new OfficeError("InvalidArgument", "a row must be as wide as the table");
            const first = t.top + t.rows;
            values.forEach((row, i) =>
              row.forEach((v, j) => {
                if (cellAt(t.sheet, first + i, t.left + j))
                  throw new OfficeError(
                    "InvalidOperation",
                    "the cells below the table are not empty"
                  );
                if (v !== "" && v !== null)
                  setCell(t.sheet, first + i, t.left + j, {
                    ...convert(v, "General"),
                    format: "General",
                  });
              })
            );
            t.rows += values.length;
          },
        });
      },
    };
  }
  /** ExcelApi 1.13: the table over a new range of the same sheet, header row in place. */
  resize(range: Range): void {
    if (this.context.host.apiVersion < 13)
      throw new OfficeError("ApiNotFound", "Table.resize needs ExcelApi 1.13");
    this.context.queue({
      bytes: 40,
      apply: () => {
        const t = this.state();
        this.context.guardWrite(t.sheet);
        if (range.top !== t.top)
          throw new OfficeError("InvalidArgument", "the header row must stay in place");
        [t.rows, t.columns] = [range.rows, range.cols];
      },
    });
  }
  delete(): void {
    this.context.queue({
      bytes: 30,
      apply: () => {
        const wb = this.context.host.workbook;
        const t = this.state();
        wb.tables = wb.tables.filter((x) => x !== t);
      },
    });
  }
}

/** The Excel enums the add-in names. */
export const EXCEL_ENUMS = {
  VerticalAlignment: { top: "Top", center: "Center" },
  HorizontalAlignment: { left: "Left", center: "Center", right: "Right" },
  PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
  PaperType: { a4: "A4" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
} as const;

/** `Office` as the add-in sees it on this client: requirement sets, the settings bag, start-up. */
export function officeFor(host: ExcelHost, language = "vi-VN") {
  const done = (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" });
  return {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    StartupBehavior: { load: "Load", none: "None" },
    onReady: (cb?: (info: { host: string }) => void) => {
      setTimeout(() => cb?.({ host: "Excel" }), 0);
      return Promise.resolve({ host: "Excel" });
    },
    actions: {
      associate: (name: string, fn: unknown) => (host.commands[name] = fn),
    },
    addin: {
      showAsTaskpane: () => ((host.paneShown = true), Promise.resolve()),
      setStartupBehavior: (b: string) => ((host.startup = b), Promise.resolve()),
    },
    context: {
      displayLanguage: language,
      diagnostics: { platform: host.web ? "OfficeOnline" : "PC" },
      requirements: {
        isSetSupported: (name: string, version: string) => host.isSetSupported(name, version),
      },
      document: {
        settings: {
          get: (k: string) => host.settings[k] ?? null,
          set: (k: string, v: unknown) => (host.settings[k] = v),
          remove: (k: string) => delete host.settings[k],
          saveAsync: (cb?: (r: { status: string }) => void) => (host.saveSettings(), done(cb)),
          refreshAsync: (cb?: (r: { status: string }) => void) => (
            host.refreshSettings(),
            done(cb)
          ),
        },
      },
    },
  };
}

/** Makes this client the one `Office` and `Excel` name (jest's global object, or the page's window). */
export function installGlobals(
  host: ExcelHost,
  language = "vi-VN",
  target: object = globalThis
): void {
  Object.assign(target, {
    Office: officeFor(host, language),
    Excel: { ...EXCEL_ENUMS, run: (a: unknown, b?: unknown) => host.run(a, b as never) },
  });
}
