import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { setCells } from "../../src/workbook/xlsx/setCells";
import { makeReportForms } from "../../src/reportForms";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { CHROMIUM, site } from "./browser";
import { INPUT_SHEETS } from "../helpers/snapshot";

/** The add-in's own taskpane.html, built for production, in headless Chromium with a stand-in Office host. */
const root = join(__dirname, "..", "..");
const dist = join(root, "dist", "addin");
const artifacts = join(root, "test-artifacts");
/** The strict Excel double, built for the browser by webpack's `standin` config. */
const standIn = () => readFileSync(join(root, "dist", "standin", "standin.js"), "utf8");
const sample = readXlsx(XlsxPackage.open(readFileSync(join(root, "examples", "sample.xlsx"))));
/** A workbook as the page's double takes it: values, and number formats that say percent or date. */
interface PageSheet {
  name: string;
  values: (string | number | boolean | null)[][];
  formats: string[][];
}
const asPage = (snapshot: WorkbookSnapshot): PageSheet[] =>
  snapshot.sheets.map((s) => {
    // Array.from, not map: the snapshot's rows are sparse, and a hole would reach the page as null.
    const rows = Array.from({ length: s.rows.length }, (_, r) => s.rows[r] ?? []);
    return {
      name: s.name,
      values: rows.map((r) => Array.from({ length: r.length }, (_, c) => r[c]?.v ?? null)),
      formats: rows.map((r) =>
        Array.from({ length: r.length }, (_, c) => {
          const cell = r[c] ?? null;
          return cell !== null && cell.t === "n"
            ? cell.pct
              ? "0.0%"
              : cell.date
                ? "dd/mm/yyyy"
                : "General"
            : "General";
        })
      ),
    };
  });
const sheets = asPage(sample);

const browserTest = existsSync(CHROMIUM) ? describe : describe.skip;

