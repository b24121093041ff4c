import { basename, join } from "node:path";
import {
  councilTemplate,
  type DocumentSheet,
  type JsonResult,
  type Language,
  message,
  type Message,
  messageLine,
  type OwnSheets,
  type PastWorkbook,
  type RankResult,
  type Report,
  dateText,
  localTime,
  reviewYearOn,
  runAt,
  toJson,
  toJsonMessage,
} from "../engine";
import { type RankRun, rankWorkbook } from "../rankWorkbook";
import { makeReportForms } from "../reportForms";
import { collectReports, readReportFile } from "../collectReports";
import { outputName } from "../outputName";
import { fileProblem } from "../workbook/xlsx/fileProblem";
import { templateXlsx } from "../workbook/xlsx/templateXlsx";
import { documentXlsx } from "../workbook/xlsx/writeXlsx";
import type { SheetDocument } from "../workbook/port";
import { type BallotRun, ballotWorkbook } from "../ballotWorkbook";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import { CLI_STRINGS, type CliStrings } from "./cliStrings";
import { formatRanking } from "./formatRanking";
import { terminalSafe } from "./terminalSafe";

export interface CliIo {
  /** Throws a Node error with `code` ENOENT, EISDIR... when the file cannot be read. */
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
  /** The file's identity (device and inode, links resolved); null when there is no such file. */
  identity(path: string): string | null;
  /** When the file was last saved; null when unknown. */
  modified(path: string): Date | null;
  /** Creates a folder (and its parents) when absent. */
  makeDir(path: string): void;
  stdout(line: string): void;
  stderr(line: string): void;
  now(): Date;
  user: string;
  version: string;
  /** Renders a workbook to `dir/name.pdf` (LibreOffice); returns why not, or null when done. */
  toPdf(xlsx: Uint8Array, dir: string, name: string): string | null;
}

/** Each document's file name in the --pdf folder. */
const PDF_NAMES: Readonly<Record<DocumentSheet, string>> = {
  rankingPrint: "xep-hang",
  explanations: "giai-thich",
  proposals: "de-nghi-khen-thuong",
  letter: "to-trinh",
  minutes: "bien-ban-hop",
  ballotPaper: "phieu-bau",
};

interface RankArgs {
  input: string;
  output: string | null;
  json: string | null;
  pdf: string | null;
  top: number;
  /** Last years' ranked workbooks (`--history`). */
  history: string[];
}

/** A usage error: what was wrong, said in the CLI's language. */
class Usage extends Error {}

/** The options each command takes besides the input: `ballots` takes only -o and --pdf. */
const BALLOT_OPTIONS = new Set(["-o", "--output", "--pdf"]);

function parseRank(
  args: readonly string[],
  t: CliStrings,
  command: "rank" | "ballots" = "rank"
): RankArgs {
  const parsed: RankArgs = { input: "", output: null, json: null, pdf: null, top: 10, history: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (command === "ballots" && a.startsWith("-") && a !== "-" && !BALLOT_OPTIONS.has(a))
      throw new Usage(t.unknownOption(a, command));
    const value = () => {
      const v = args[++i];
      if (v === undefined || (v.startsWith("-") && v !== "-")) throw new Usage(t.needsValue(a));
      return v;
    };
    if (a === "--history") {
      // Every following argument that is not an option is a past year's ranked workbook.
      while (i + 1 < args.length && !(args[i + 1] as string).startsWith("-"))
        parsed.history.push(args[++i] as string);
      if (parsed.history.length === 0) throw new Usage(t.needsValue(a));
    } else if (a === "-o" || a === "--output") parsed.output = value();
    else if (a === "--json") parsed.json = value();
    else if (a === "--pdf") parsed.pdf = value();
    else if (a === "--top") {
      const v = value();
      parsed.top = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
      if (Number.isNaN(parsed.top)) throw new Usage(t.badTop(v));
    } else if (a.startsWith("-") && a !== "-") throw new Usage(t.unknownOption(a, "rank"));
    else if (parsed.input) throw new Usage(t.tooMany(a));
    else parsed.input = a;
  }
  if (!parsed.input) throw new Usage(t.noInput(command));
  return parsed;
}

