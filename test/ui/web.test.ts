import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { toJson } from "../../src/engine/output/toJson";
import { rankCouncil } from "../../src/engine/rankCouncil";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { setCells } from "../../src/workbook/xlsx/setCells";
import { unzipSync } from "fflate";
import { OUR_SHEETS, badCouncil, historyCouncil, pastYear } from "../helpers/xlsxFile";
import { CHROMIUM, site } from "./browser";
import { INPUT_SHEETS } from "../helpers/snapshot";

/** The web page (npm run web) in Debian's Chromium: open, check, rank, filter, download, in both languages. */
const root = join(__dirname, "..", "..");
const dist = join(root, "dist", "web");
const artifacts = join(root, "test-artifacts");
const sample = join(root, "examples", "sample.xlsx");
const expected = JSON.parse(readFileSync(join(root, "examples", "sample.expected.json"), "utf8"));

const browserTest = existsSync(CHROMIUM) ? describe : describe.skip;

browserTest("the web page in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof site>>;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await site("web", dist, "index.html");
    browser = server.browser;
    // bypassCSP only so that the accessibility scanner can be injected; the page's own scripts obey its CSP.
    context = await browser.newContext({
      acceptDownloads: true,
      bypassCSP: true,
      viewport: { width: 1280, height: 1000 },
    });
  }, 180_000);

  afterAll(async () => server?.close());

  async function open(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(server.url);
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).waitFor();
    return { page, errors, requests };
  }

  async function axe(page: Page): Promise<{ id: string; impact: string; nodes?: string[] }[]> {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    return page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(context: object): Promise<{ violations: { id: string; impact: string }[] }> };
      };
      // Tabster's focus sentinels (data-tabster-dummy) are focusable but aria-hidden by design: they pass focus on at once.
      return (await w.axe.run({ exclude: [["[data-tabster-dummy]"]] })).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: (v as unknown as { nodes: { html: string }[] }).nodes.map((n) =>
          n.html.slice(0, 200)
        ),
      }));
    });
  }

  it("ranks the sample, shows the golden ranking, and downloads the workbook with Xếp hạng", async () => {
    const { page, errors, requests } = await open();
    await page.locator("#workbook-file").setInputFiles(sample);
    await page.getByText("Đang mở: sample.xlsx").waitFor();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    const grid = page.getByRole("table", { name: "Bảng xếp hạng" });
    // The first row is its scope group's header; the nominee rows follow it, without the cluster repeated.
    expect(await grid.getByRole("row").nth(1).innerText()).toBe(
      `${expected.nominees[0].cluster} (tập thể)`
    );
    const first = await grid.getByRole("row").nth(2).innerText();
    expect(first.split(/\t|\n/).filter(Boolean)).toEqual([
      "1",
      "TT25.15",
      expected.nominees[0].name,
      "98,5",
      expected.nominees[0].awards.join("; "),
      "Xem",
    ]);
    expect(await grid.locator("[data-nominee]").count()).toBe(45);
    await page.screenshot({ path: join(artifacts, "web-ranked.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải xuống" }).click(),
    ]);
    const saved = join(artifacts, "sample-xep-hang.xlsx");
    await download.saveAs(saved);
    const reopened = readXlsx(XlsxPackage.open(readFileSync(saved)));
    expect(reopened.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...OUR_SHEETS]);
    const output = XLSX.read(readFileSync(saved)).Sheets["Xếp hạng"] as XLSX.WorkSheet;
    const table = XLSX.utils.sheet_to_json<Record<string, unknown>>(output);
    expect(
      table
        .slice(0, 3)
        .map((r) => [r["Hạng"], r["Mã"], r["Điểm (thang 100)"], r["Đề xuất khen thưởng"]])
    ).toEqual(
      expected.nominees
        .slice(0, 3)
        .map((n: { rank: number; id: string; score: number; awards: string[] }) => [
          n.rank,
          n.id,
          n.score,
          n.awards.join("; "),
        ])
    );
    expect(toJson(rankCouncil(reopened))).toEqual(expected);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith(server.url))).toBe(true);

    await page.getByRole("combobox", { name: "Khen thưởng" }).click();
    await page.getByRole("option", { name: "Cờ thi đua cấp bộ" }).click();
    expect(await grid.locator("[data-nominee]").count()).toBe(2);
    expect(
      (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical")
    ).toEqual([]);
    await page.close();
  }, 120_000);

  it("prints each document (the browser saves it as PDF) and makes the ballot papers (issue 12)", async () => {
    const { page, errors } = await open();
    await page.locator("#workbook-file").setInputFiles(sample);
    await page.getByText("Đang mở: sample.xlsx").waitFor();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    // A row's Giải thích on demand, below the grid.
    await page.getByRole("button", { name: /^Xem giải thích: TT25\.15 / }).click();
    await page
      .getByRole("region", { name: /^Giải thích: TT25\.15 / })
      .getByText(/^Tập thể lao động xuất sắc: đạt \(hạng 1\/11 trong Cụm thi đua số 1/)
      .waitFor();
    const docs = page.getByRole("region", { name: "Tài liệu để in" });
    const texts: Record<string, string> = {};
    for (const name of ["Đề nghị khen thưởng", "Tờ trình", "Biên bản họp"]) {
      await docs.getByRole("button", { name: `In ${name}` }).click();
      const frame = page.locator(`iframe[data-document="${name}"]`);
      await frame.waitFor({ state: "attached" });
      // What the print dialog prints, printed here to PDF by Chromium itself and read back.
      const html = (await frame.getAttribute("srcdoc")) ?? "";
      const printed = await context.newPage();
      await printed.setContent(html);
      const pdf = join(artifacts, `web-${name}.pdf`);
      await printed.pdf({ path: pdf, preferCSSPageSize: true });
      await printed.close();
      texts[name] = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/\(A4\)/);
    }
    const flat = (t = "") => t.replace(/\s+/g, "");
    expect(flat(texts["Đề nghị khen thưởng"])).toContain(
      flat("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    expect(flat(texts["Đề nghị khen thưởng"])).toContain(flat("Điểm 96,50 (HTXS)"));
    expect(flat(texts["Đề nghị khen thưởng"])).toContain(flat("DỰ THẢO"));
    expect(flat(texts["Tờ trình"])).toContain("TỜTRÌNH");
    expect(flat(texts["Biên bản họp"])).toContain("BIÊNBẢN");

    await page.getByRole("button", { name: "Thêm" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Tạo phiếu bầu" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample-phieu-bau.xlsx");
    const saved = join(artifacts, "sample-phieu-bau.xlsx");
    await download.saveAs(saved);
    const book = readXlsx(XlsxPackage.open(readFileSync(saved)));
    expect(book.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["In phiếu bầu", "Phiếu bầu"])
    );
    await page.getByText(/^Đã ghi phiếu bầu ở trang 'In phiếu bầu'/).waitFor();
    // The papers join the run's documents, under their sheet's own name.
    await docs.getByRole("button", { name: "In phiếu bầu" }).waitFor();
    await docs.getByRole("button", { name: "In Tờ trình" }).waitFor();
    await docs.getByRole("button", { name: "In xếp hạng" }).waitFor();
    await page.screenshot({ path: join(artifacts, "web-documents.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("shows the gap to the next award, and the what-if re-ranks without changing the workbook", async () => {
    const { page, errors } = await open();
    await page.locator("#workbook-file").setInputFiles(sample);
    await page.getByText("Đang mở: sample.xlsx").waitFor();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    const grid = page.getByRole("table", { name: "Bảng xếp hạng" });
    await grid.getByRole("cell", { name: /\+0,25 điểm → 'Cờ thi đua của Chính phủ'/ }).waitFor();
    await page
      .getByRole("region", { name: "Tóm tắt" })
      .getByText("Sát ngưỡng: gần được đổi đề xuất nhất")
      .waitFor();
    await page.screenshot({ path: join(artifacts, "web-gap.png"), fullPage: true });
    const download = async () => {
      const [d] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Tải xuống" }).click(),
      ]);
      const path = join(artifacts, "whatif-check.xlsx");
      await d.saveAs(path);
      return readFileSync(path);
    };
    const before = await download();
    await page.getByRole("tab", { name: "Thử trọng số" }).click();
    const section = page.getByRole("region", { name: "Thử thay đổi trọng số" });
    const slider = section.getByRole("slider");
    await slider.focus();
    for (let i = 0; i < 10; i++) await slider.press("ArrowLeft");
    await section
      .getByText(/Trọng số 50%: điểm tối đa của mỗi tiêu chí trong nhóm × 0,5/)
      .waitFor();
    await section
      .getByText(/nhân điểm tối đa của mọi tiêu chí nhóm A\. Nhiệm vụ chuyên môn/)
      .waitFor();
    await section.getByText(/đổi hạng hoặc đề xuất:/).waitFor();
    await page.screenshot({ path: join(artifacts, "web-whatif.png"), fullPage: true });
    expect((await download()).equals(before)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("counts consecutive years from last years' workbooks picked on the page", async () => {
    const { page, errors, requests } = await open();
    const file = (name: string, bytes: Uint8Array) => ({
      name,
      mimeType: "application/octet-stream",
      buffer: Buffer.from(bytes),
    });
    await page.locator("#workbook-file").setInputFiles(file("2025.xlsx", historyCouncil()));
    await page.getByText("Đang mở: 2025.xlsx").waitFor();
    await page
      .locator("#history-files")
      .setInputFiles([
        file("2023.xlsx", pastYear(2023, "Chiến sĩ thi đua cơ sở")),
        file("2024.xlsx", pastYear(2024, "Chiến sĩ thi đua cơ sở; Lao động tiên tiến")),
      ]);
    await page.getByText("Đã chọn: 2023.xlsx, 2024.xlsx").waitFor();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 1/1 đối tượng và ghi trang Xếp hạng.").waitFor();
    const grid = page.getByRole("table", { name: "Bảng xếp hạng" });
    await grid.getByRole("cell", { name: "Chiến sĩ thi đua cấp bộ", exact: true }).waitFor();
    await page.screenshot({ path: join(artifacts, "web-history.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith(server.url))).toBe(true);
    await page.close();
  }, 120_000);

  it("a bad workbook shows its messages with their cells", async () => {
    const { page } = await open();
    await page.locator("#workbook-file").setInputFiles({
      name: "bad.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(badCouncil()),
    });
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByText("Đã kiểm tra: 1 lỗi, 0 cảnh báo.").waitFor();
    expect(await page.getByText("Kết quả!B3", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText("Giá trị '1.234' không rõ dấu phân cách").isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, "web-messages.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("a file that is no workbook says what it is and what to do (issue 16)", async () => {
    const { page } = await open();
    for (const [name, words] of [
      ["encrypted.xlsx", "Sổ được bảo vệ bằng mật khẩu"],
      ["legacy.xls", "Excel 97-2003 (.xls)"],
      ["bad-crc.xlsx", "xl/worksheets/sheet3.xml"],
    ] as const) {
      await page
        .locator("#workbook-file")
        .setInputFiles(join(__dirname, "..", "fixtures", "producers", name));
      await page.getByRole("button", { name: "Kiểm tra" }).click();
      await page.getByText(words, { exact: false }).first().waitFor();
    }
    await page.close();
  }, 60_000);

  it.each([390, 1366, 1920])(
    "at %i px: the page no wider than the window, the ranking's last column in view on a desktop, the table scrolling in its box",
    async (width) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(server.url);
      // Before a file: what to do, with Tải mẫu as the one action.
      await page
        .getByText(/^Chưa mở sổ nào: mở sổ \.xlsx của Hội đồng ở trên, hoặc bấm Tải mẫu/)
        .waitFor();
      await page.screenshot({ path: join(artifacts, `web-${width}-start.png`), fullPage: true });
      await page.locator("#workbook-file").setInputFiles(sample);
      await page.getByText("Đang mở: sample.xlsx").waitFor();
      await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
      await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
      await page.screenshot({ path: join(artifacts, `web-${width}-ranked.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width
      );
      const last = await page.getByRole("columnheader", { name: "Giải thích" }).boundingBox();
      if (width >= 1366)
        expect((last?.x ?? Infinity) + (last?.width ?? 0)).toBeLessThanOrEqual(width);
      else
        expect(
          await page
            .getByRole("table", { name: "Bảng xếp hạng" })
            .evaluate(
              (t) => (t.parentElement?.scrollWidth ?? 0) > (t.parentElement?.clientWidth ?? 0)
            )
        ).toBe(true);
      await page.close();
    },
    60_000
  );

  it("Tải mẫu says what it downloaded and what to do with it", async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const make = page.getByRole("button", { name: "Tải mẫu" });
    const [download] = await Promise.all([page.waitForEvent("download"), make.click()]);
    expect(download.suggestedFilename()).toBe("mau-binh-xet.xlsx");
    await page
      .getByText(
        /^Đã tải xuống mau-binh-xet\.xlsx \(các trang Hướng dẫn, Tiêu chí, .*\): mở bằng Excel, điền theo trang Hướng dẫn/
      )
      .waitFor();
    await page.close();
  }, 60_000);

  it("the reporting round on the page: the forms as one zip, reports merged after the confirmation (issue 14)", async () => {
    const { page, errors } = await open();
    await page.locator("#workbook-file").setInputFiles(sample);
    await page.getByRole("button", { name: /^(Thêm|More)$/ }).click();
    await page.getByRole("menuitem", { name: "Tạo mẫu báo cáo" }).click();
    const [zip] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Cả năm" }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^mau-bao-cao-nam-\d{4}\.zip$/);
    const saved = join(artifacts, "web-forms.zip");
    await zip.saveAs(saved);
    const forms = unzipSync(readFileSync(saved));
    expect(Object.keys(forms)).toContain("bao-cao-TT25.04.xlsx");
    await page.getByText(/^Đã tạo \d+ mẫu báo cáo Năm \d{4}/).waitFor();
    // TT25.04 returns its form with BC1 at 12.5, where the council's cell holds 100.
    const pkg = XlsxPackage.open(forms["bao-cao-TT25.04.xlsx"] as Uint8Array);
    setCells(pkg, "Báo cáo", [{ row: 5, col: 6, value: 12.5 }]);
    await page.locator("#report-files").setInputFiles({
      name: "bao-cao-TT25.04.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(pkg.toBytes()),
    });
    await page.getByText(/Kết quả!C7: đang có 100, báo cáo ghi 12.5/).waitFor();
    await page.getByRole("checkbox", { name: /Ghi đè 1 ô xung đột/ }).check();
    const [merged] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Gộp và tải sổ xuống" }).click(),
    ]);
    expect(merged.suggestedFilename()).toBe("sample-tong-hop.xlsx");
    const book = join(artifacts, "web-merged.xlsx");
    await merged.saveAs(book);
    const results = readXlsx(XlsxPackage.open(readFileSync(book))).sheets.find(
      (x) => x.name === "Kết quả"
    );
    expect(results?.rows[6]?.[2]).toEqual({ t: "n", v: 12.5 });
    // The page goes on with the merged workbook: ranking it scores TT25.04 on 12.5 (77,63, not 99,5).
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.locator('[data-nominee="TT25.04"]').getByText("77,63").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("switches to English", async () => {
    const { page } = await open();
    await page.getByRole("switch", { name: "English" }).click();
    await page.getByRole("button", { name: "Rank" }).waitFor();
    expect(await page.getByText("Your file never leaves this computer").isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, "web-english.png") });
    await page.close();
  }, 60_000);

  it("works from the keyboard alone: open, then Tab to Xếp hạng and press Enter", async () => {
    const { page } = await open();
    await page.locator("#workbook-file").setInputFiles(sample);
    await page.getByText("Đang mở: sample.xlsx").waitFor();
    await page.getByRole("button", { name: "Chọn tệp .xlsx…" }).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "Xếp hạng") break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Xếp hạng");
    await page.keyboard.press("Enter");
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    await page.close();
  }, 60_000);

  it("measures the first load: script size and time to interactive", async () => {
    const start = Date.now();
    const { page } = await open();
    const interactive = Date.now() - start;
    const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
    const gzipped = js.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
    const raw = js.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
    writeFileSync(
      join(artifacts, "web-metrics.json"),
      JSON.stringify(
        { jsBytes: raw, jsGzipBytes: gzipped, timeToInteractiveMs: interactive },
        null,
        1
      )
    );
    expect(gzipped).toBeGreaterThan(0);
    expect(interactive).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
