import type {
  Language,
  MessageItem,
  Move,
  NomineeResult,
  RunSummary,
  Settings,
  Stability,
  WeightTarget,
} from "../engine";

/** What one run shows: the messages by sheet, and after ranking, the summary. */
export interface RunReport {
  readonly language: Language;
  readonly usable: boolean;
  readonly messages: ReadonlyArray<{
    readonly sheet: string;
    readonly items: readonly MessageItem[];
  }>;
  /** How many of the messages are errors and warnings: the bar's colour and the tab's badge. */
  readonly counts: { readonly errors: number; readonly warnings: number };
  readonly summary: RunSummary;
  /** The settings in force, as read from the workbook's `Cấu hình` sheet (the source of truth co-authors share). */
  readonly settings: Settings;
  /** After ranking: what moved since the last run (empty for a check). */
  readonly changes: readonly string[];
  /** After ranking: awards surviving every weight at ±10 %. */
  readonly stability: Stability | null;
  /** After ranking: re-rank with one weight changed, in memory only (issue 6 §4). */
  readonly whatIf: WhatIfModel | null;
  /** The nominees, for a nominee's Giải thích on demand (issue 12 §4). */
  readonly nominees: readonly NomineeResult[];
  /** The input sheets the workbook lacks: the pane then offers Tạo mẫu (issue 18). */
  readonly missingInputs: readonly string[];
  /** After ranking: the names the ranking and the proposal list were written under. */
  readonly sheets: { readonly ranking: string; readonly proposals: string } | null;
}

export interface WhatIfModel {
  readonly targets: readonly WeightTarget[];
  run(target: WeightTarget, factor: number): readonly Move[];
}

export interface TemplateReport {
  readonly created: readonly string[];
  readonly existing: readonly string[];
  /** On the web page, the file the template was downloaded as. */
  readonly file?: string;
}

/** What "Tạo phiếu bầu" made (issue 12 §5). */
export interface BallotReport {
  readonly races: ReadonlyArray<{ readonly award: string; readonly candidates: readonly string[] }>;
  /** The sheet the papers are on; null when no award is balloted. */
  readonly papers: string | null;
  /** `Phiếu bầu` was added; false when the workbook had one, which is never changed. */
  readonly created: boolean;
  /** Candidates that sheet lacks a row for. */
  readonly missing: readonly string[];
  readonly members: number | null;
}

/** What "Tạo mẫu báo cáo" made (issue 14 §1): the forms, zipped into one download. */
export interface FormsReport {
  readonly forms: number;
  /** `Quý 1/2026` or `Năm 2026`, and the deadline `15/03/2026`. */
  readonly period: string;
  readonly deadline: string;
  readonly file: string;
}

/** What the secretary confirms for "Gộp báo cáo": the conflicts to overwrite, the later of two reports. */
export interface CollectChoice {
  readonly overwrite: boolean;
  readonly takeLater: boolean;
  /** False shows the plan only: nothing is written before the secretary confirms it. */
  readonly write: boolean;
}

/** What "Gộp báo cáo" will do, or did (issue 14 §2-5): each cell, each conflict, each refusal. */
export interface CollectReport {
  readonly total: number;
  readonly merged: number;
  /** Each cell written (or to write): `Kết quả!C5`, the value as shown, the report's cell. */
  readonly fills: readonly {
    readonly cell: string;
    readonly value: string;
    readonly source: string;
  }[];
  readonly conflicts: readonly {
    readonly cell: string;
    readonly old: string;
    readonly value: string;
    readonly source: string;
  }[];
  readonly refused: readonly { readonly file: string; readonly reasons: readonly string[] }[];
  /** Some unit sent two reports: the secretary may take the later. */
  readonly sameUnit: boolean;
  /** Units with no report merged. */
  readonly missing: readonly string[];
  /** The rest: required criteria left empty, late reports, dates taken from the file, codes with no column. */
  readonly notes: readonly string[];
  /** Where the unit's self-score differs from the council's points after the merge, largest first. */
  readonly differences: readonly {
    readonly who: string;
    readonly code: string;
    readonly self: string;
    readonly council: string;
  }[];
  readonly written: boolean;
  /** On the web page, the merged workbook's download name. */
  readonly file?: string;
}

/**
 * The operations the pane calls, given to it by its entry file: the Excel
 * add-in passes Office.js ones, the web page ones over an .xlsx file.
 */
/** A past year's ranked workbook the user picked, as bytes (the pane reads it, it never leaves the machine). */
export interface PastFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When the file was last saved: a returned report's date when its `Thông tin` gives none. */
  readonly modified?: Date;
}

export interface PaneHost {
  check(): Promise<RunReport>;
  /** Ranks, with last years' ranked workbooks as the award history. */
  rank(past?: readonly PastFile[]): Promise<RunReport>;
  createTemplate(): Promise<TemplateReport>;
  /** The ballot papers and the `Phiếu bầu` rows (on the web page, a workbook to download). */
  ballots(): Promise<BallotReport>;
  /** One report form per reporting unit for the quarter (null: the year), zipped into one download. */
  reportForms(quarter: number | null): Promise<FormsReport>;
  /** The returned reports merged into `Kết quả`: planned first, written when the secretary confirms. */
  collect(files: readonly PastFile[], choice: CollectChoice): Promise<CollectReport>;
  /** Shows one of the workbook's sheets (the add-in); absent on the web page. */
  showSheet?(sheet: string): Promise<void>;
  /**
   * Goes to a message's place: the add-in selects the cell; the web page, which has no cells, shows the
   * nominee's row of its ranking (`selectable` says which messages it can take there).
   */
  selectCell?(sheet: string, cell: string, nominee: string | null): Promise<void>;
  selectable?(m: { readonly cell: string; readonly nominee: string | null }): boolean;
  /** What a message's address link says it does, when not "select the cell". */
  selectLabel?(where: string): string;
  /** The "rank again after edits" switch, kept in the workbook so co-authors share it; absent on the web page. */
  autoRegenerate?: { get(): boolean; set(on: boolean): Promise<void> };
  /** The "open the pane with this workbook" switch (Office.AutoShowTaskpaneWithDocument); absent on the web page. */
  autoOpen?: { get(): boolean; set(on: boolean): Promise<void> };
  /** Failures of runs no button started (the ribbon, the auto-regeneration): returns the unsubscribe. */
  onNotice?(listener: (error: unknown) => void): () => void;
}
