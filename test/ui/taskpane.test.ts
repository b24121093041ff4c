import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { fakeSheets } from "../helpers/excelHost";
import { CHROMIUM, site } from "./browser";
import { INPUT_SHEETS } from "../helpers/snapshot";

/** The add-in's own taskpane.html, built for production, in headless Chromium with a stand-in Office host. */
const root = join(__dirname, "..", "..");
const dist = join(root, "dist", "addin");
const artifacts = join(root, "test-artifacts");
const standIn = readFileSync(join(__dirname, "officeStandIn.js"), "utf8");
const sheets = fakeSheets(
  readXlsx(XlsxPackage.open(readFileSync(join(root, "examples", "sample.xlsx"))))
);

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

  async function open(language = "vi-VN"): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript((data) => Object.assign(window, data), {
      __SHEETS__: sheets,
      __LANGUAGE__: language,
    });
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: standIn })
    );
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "Bình Xét" }).waitFor();
    return { page, errors };
  }

  it("loads and renders without console errors, under its Content-Security-Policy", async () => {
    const { page, errors } = await open();
    await page.screenshot({ path: join(artifacts, "taskpane-start.png") });
    expect(await page.getByRole("button", { name: "Xếp hạng" }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("checks, then ranks the sample, and registers the ribbon command", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByText("Đã kiểm tra: 0 lỗi, 4 cảnh báo.").waitFor();
    await page.getByRole("button", { name: "Xếp hạng" }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    await page.screenshot({ path: join(artifacts, "taskpane-ranked.png"), fullPage: true });
    expect(
      await page.evaluate(() =>
        Object.keys((window as unknown as { __COMMANDS__: object }).__COMMANDS__)
      )
    ).toEqual(["regenerate"]);
    expect(
      await page.evaluate(() =>
        (window as unknown as { __SHEETS__: { name: string }[] }).__SHEETS__.map((s) => s.name)
      )
    ).toEqual([
      ...INPUT_SHEETS,
      "Xếp hạng",
      "Bình Xét - lần trước",
      "Đề nghị khen thưởng",
      "Nhật ký",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("the weight what-if shows who would move and never touches the workbook", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Xếp hạng" }).click();
    await page.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.").waitFor();
    const runs = () =>
      page.evaluate(() => (window as unknown as { __EXCEL_RUNS__: number }).__EXCEL_RUNS__);
    const before = await runs();
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

  it("speaks English when Office does", async () => {
    const { page } = await open("en-US");
    expect(await page.getByRole("button", { name: "Rank" }).isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
