import { basename } from "node:path";
import { message } from "../engine/messages/message";
import { messageLine } from "../engine/output/buildOutputTable";
import { type JsonResult, toJson, toJsonMessage } from "../engine/output/toJson";
import type { PastWorkbook, RankResult } from "../engine/rankCouncil";
import { reviewYearOn } from "../engine/template/awardPresets";
import { councilTemplate } from "../engine/template/defaultTemplate";
import { rankWorkbook } from "../rankWorkbook";
import { templateXlsx } from "../workbook/xlsx/templateXlsx";
import { proposalsXlsx } from "../workbook/xlsx/writeXlsx";
import { buildProposals } from "../engine/output/buildProposals";
import { STRINGS } from "../taskpane/strings";

/** The proposal list's file name in the --pdf folder. */
const PDF_NAME = "de-nghi-khen-thuong";
import { NotXlsxError } from "../workbook/xlsx/XlsxPackage";
import { pastWorkbooks } from "../workbook/xlsx/pastWorkbooks";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import { formatRanking } from "./formatRanking";

export interface CliIo {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
  samePath(a: string, b: string): boolean;
  stdout(line: string): void;
  stderr(line: string): void;
  now(): Date;
  user: string;
  /** Renders a workbook to `dir/name.pdf` (LibreOffice); returns why not, or null when done. */
  toPdf(xlsx: Uint8Array, dir: string, name: string): string | null;
}

const USAGE =
  "Cách dùng: binhxet rank INPUT.xlsx [-o OUTPUT.xlsx] [--json RESULT.json] [--pdf DIR] [--top N] [--history NĂM-TRƯỚC.xlsx...]\n           binhxet template OUTPUT.xlsx [--year NĂM]";

interface Args {
  input: string;
  output: string;
  json: string | null;
  pdf: string | null;
  top: number;
  /** Last years' ranked workbooks (`--history`). */
  history: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== "rank") return USAGE;
  let input: string | null = null;
  let output: string | null = null;
  let json: string | null = null;
  let pdf: string | null = null;
  let top = 10;
  const history: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const next = () => rest[++i] ?? null;
    if (a === "--history") {
      // Every following argument that is not an option is a past year's ranked workbook.
      while (i + 1 < rest.length && !(rest[i + 1] as string).startsWith("-"))
        history.push(rest[++i] as string);
      if (history.length === 0) return USAGE;
    } else if (a === "-o" || a === "--output") output = next();
    else if (a === "--json") json = next();
    else if (a === "--pdf") pdf = next();
    else if (a === "--top") top = Number(next());
    else if (a.startsWith("-") || input !== null) return `Tham số không hợp lệ: ${a}\n${USAGE}`;
    else input = a;
  }
  if (
    input === null ||
    (output === null && rest.includes("-o")) ||
    !Number.isInteger(top) ||
    top < 0
  )
    return USAGE;
  return {
    input,
    output: output ?? input.replace(/(\.xlsx)?$/i, "-xep-hang.xlsx"),
    json,
    pdf,
    top,
    history,
  };
}

/** Exit status of contract §12: 0 all ranked, 1 some nominees with errors, 2 unusable. */
export function exitStatus(result: RankResult): 0 | 1 | 2 {
  if (!result.usable) return 2;
  return result.nominees.some((r) => r.rank === null) ? 1 : 0;
}

/** `binhxet rank` (contract §12). Returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === "template") return writeTemplate(argv.slice(1), io);
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.stderr(args);
    return 2;
  }
  if (io.samePath(args.input, args.output)) {
    io.stderr(`Không ghi đè tệp đầu vào: ${args.output}`);
    return 2;
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = XlsxWorkbook.open(io.readFile(args.input));
  } catch (e) {
    const reason =
      e instanceof NotXlsxError ? e.message : e instanceof Error ? e.message : String(e);
    const m = message("notWorkbook", "", "", { reason });
    io.stderr(messageLine(m, "vi"));
    if (args.json)
      io.writeFile(
        args.json,
        JSON.stringify(
          { contract: 1, nominees: [], messages: [toJsonMessage(m, "vi")] } satisfies JsonResult,
          null,
          1
        )
      );
    return 2;
  }
  let past: PastWorkbook[];
  try {
    past = pastWorkbooks(args.history.map((f) => ({ name: basename(f), bytes: io.readFile(f) })));
  } catch (e) {
    io.stderr(`Không đọc được tệp lịch sử: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const { result, table, changes, stability } = await rankWorkbook(
    workbook,
    { time: io.now().toISOString(), user: io.user, source: basename(args.input) },
    past
  );
  const language = result.settings.language;
  for (const m of [...result.messages, ...result.nominees.flatMap((r) => r.messages)])
    io.stderr(messageLine(m, language));
  if (args.json) io.writeFile(args.json, JSON.stringify(toJson(result), null, 1));
  const written = workbook.output();
  if (table && written) {
    io.writeFile(args.output, written);
    for (const line of formatRanking(result, args.top)) io.stdout(line);
    for (const line of ["", "Thay đổi so với lần trước:", ...changes.map((c) => `  ${c}`)])
      io.stdout(line);
    if (stability)
      io.stdout(STRINGS[result.settings.language].stability(stability.stable, stability.ranked));
    io.stdout(`Đã ghi '${args.output}' (trang Xếp hạng, Đề nghị khen thưởng và Nhật ký).`);
    if (args.pdf) {
      const failed = io.toPdf(proposalsXlsx(buildProposals(result)), args.pdf, PDF_NAME);
      if (failed) {
        io.stderr(`Không tạo được PDF: ${failed}`);
        return 2;
      }
      io.stdout(`Đã ghi '${args.pdf}/${PDF_NAME}.pdf' (danh sách đề nghị khen thưởng).`);
    }
  }
  return exitStatus(result);
}

/**
 * `binhxet template OUTPUT.xlsx [--year N]`: the blank council workbook with the awards preset of the
 * review year's legal period (by default the year a council reviews today).
 */
function writeTemplate(args: readonly string[], io: CliIo): number {
  const [out, flag, value, ...extra] = args;
  const yearGiven = flag === "--year" && /^\d{4}$/.test(value ?? "");
  if (
    out === undefined ||
    out.startsWith("-") ||
    extra.length > 0 ||
    (flag !== undefined && !yearGiven)
  ) {
    io.stderr(USAGE);
    return 2;
  }
  const today = io.now();
  const year = yearGiven ? Number(value) : reviewYearOn(today.getFullYear(), today.getMonth() + 1);
  const template = councilTemplate(year);
  io.writeFile(out, templateXlsx(template));
  io.stdout(`Đã ghi mẫu '${out}' (năm xét ${year}): ${template.map((t) => t.sheet).join(", ")}.`);
  return 0;
}
