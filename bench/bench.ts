/**
 * npm run bench: prints figures, asserts nothing.
 * Per size: the engine's phases, the same scoring as a plain loop, the CLI end to end
 * (time, CPU and peak memory), LibreOffice recalculating SUMPRODUCT + RANK.EQ formulas, and
 * LibreOffice opening and saving the same council workbook the CLI ranks (CPU against CPU).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as XLSX from "@e965/xlsx";
import { type Phase, rankCouncil } from "../src/engine/rankCouncil";
import type { Cell, WorkbookSnapshot } from "../src/engine/snapshot";
import { CRITERIA_PER_FIELD, type Rows, criterionSpecs, generateCouncil } from "./generateCouncil";
import { rankWorkbook } from "../src/rankWorkbook";
import type { RankResult } from "../src/engine/result";
import { STABILITY_LIMIT, stability } from "../src/engine/whatif/stability";
import { type WeightTarget, weightTargets, whatIf } from "../src/engine/whatif/whatIf";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { ExcelHost, installGlobals } from "../test/helpers/strictExcel";
import { runOn, workbookFrom } from "../test/helpers/strictWorkbook";

const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,10000,100000").split(",").map(Number);
/** BENCH_ENGINE_ONLY=1 skips the file-based figures (CLI, LibreOffice), for profiling the engine. */
const ENGINE_ONLY = process.env.BENCH_ENGINE_ONLY === "1";
/** BENCH_DIR=path keeps the generated workbooks there (to profile the CLI on them). */
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), "binhxet-bench-"));
const cli = join(__dirname, "..", "cli", "main.js");

function snapshotOf(sheets: Record<string, Rows>): WorkbookSnapshot {
  const cell = (v: string | number | null): Cell =>
    v === null ? null : typeof v === "number" ? { t: "n", v } : { t: "s", v };
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      rows: rows.map((r) => r.map(cell)),
    })),
    tables: [],
  };
}

/** The same scoring, hand-written over plain arrays: the baseline. */
function plainLoop(results: Rows): number {
  const specs = criterionSpecs();
  const r2 = (x: number) => Math.round(x * 100) / 100;
  let checksum = 0;
  for (let i = 1; i < results.length; i++) {
    const row = results[i] as (number | null)[];
    let total = 0;
    let max = 10;
    for (let j = 0; j < CRITERIA_PER_FIELD; j++) {
      const s = specs[j] as (typeof specs)[number];
      const v = row[j + 1] ?? 0;
      const a = s.type === "lower" ? (v === 0 ? 1 : s.target / v) : v / s.target;
      let p: number;
      if (s.type === "threshold") p = v >= s.target ? s.max : 0;
      else if (s.type === "bands") p = a >= 1 ? 2 : a >= 0.8 ? 1.5 : a >= 0.6 ? 1 : 0;
      else if (s.type === "points") p = v;
      else if (s.type === "formula")
        p = v >= s.target ? s.max : Math.max(0, s.max - 0.05 * (s.target - v));
      else p = s.max * Math.min(a, 1);
      total += r2(p);
      max += s.max;
    }
    total +=
      r2(row[CRITERIA_PER_FIELD + 1] ?? 0) +
      (row[CRITERIA_PER_FIELD + 2] ?? 0) -
      (row[CRITERIA_PER_FIELD + 3] ?? 0);
    checksum += r2((total / max) * 100);
  }
  return checksum;
}

function xlsxFile(sheets: Record<string, Rows>, path: string): void {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { dense: true }), name);
  writeFileSync(
    path,
    XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer
  );
}

interface Measured {
  readonly seconds: number;
  /** User plus system CPU seconds, null without /usr/bin/time. */
  readonly cpu: number | null;
  readonly peakMb: number | null;
}

