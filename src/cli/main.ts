import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import pkg from "../../package.json";
import { useZipCodec } from "../workbook/xlsx/zip";
import { NODE_ZIP } from "./nodeZip";
import { runCli } from "./runCli";
import { toPdf } from "./toPdf";

useZipCodec(NODE_ZIP);

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "";
  }
}

/** Device and inode after following links: two names of one file compare equal. */
function identity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

runCli(process.argv.slice(2), {
  readFile: (p) => readFileSync(p),
  writeFile: (p, d) => writeFileSync(p, d),
  identity,
  modified: (p) => {
    try {
      return statSync(p).mtime;
    } catch {
      return null;
    }
  },
  makeDir: (p) => mkdirSync(p, { recursive: true }),
  stdout: (l) => process.stdout.write(`${l}\n`),
  stderr: (l) => process.stderr.write(`${l}\n`),
  now: () => new Date(),
  user: currentUser(),
  version: pkg.version,
  toPdf,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `Lỗi không mong đợi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`
    );
    process.exitCode = 2;
  }
);
