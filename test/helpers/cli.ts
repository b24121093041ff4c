import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The built command line, run as a user would, and LibreOffice converting what it wrote. */
const root = join(__dirname, "..", "..");
const cli = join(root, "dist", "cli", "main.js");

export function binhxet(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 50_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Builds the CLI when a test runs before `npm run build` did (jest alone). */
export function ensureCli(): void {
  if (!existsSync(cli))
    execFileSync("npx", ["webpack", "--mode", "production", "--config-name", "cli"], {
      cwd: root,
      stdio: "ignore",
    });
}

/** LibreOffice converting `files` with a profile of its own in `dir` (so an open LibreOffice does not take the job). */
function soffice(dir: string, to: string, outDir: string, files: readonly string[]): void {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "ignore", timeout: 180_000 }
  );
}

/** Every sheet of each workbook as CSV (UTF-8, one file per sheet: `NAME-Sheet.csv`) in `dir/csv`. */
export function libreOfficeCsv(dir: string, files: readonly string[]): void {
  soffice(
    dir,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    join(dir, "csv"),
    files
  );
}

/** A workbook opened and saved again by LibreOffice as .xlsx into `outDir`: what it keeps of ours. */
export function libreOfficeXlsx(dir: string, file: string, outDir: string): void {
  soffice(dir, "xlsx", outDir, [file]);
}