/** Wall time, CPU time and peak RSS of one command (with the children it waits for), by /usr/bin/time. */
function measure(cmd: string, args: string[]): Measured {
  const timed = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...args], { encoding: "utf8" })
    : spawnSync(cmd, args, { encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  const [kb, user, sys] = timed
    ? (r.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number)
    : [];
  const cpu = (user ?? NaN) + (sys ?? NaN);
  return {
    seconds,
    cpu: Number.isFinite(cpu) ? cpu : null,
    peakMb: kb !== undefined && Number.isFinite(kb) ? kb / 1024 : null,
  };
}

/** LibreOffice only opening and saving the council's own workbook, as the CLI reads and writes it. */
function libreOfficeOpenSave(file: string): Measured | null {
  if (spawnSync("soffice", ["--version"]).status !== 0) return null;
  const args = (out: string) => [
    "--headless",
    `-env:UserInstallation=file://${dir}/lo-profile`,
    "--convert-to",
    "xlsx",
    "--outdir",
    join(dir, out),
    file,
  ];
  spawnSync("soffice", args("warm-save"));
  return measure("soffice", args("saved"));
}

/** The secretary's way: the same weighted sum and rank as formulas, recalculated by LibreOffice. */
function libreOffice(n: number): number | null {
  if (spawnSync("soffice", ["--version"]).status !== 0) return null;
  const ws: XLSX.WorkSheet = {};
  const cols = 40;
  for (let c = 0; c < cols; c++)
    ws[XLSX.utils.encode_cell({ r: 0, c: c + 1 })] = { t: "n", v: 1 + (c % 3) };
  const rnd = (i: number, c: number) => ((i * 7919 + c * 104729) % 1000) / 10;
  const last = n + 1;
  for (let i = 1; i <= n; i++) {
    ws[XLSX.utils.encode_cell({ r: i, c: 0 })] = { t: "s", v: `DV${i}` };
    for (let c = 0; c < cols; c++)
      ws[XLSX.utils.encode_cell({ r: i, c: c + 1 })] = { t: "n", v: rnd(i, c) };
    ws[XLSX.utils.encode_cell({ r: i, c: cols + 1 })] = {
      t: "n",
      f: `SUMPRODUCT($B$1:$AO$1,B${i + 1}:AO${i + 1})`,
    };
    ws[XLSX.utils.encode_cell({ r: i, c: cols + 2 })] = {
      t: "n",
      f: `RANK.EQ(AP${i + 1},AP$2:AP$${last})`,
    };
  }
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: n, c: cols + 2 } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Data");
  const path = join(dir, `lo-${n}.xlsx`);
  writeFileSync(path, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
  const profile = `-env:UserInstallation=file://${dir}/lo-profile`;
  execFileSync(
    "soffice",
    ["--headless", profile, "--convert-to", "csv", "--outdir", join(dir, "warm"), path],
    { stdio: "ignore" }
  );
  const t0 = performance.now();
  execFileSync(
    "soffice",
    ["--headless", profile, "--convert-to", "csv", "--outdir", join(dir, "csv"), path],
    { stdio: "ignore" }
  );
  return (performance.now() - t0) / 1000;
}

/**
 * The Office.js adapter on the strict Excel double in Excel on the web's mode (5 MB per request and
 * response): syncs, the largest request and response, and the bytes sent per nominee, read and write.
 */
async function officeAdapter(snapshot: WorkbookSnapshot, n: number): Promise<string> {
  const host = new ExcelHost(workbookFrom(snapshot), { web: true, apiVersion: 13 });
  installGlobals(host);
  const t0 = performance.now();
  const workbook = new ExcelWorkbook(runOn(host), 3_600_000);
  await rankWorkbook(workbook, { time: "t", user: "u", source: "bench" });
  const seconds = (performance.now() - t0) / 1000;
  const mb = (b: number) => (b / 1e6).toFixed(2);
  return `  Office.js adapter on the strict double, web mode: ${host.syncs} syncs, largest request ${mb(host.largestRequest)} MB, largest response ${mb(host.largestResponse)} MB, ${(host.bytesSent / n).toFixed(0)} bytes sent per nominee; ${seconds.toFixed(1)} s with the double`;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const cpuText = (m: Measured) => (m.cpu === null ? "CPU n/a" : `CPU ${m.cpu.toFixed(2)} s`);

/** The stability figure is timed up to this size, whether or not the product gives it there. */
const STABILITY_MEASURED = 10_000;

/** The slider moved step by step, as a secretary drags it: the median and the slowest step. */
function whatIfSteps(
  result: RankResult,
  target: WeightTarget
): { count: number; median: number; slowest: number } {
  const times = [0.6, 0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 1.4].map((factor) => {
    const t0 = performance.now();
    whatIf(result, target, factor);
    return performance.now() - t0;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return {
    count: times.length,
    median: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2,
    slowest: sorted[sorted.length - 1] ?? 0,
  };
}
type Phases = Record<Phase, number>;

/** The engine's run of the fewest milliseconds among `runs`, with its phases. */
function fastestEngine(
  snapshot: WorkbookSnapshot,
  runs: number
): { result: RankResult; phases: Phases; total: number } {
  let best: { result: RankResult; phases: Phases; total: number } | null = null;
  for (let k = 0; k < runs; k++) {
    const marks: Partial<Record<Phase, number>> = {};
    const t0 = performance.now();
    const result = rankCouncil(snapshot, { onPhase: (p) => (marks[p] = performance.now()) });
    const total = performance.now() - t0;
    const phases = {
      read: (marks.read ?? t0) - t0,
      score: (marks.score ?? 0) - (marks.read ?? 0),
      rank: (marks.rank ?? 0) - (marks.score ?? 0),
      awards: (marks.awards ?? 0) - (marks.rank ?? 0),
      gap: (marks.gap ?? 0) - (marks.awards ?? 0),
    };
    if (!best || total < best.total) best = { result, phases, total };
  }
  return best as { result: RankResult; phases: Phases; total: number };
}

/** The plain loop's fastest of `runs`. */
function fastestLoop(rows: Rows, runs: number): { checksum: number; ms: number } {
  let best = { checksum: 0, ms: Infinity };
  for (let k = 0; k < runs; k++) {
    const p0 = performance.now();
    const checksum = plainLoop(rows);
    const ms = performance.now() - p0;
    if (ms < best.ms) best = { checksum, ms };
  }
  return best;
}

const lines: string[] = [];

async function main(): Promise<void> {
  for (const n of SIZES) {
    const sheets = generateCouncil(n);
    const snapshot = snapshotOf(sheets);
    // Each figure is the fastest of a few runs, the engine's and the loop's alike: both warm, noise aside.
    const runs = n <= 10_000 ? 3 : 1;
    const { result, phases, total } = fastestEngine(snapshot, runs);
    const gaps = result.nominees.filter((r) => r.gap !== null).length;
    const { checksum, ms: plain } = fastestLoop(sheets["Kết quả"] as Rows, 5 * runs);
    // Issue 15: what-if steps (the slider moving one weight from 60 % to 140 %) and the stability figure.
    const target = weightTargets(result)[0];
    const steps = target ? whatIfSteps(result, target) : null;
    const s0 = performance.now();
    const stable = n <= STABILITY_MEASURED ? stability(result, Infinity) : null;
    const stabilityMs = performance.now() - s0;
    const given = stability(result) !== null;
    const file = join(dir, `council-${n}.xlsx`);
    if (!ENGINE_ONLY) xlsxFile(sheets, file);
    const cliRun =
      !ENGINE_ONLY && existsSync(cli)
        ? measure(process.execPath, [
            cli,
            "rank",
            file,
            "-o",
            join(dir, `out-${n}.xlsx`),
            "--top",
            "0",
          ])
        : null;
    const lo = !ENGINE_ONLY && n <= 20000 ? libreOffice(n) : null;
    const saved = !ENGINE_ONLY && n <= 20000 ? libreOfficeOpenSave(file) : null;
    lines.push(
      `${n} nominees × 40 criteria (${result.nominees.filter((r) => r.rank !== null).length} ranked)`,
      `  engine: read ${ms(phases.read)}, score ${ms(phases.score)}, rank ${ms(phases.rank)}, awards ${ms(phases.awards)}, gap to the next award ${ms(phases.gap)} (${gaps} nominees with one); total ${ms(total)}`,
      `  plain loop (same scoring, checksum ${checksum.toFixed(0)}): ${ms(plain)}; engine score / loop = ${(phases.score / plain).toFixed(1)}x, engine total / loop = ${(total / plain).toFixed(1)}x`,
      steps
        ? `  one what-if step (${target?.label ?? ""} from 60 % to 140 %, ${steps.count} steps): median ${ms(steps.median)} = ${(steps.median / plain).toFixed(1)}x the loop, slowest ${ms(steps.slowest)}`
        : "  what-if: no weighted criterion",
      stable
        ? `  Độ ổn định (${stable.stable}/${stable.ranked} stable): ${ms(stabilityMs)} = ${(stabilityMs / plain).toFixed(0)}x the loop; ${given ? "given" : "not given"} by the product at this size (limit ${STABILITY_LIMIT.toLocaleString("en")} re-rankings)`
        : `  Độ ổn định: not measured above ${STABILITY_MEASURED.toLocaleString("en")} nominees; ${given ? "given" : "not given"} by the product`,
      cliRun
        ? `  CLI end to end (read .xlsx, rank, write): ${cliRun.seconds.toFixed(2)} s, ${cpuText(cliRun)}, peak ${cliRun.peakMb === null ? "n/a" : `${cliRun.peakMb.toFixed(0)} MB`}`
        : "  CLI: build first (npm run build)",
      saved
        ? `  LibreOffice opening and saving the same workbook: ${saved.seconds.toFixed(2)} s, ${cpuText(saved)}; CLI CPU / LibreOffice CPU = ${cliRun?.cpu && saved.cpu ? (cliRun.cpu / saved.cpu).toFixed(2) : "?"}x`
        : "  LibreOffice opening and saving: not measured at this size (or soffice absent)",
      n >= 10000
        ? await officeAdapter(snapshot, n)
        : "  Office.js adapter: measured from 10,000 nominees",
      lo === null
        ? "  LibreOffice: not measured at this size (or soffice absent)"
        : `  LibreOffice recalculating SUMPRODUCT + RANK.EQ: ${lo.toFixed(2)} s; CLI is ${cliRun ? (lo / cliRun.seconds).toFixed(1) : "?"}x faster`
    );
    process.stdout.write(`${lines.splice(0).join("\n")}\n`);
  }
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}

void main();
