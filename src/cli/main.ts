import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { runCli } from "./runCli";
import { toPdf } from "./toPdf";

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "";
  }
}

runCli(process.argv.slice(2), {
  readFile: (p) => readFileSync(p),
  writeFile: (p, d) => writeFileSync(p, d),
  samePath: (a, b) => resolve(a) === resolve(b),
  stdout: (l) => process.stdout.write(`${l}\n`),
  stderr: (l) => process.stderr.write(`${l}\n`),
  now: () => new Date(),
  user: currentUser(),
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