interface ReportingArgs {
  input: string;
  /** `forms`: the folder; `collect`: the reports. */
  rest: string[];
  output: string | null;
  quarter: number | null;
  overwrite: boolean;
  takeLater: boolean;
}

/**
 * `forms SỔ.xlsx THƯ-MỤC [--quy N]` and `collect SỔ.xlsx BÁO-CÁO.xlsx... [-o RA.xlsx] [--quy N]
 * [--ghi-de] [--lay-ban-sau]` (issue 14).
 */
function parseReporting(
  args: readonly string[],
  t: CliStrings,
  command: "forms" | "collect"
): ReportingArgs {
  const parsed: ReportingArgs = {
    input: "",
    rest: [],
    output: null,
    quarter: null,
    overwrite: false,
    takeLater: false,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--quy" || a === "--quarter") {
      const v = args[++i] ?? "";
      if (!/^[1-4]$/.test(v)) throw new Usage(t.badQuarter(v));
      parsed.quarter = Number(v);
    } else if (command === "collect" && (a === "-o" || a === "--output")) {
      const v = args[++i];
      if (v === undefined || v.startsWith("-")) throw new Usage(t.needsValue(a));
      parsed.output = v;
    } else if (command === "collect" && (a === "--ghi-de" || a === "--overwrite"))
      parsed.overwrite = true;
    else if (command === "collect" && (a === "--lay-ban-sau" || a === "--take-later"))
      parsed.takeLater = true;
    else if (a.startsWith("-") && a !== "-") throw new Usage(t.unknownOption(a, command));
    else if (!parsed.input) parsed.input = a;
    else if (command === "forms" && parsed.rest.length > 0) throw new Usage(t.tooMany(a));
    else parsed.rest.push(a);
  }
  if (!parsed.input || parsed.rest.length === 0) throw new Usage(t.noInput(command));
  return parsed;
}

/** `binhxet forms`: one report workbook per reporting unit, in the folder given (issue 14 §1). */
async function writeForms(args: ReportingArgs, io: CliIo, t: CliStrings): Promise<number> {
  const opened = open(io, args.input);
  if (!(opened instanceof XlsxWorkbook)) {
    io.stderr(messageLine(opened, "vi"));
    return 2;
  }
  const dir = args.rest[0] as string;
  const run = makeReportForms(await opened.snapshot(), args.quarter, io.now());
  const tl = CLI_STRINGS[run.result.settings.language];
  if (!run.result.usable) {
    printMessages(io, run.result, (m) => m.error);
    io.stderr(tl.notWritten);
    return 2;
  }
  io.makeDir(dir);
  for (const f of run.files) {
    const path = join(dir, f.form.file);
    if (sameFile(io, path, args.input)) {
      io.stderr(t.sameFile(path, args.input));
      return 2;
    }
    io.writeFile(path, f.bytes);
    io.stdout(tl.wroteForm(path, f.form.unit.name, f.form.rows.length));
  }
  const first = run.files[0]?.form;
  io.stdout(
    tl.wroteForms(
      run.files.length,
      dir,
      first ? tl.period(first.period.year, first.period.quarter) : "",
      first ? dateText(first.deadline) : ""
    )
  );
  return 0;
}

/**
 * `binhxet collect`: the returned reports merged into a copy of the council workbook (issue 14 §2-5):
 * only empty cells are filled unless `--ghi-de`; who is missing, the conflicts and the refused reports
 * said on standard error; `Nguồn số liệu` and `Thẩm định` written. The input is never changed.
 */