browserTest("the task pane page in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof site>>;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await site("addin", dist, "taskpane.html");
    browser = server.browser;
  }, 180_000);

  afterAll(async () => server?.close());

  async function open(
    language = "vi-VN",
    data: ReturnType<typeof asPage> = sheets,
    width = 360
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript((data) => Object.assign(window, data), {
      __SHEETS__: data,
      __LANGUAGE__: language,
    });
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: standIn() })
    );
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("toolbar").waitFor();
    return { page, errors };
  }

  it("loads and renders without console errors, under its Content-Security-Policy", async () => {
    const { page, errors } = await open();
    await page.screenshot({ path: join(artifacts, "taskpane-start.png") });
    expect(await page.getByRole("button", { name: "Xếp hạng", exact: true }).isEnabled()).toBe(
      true
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("checks, then ranks the sample, and registers the ribbon command", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByText("Đã kiểm tra: 0 lỗi, 4 cảnh báo.").waitFor();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    await page.screenshot({ path: join(artifacts, "taskpane-ranked.png"), fullPage: true });
    // The buttons open the sheets the run wrote.
    await page.getByRole("button", { name: "Mở Đề nghị khen thưởng" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __WORKBOOK__: { active: string } }).__WORKBOOK__.active ===
        "Đề nghị khen thưởng"
    );
    expect(
      await page.evaluate(() =>
        Object.keys((window as unknown as { __HOST__: { commands: object } }).__HOST__.commands)
      )
    ).toEqual(["regenerate"]);
    expect(
      await page.evaluate(() =>
        (
          window as unknown as { __WORKBOOK__: { sheets: { name: string }[] } }
        ).__WORKBOOK__.sheets.map((s) => s.name)
      )
    ).toEqual([
      ...INPUT_SHEETS,
      "Xếp hạng",
      "Bình Xét - lần trước",
      "In xếp hạng",
      "Giải thích",
      "Đề nghị khen thưởng",
      "Tờ trình",
      "Biên bản họp",
      "Biểu đồ",
      "Nhật ký",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("the weight what-if shows who would move and never touches the workbook", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    const runs = () =>
      page.evaluate(() => (window as unknown as { __EXCEL_RUNS__: number }).__EXCEL_RUNS__);
    const before = await runs();
    await page.getByRole("tab", { name: "Thử trọng số" }).click();
    const section = page.getByRole("region", { name: "Thử thay đổi trọng số" });
    await section.getByRole("combobox").click();
    await page.getByRole("option", { name: "BC1 (Bưu chính)" }).click();
    const slider = section.getByRole("slider");
    await slider.focus();
    // Ten steps of 5 %: the weight of BC1 at 150 %.
    for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
    await section.getByText(/Trọng số 150%/).waitFor();
    await section.getByText(/đổi hạng hoặc đề xuất|Không ai đổi hạng/).waitFor();
    await section.getByText(/Chỉ là thử: sổ không bị ghi/).waitFor();
    await page.screenshot({ path: join(artifacts, "taskpane-whatif.png"), fullPage: true });
    expect(await runs()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("ids like 00123, a name that begins with = and a unit with '- ': ranked, every text kept, no formula, no change on a second run", async () => {
    const tricky = asPage(sample).map((s) => {
      const values = s.values.map((r) => r.map((v) => (v === "TT25.01" ? "00123" : v)));
      const formats = s.formats.map((r, i) =>
        r.map((f, j) => (values[i]?.[j] === "00123" ? "@" : f))
      );
      if (s.name === "Đối tượng") {
        const header = values.findIndex((r) => r[0] === "Mã");
        const col = (h: string) => (values[header] as unknown[]).indexOf(h);
        const row = values[header + 1] as unknown[];
        row[col("Tên")] = '=HYPERLINK("https://example.gov.vn","Sở A")';
        row[col("Đơn vị")] = "- Phòng Kế hoạch";
        (formats[header + 1] as string[])[col("Tên")] = "@";
        (formats[header + 1] as string[])[col("Đơn vị")] = "@";
      }
      return { ...s, values, formats };
    });
    const { page, errors } = await open("vi-VN", tricky);
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    const written = await page.evaluate(() => {
      const wb = (
        window as unknown as {
          __WORKBOOK__: { formulas(): string[]; grid(n: string): unknown[][] };
        }
      ).__WORKBOOK__;
      return { formulas: wb.formulas(), ranking: wb.grid("Xếp hạng") };
    });
    expect(written.formulas).toEqual([]);
    expect(written.ranking.flat()).toEqual(
      expect.arrayContaining([
        '=HYPERLINK("https://example.gov.vn","Sở A")',
        "- Phòng Kế hoạch",
        "00123",
      ])
    );
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page.getByText("Không có thay đổi.").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("Gộp báo cáo: every cell listed, nothing written before the confirmation, a conflict only when ticked (issue 14)", async () => {
    // TT25.04's results cleared except BC1, which its report contradicts.
    const data = asPage(sample).map((s) =>
      s.name !== "Kết quả"
        ? s
        : {
            ...s,
            values: s.values.map((r) =>
              r[0] === "TT25.04" ? r.map((v, j) => (j < 3 ? v : null)) : r
            ),
          }
    );
    const form = makeReportForms(sample, null, new Date(2026, 11, 1)).files.find(
      (f) => f.form.unit.id === "TT25.04"
    );
    const pkg = XlsxPackage.open(form?.bytes as Uint8Array);
    const results = sample.sheets.find((x) => x.name === "Kết quả")?.rows ?? [];
    const codes = results[2] ?? [];
    const original = results.find((r) => r?.[0]?.v === "TT25.04") ?? [];
    setCells(
      pkg,
      "Báo cáo",
      (form?.form.rows ?? []).map((r, i) => {
        const col = codes.findIndex((c) => c?.v === r[2]);
        return { row: 5 + i, col: 6, value: r[2] === "BC1" ? 12.5 : Number(original[col]?.v ?? 0) };
      })
    );
    const { page, errors } = await open("vi-VN", data);
    await page.setInputFiles("#report-files", {
      name: "bao-cao-TT25.04.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(pkg.toBytes()),
    });
    await page.getByText(/^Các ô sẽ ghi \(\d+\)$/).waitFor();
    await expect(page.getByText(/Kết quả!C7: đang có 100, báo cáo ghi 12.5/).count()).resolves.toBe(
      1
    );
    const kept = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __WORKBOOK__: { grid(n: string): unknown[][] } }
          ).__WORKBOOK__.grid("Kết quả")[6]
      );
    // Planned, not written.
    expect((await kept())?.slice(2)).toEqual([100]);
    await page.screenshot({ path: join(artifacts, "taskpane-360-collect.png"), fullPage: true });
    await page.getByRole("checkbox", { name: /Ghi đè 1 ô xung đột/ }).check();
    await page.getByRole("button", { name: /^Ghi \d+ ô vào Kết quả$/ }).click();
    await page.getByText(/^Đã gộp 1\/1 báo cáo, ghi \d+ ô/).waitFor();
    const row = await kept();
    expect(row?.slice(2, 4)).toEqual([12.5, original[3]?.v]);
    const source = await page.evaluate(() =>
      (window as unknown as { __WORKBOOK__: { grid(n: string): unknown[][] } }).__WORKBOOK__
        .grid("Nguồn số liệu")
        .flat()
    );
    expect(source).toContain("bao-cao-TT25.04.xlsx");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.each([320, 350, 400])(
    "at %i px: one command bar whose primary button does not wrap, the results in tabs, Thông báo listing errors first",
    async (width) => {
      const { page, errors } = await open("vi-VN", sheets, width);
      await page.screenshot({ path: join(artifacts, `taskpane-${width}-start.png`) });
      const rank = page.getByRole("button", { name: "Xếp hạng", exact: true });
      const lines = () =>
        rank.evaluate((b) => {
          // Each line of the label's text is a rectangle of its own: one top means one line.
          const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
          const tops = new Set<number>();
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(t);
            for (const r of range.getClientRects()) tops.add(Math.round(r.top));
          }
          return tops.size;
        });
      expect(await lines()).toBe(1);
      const bar = await page.getByRole("toolbar").boundingBox();
      expect(bar?.width ?? Infinity).toBeLessThanOrEqual(width);
      // The three commands on one row.
      const tops = await page
        .getByRole("toolbar")
        .getByRole("button")
        .evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect([tops.length, new Set(tops).size]).toEqual([3, 1]);
      await rank.click();
      await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
      expect(await lines()).toBe(1);
      await page.screenshot({
        path: join(artifacts, `taskpane-${width}-ranked.png`),
        fullPage: true,
      });
      await page.getByRole("tab", { name: "Thông báo (4)" }).click();
      await page.screenshot({
        path: join(artifacts, `taskpane-${width}-messages.png`),
        fullPage: true,
      });
      // Nothing is wider than the pane: no sideways scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width
      );
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000
  );

  it("a workbook without the input sheets: 'Sổ này chưa có …: bấm Tạo mẫu', then Tạo mẫu says what it created", async () => {
    const { page, errors } = await open(
      "vi-VN",
      [{ name: "Sheet1", values: [[null]], formats: [["General"]] }],
      320
    );
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await page
      .getByText(/^Sổ này chưa có các trang Tiêu chí, Đối tượng, Kết quả: bấm Tạo mẫu/)
      .waitFor();
    expect(await page.getByText(/0\/0/).count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "taskpane-320-empty.png"), fullPage: true });
    await page.getByRole("button", { name: "Tạo mẫu" }).click();
    await page.getByText(/^Đã tạo: /).waitFor();
    expect(await page.getByText(/^Sổ này chưa có/).count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "taskpane-320-template.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("speaks English when Office does", async () => {
    const { page } = await open("en-US");
    expect(await page.getByRole("button", { name: "Rank" }).isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
