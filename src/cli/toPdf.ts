import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Renders a workbook to `dir/name.pdf` with LibreOffice (`soffice`, Debian's libreoffice-calc); returns why not, or null. */
export function toPdf(xlsx: Uint8Array, dir: string, name: string): string | null {
  const work = mkdtempSync(join(tmpdir(), "binhxet-pdf-"));
  try {
    const input = join(work, `${name}.xlsx`);
    writeFileSync(input, xlsx);
    // A profile of its own, so that a LibreOffice the user has open does not take the job.
    const r = spawnSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${work}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        input,
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    if (r.error) return `không chạy được LibreOffice (soffice): ${r.error.message}`;
    if (r.status !== 0) return `LibreOffice dừng với mã ${r.status}: ${r.stderr.trim()}`;
    mkdirSync(dir, { recursive: true });
    renameSync(join(work, `${name}.pdf`), join(dir, `${name}.pdf`));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