async function collect(args: ReportingArgs, io: CliIo, t: CliStrings): Promise<number> {
  const target = openForWriting(
    { input: args.input, output: args.output, json: null, pdf: null, top: 0, history: [] },
    io,
    t,
    "tong-hop",
    []
  );
  if (typeof target === "number") return target;
  if ("key" in target) {
    io.stderr(messageLine(target, "vi"));
    return 2;
  }
  const reports: Report[] = [];
  for (const path of args.rest) {
    const bytes = read(io, path);
    reports.push(
      bytes instanceof Uint8Array
        ? await readReportFile({ name: basename(path), bytes, modified: io.modified(path) })
        : {
            ...(await readReportFile({
              name: basename(path),
              bytes: new Uint8Array(),
              modified: null,
            })),
            problems: [bytes],
          }
    );
  }
  const run = await collectReports(target.workbook, reports, {
    quarter: args.quarter,
    overwrite: args.overwrite,
    takeLater: args.takeLater,
    mergedAt: localTime(runAt(io.now(), io.user, "")),
    write: true,
  });
  const language = run.result.settings.language;
  const tl = CLI_STRINGS[language];
  if (!run.plan) {
    printMessages(io, run.result, (m) => m.error);
    io.stderr(tl.notWritten);
    return 2;
  }
  const { plan } = run;
  for (const m of plan.messages) io.stderr(messageLine(m, language));
  const bytes = target.workbook.output();
  if (bytes) io.writeFile(target.output, bytes);
  io.stdout(
    tl.collected(
      plan.merged.length,
      reports.length,
      plan.writes.length,
      plan.unchanged,
      plan.conflicts.length
    )
  );
  io.stdout(
    tl.stillMissing(
      plan.missing.map((u) => u.name),
      plan.emptyRequired.length
    )
  );
  io.stdout(
    tl.reviewed(
      run.review.filter((r) => typeof r[6] === "number" && r[6] !== 0).length,
      run.review.length
    )
  );
  io.stdout(tl.wroteCollected(target.output));
  return plan.refused.length > 0 || plan.conflicts.length > 0 ? 1 : 0;
}

/** Exit status of contract §12: 0 all ranked, 1 some nominees with errors, 2 unusable. */
export function exitStatus(result: RankResult): 0 | 1 | 2 {
  if (!result.usable) return 2;
  return result.nominees.some((r) => r.rank === null) ? 1 : 0;
}

/**
 * `binhxet`: `rank`, `template`, `help`, `--version` (contract §12). Returns the exit status.
 * Everything printed is made safe for a terminal: a name cannot carry escape sequences to it.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stdout: (l) => rawIo.stdout(terminalSafe(l)),
    stderr: (l) => rawIo.stderr(terminalSafe(l)),
  };
  let args = [...argv];
  let language: Language = "vi";
  if (args[0] === "--lang" && (args[1] === "vi" || args[1] === "en")) {
    language = args[1];
    args = args.slice(2);
  }
  const t = CLI_STRINGS[language];
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(t.help);
        return command === undefined ? 2 : 0;
      case "--version":
      case "-v":
      case "version":
        io.stdout(`binhxet ${io.version}`);
        return 0;
      case "rank":
        return await rank(parseRank(rest, t), io, t);
      case "template":
        return writeTemplate(rest, io, t);
      case "ballots":
        return await ballots(parseRank(rest, t, "ballots"), io, t);
      case "forms":
        return await writeForms(parseReporting(rest, t, "forms"), io, t);
      case "collect":
        return await collect(parseReporting(rest, t, "collect"), io, t);
      default:
        throw new Usage(t.unknownCommand(command));
    }
  } catch (e) {
    if (!(e instanceof Usage)) throw e;
    io.stderr(e.message);
    io.stderr(t.seeHelp);
    return 2;
  }
}

/** The file's bytes, or the message that says why there are none (missing, a folder, no access). */
function read(io: CliIo, path: string): Uint8Array | Message {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === "ENOENT" || code === "ENOTDIR"
      ? message("fileNotFound", "", "", { path }, basename(path))
      : message("notWorkbook", "", "", { reason: code ?? String(e) }, basename(path));
  }
}

/** An .xlsx opened, or the one message that says why not. */
function open(io: CliIo, path: string): XlsxWorkbook | Message {
  const bytes = read(io, path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  try {
    return XlsxWorkbook.open(bytes);
  } catch (e) {
    const problem = fileProblem(e, basename(path));
    if (problem) return problem;
    throw e;
  }
}

async function rank(args: RankArgs, io: CliIo, t: CliStrings): Promise<number> {
  const fail = (m: Message) => {
    io.stderr(messageLine(m, "vi"));
    if (args.json && !sameFile(io, args.json, args.input))
      io.writeFile(
        args.json,
        JSON.stringify(
          { contract: 1, nominees: [], messages: [toJsonMessage(m, "vi")] } satisfies JsonResult,
          null,
          1
        )
      );
    return 2;
  };
  const target = openForWriting(args, io, t, "xep-hang", ["proposals", "letter", "minutes"]);
  if (typeof target === "number") return target;
  if ("key" in target) return fail(target);
  const { workbook, output } = target;
  const past: PastWorkbook[] = [];
  for (const f of args.history) {
    const opened = open(io, f);
    if (!(opened instanceof XlsxWorkbook)) return fail(opened);
    past.push({ source: basename(f), workbook: await opened.snapshot() });
  }
  let run: RankRun;
  try {
    run = await rankWorkbook(workbook, runAt(io.now(), io.user, basename(args.input)), past);
  } catch (e) {
    // A part read only when the engine asks for it (a sheet) can still be damaged.
    const problem = fileProblem(e, basename(args.input));
    if (problem) return fail(problem);
    throw e;
  }
  const { result, changes, stability } = run;
  const language = result.settings.language;
  const tl = CLI_STRINGS[language];
  printMessages(io, result);
  if (args.json) io.writeFile(args.json, JSON.stringify(toJson(result), null, 1));
  const bytes = workbook.output();
  if (!run.output || !bytes) {
    io.stderr(tl.notWritten);
    return exitStatus(result);
  }
  io.writeFile(output, bytes);
  for (const line of formatRanking(result, args.top, tl)) io.stdout(line);
  for (const line of ["", tl.changesHeading, ...changes.map((c) => `  ${c}`)]) io.stdout(line);
  if (stability) io.stdout(CLI_STRINGS[language].stability(stability.stable, stability.ranked));
  io.stdout(tl.wrote(output));
  if (args.pdf && !writePdfs(io, args.pdf, run.output.documents, run.output.sheets, tl)) return 2;
  return exitStatus(result);
}

/**
 * The input opened and the output path chosen (`SỔ-<suffix>.xlsx` by default), or the message that
 * says why the input cannot be read, or exit status 2 when a path written would replace the input.
 * Every path written is compared with the input by what it is, not how it is spelled: a symlink or a
 * hard link to the input, or `./in.xlsx` for `in.xlsx`, would replace it.
 */
function openForWriting(
  args: RankArgs,
  io: CliIo,
  t: CliStrings,
  suffix: string,
  documents: readonly DocumentSheet[]
): { workbook: XlsxWorkbook; output: string } | Message | 2 {
  const workbook = open(io, args.input);
  if (!(workbook instanceof XlsxWorkbook)) return workbook;
  const kind = workbook.kind();
  const output =
    args.output ?? outputName(args.input, kind, (p) => sameFile(io, p, args.input), suffix);
  const pdfs = documents.map((k) => args.pdf && `${args.pdf}/${PDF_NAMES[k]}.pdf`);
  const written = [output, args.json, ...pdfs].filter((p): p is string => p !== null && p !== "");
  for (const p of written)
    if (sameFile(io, p, args.input)) {
      io.stderr(t.sameFile(p, args.input));
      return 2;
    }
  if (args.json && sameFile(io, args.json, output)) {
    io.stderr(t.sameFile(args.json, output));
    return 2;
  }
  if (!output.toLowerCase().endsWith(`.${kind}`)) {
    io.stderr(t.wrongExtension(output, kind));
    return 2;
  }
  return { workbook, output };
}

/**
 * `binhxet ballots SỔ.xlsx [-o RA.xlsx] [--pdf THƯ-MỤC]` (issue 12 §5): the ballot papers of every
 * balloted award and, when the workbook has none, the `Phiếu bầu` sheet to fill after the count.
 */
async function ballots(args: RankArgs, io: CliIo, t: CliStrings): Promise<number> {
  const target = openForWriting(args, io, t, "phieu-bau", ["ballotPaper"]);
  if (typeof target === "number") return target;
  if ("key" in target) {
    io.stderr(messageLine(target, "vi"));
    return 2;
  }
  let run: BallotRun;
  try {
    run = await ballotWorkbook(target.workbook);
  } catch (e) {
    const problem = fileProblem(e, basename(args.input));
    if (!problem) throw e;
    io.stderr(messageLine(problem, "vi"));
    return 2;
  }
  const { result } = run;
  const tl = CLI_STRINGS[result.settings.language];
  printMessages(io, result, (m) => m.code === "ballot" || m.error);
  const bytes = target.workbook.output();
  if (!result.usable) {
    io.stderr(tl.notWritten);
    return 2;
  }
  if (!run.papers || !run.doc || !bytes) {
    io.stdout(tl.noBallot);
    return 0;
  }
  io.writeFile(target.output, bytes);
  for (const race of run.races)
    io.stdout(
      tl.ballotRace(
        race.award.name,
        race.candidates.map((c) => c.nominee.name)
      )
    );
  io.stdout(tl.wroteBallots(target.output, run.papers, result.settings.members));
  io.stdout(run.created ? tl.ballotSheetCreated : tl.ballotSheetKept(run.missing));
  if (args.pdf) {
    const failed = io.toPdf(documentXlsx(run.papers, run.doc), args.pdf, PDF_NAMES.ballotPaper);
    if (failed) {
      io.stderr(tl.pdfFailed(failed));
      return 2;
    }
    io.stdout(tl.wrotePdf(`${args.pdf}/${PDF_NAMES.ballotPaper}.pdf`, run.papers));
  }
  return 0;
}

/** Each document as a PDF of its own in `dir`; false (said) when LibreOffice could not make one. */
function writePdfs(
  io: CliIo,
  dir: string,
  documents: readonly SheetDocument[],
  sheets: OwnSheets,
  tl: CliStrings
): boolean {
  for (const d of documents) {
    const name = PDF_NAMES[d.sheet];
    const failed = io.toPdf(documentXlsx(sheets.names[d.sheet], d.doc), dir, name);
    if (failed) {
      io.stderr(tl.pdfFailed(failed));
      return false;
    }
    io.stdout(tl.wrotePdf(`${dir}/${name}.pdf`, sheets.names[d.sheet]));
  }
  return true;
}

function sameFile(io: CliIo, a: string, b: string): boolean {
  const id = io.identity(a);
  return id !== null && id === io.identity(b);
}

/**
 * `binhxet template OUTPUT.xlsx [--year N] [--ghi-de]`: the blank council workbook with the awards
 * preset of the review year's legal period (by default the year a council reviews today). An existing
 * file is kept unless `--ghi-de` says otherwise: it may be a council's ranked workbook.
 */
function writeTemplate(args: readonly string[], io: CliIo, t: CliStrings): number {
  let out: string | null = null;
  let year: number | null = null;
  let overwrite = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--year") {
      const v = args[++i] ?? "";
      if (!/^\d{4}$/.test(v)) throw new Usage(t.badYear(v));
      year = Number(v);
    } else if (a === "--ghi-de" || a === "--overwrite") overwrite = true;
    else if (a.startsWith("-")) throw new Usage(t.unknownOption(a, "template"));
    else if (out !== null) throw new Usage(t.tooMany(a));
    else out = a;
  }
  if (out === null) throw new Usage(t.noInput("template"));
  if (!overwrite && io.identity(out) !== null) {
    io.stderr(t.exists(out));
    return 2;
  }
  const today = io.now();
  const reviewYear = year ?? reviewYearOn(today.getFullYear(), today.getMonth() + 1);
  const template = councilTemplate(reviewYear);
  io.writeFile(out, templateXlsx(template));
  io.stdout(t.wroteTemplate(out, reviewYear, template.map((s) => s.sheet).join(", ")));
  return 0;
}

/** A run's messages on standard error, a nominee's naming who and which criterion it is about. */
function printMessages(
  io: CliIo,
  result: RankResult,
  keep: (m: Message) => boolean = () => true
): void {
  const language = result.settings.language;
  for (const m of result.messages) if (keep(m)) io.stderr(messageLine(m, language));
  for (const r of result.nominees)
    for (const m of r.messages) if (keep(m)) io.stderr(messageLine(m, language, r));
}
