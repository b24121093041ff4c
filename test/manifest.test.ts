import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";

/**
 * The local manifest check CI can run (office-addin-manifest validate needs the internet:
 * `npm run validate` is a manual release step): ids, URLs, requirement sets, commands.
 */
const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const text = (tag: string) => all(tag)[0]?.textContent?.trim() ?? "";

describe("manifest.xml", () => {
  it("parses, with the development GUID id and a four-part version", () => {
    expect(doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(text("Id")).toBe("3f0c1d2e-9a57-4b8e-b1c4-6d2a7e5f9a10");
    expect(text("Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("is Vietnamese by default with English overrides", () => {
    expect(text("DefaultLocale")).toBe("vi-VN");
    for (const tag of ["DisplayName", "Description"])
      expect(all(tag)[0]?.getElementsByTagName("Override")[0]?.getAttribute("Locale")).toBe(
        "en-US"
      );
    for (const s of all("bt:String")) expect(s.getElementsByTagName("bt:Override")).toHaveLength(1);
  });

  it("asks for ReadWriteDocument, ExcelApi 1.12 and the shared runtime for the Workbook host", () => {
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["ExcelApi", "1.12"],
      ["SharedRuntime", "1.1"],
    ]);
    expect(all("Host")[0]?.getAttribute("Name")).toBe("Workbook");
  });

  it("uses only https URLs on its app domain, and every icon exists in assets/", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map(
      (m) => m[1] as string
    );
    const domain = text("AppDomain");
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${domain}/`)).toBe(true);
    for (const url of urls.filter((u) => u.includes("/assets/")))
      expect(existsSync(join(root, url.slice(domain.length + 1)))).toBe(true);
  });

  it("resolves every resid, and the ribbon has the two buttons on a shared runtime", () => {
    const ids = new Set(
      all("bt:Image")
        .concat(all("bt:Url"), all("bt:String"))
        .map((e) => e.getAttribute("id"))
    );
    for (const e of Array.from(doc.getElementsByTagName("*"))) {
      const resid = e.getAttribute("resid");
      if (resid) expect([resid, ids.has(resid)]).toEqual([resid, true]);
    }
    const controls = all("Control").map((c) => [
      c.getAttribute("id"),
      c.getElementsByTagName("Action")[0]?.getAttribute("xsi:type"),
    ]);
    expect(controls).toEqual([
      ["BinhXet.Regenerate", "ExecuteFunction"],
      ["BinhXet.ShowPane", "ShowTaskpane"],
    ]);
    expect(text("FunctionName")).toBe("regenerate");
    expect(all("Runtime")[0]?.getAttribute("lifetime")).toBe("long");
    expect(all("FunctionFile")[0]?.getAttribute("resid")).toBe(
      all("Runtime")[0]?.getAttribute("resid")
    );
    expect(text("TaskpaneId")).toBe("Office.AutoShowTaskpaneWithDocument");
  });

  it("the icons are PNGs of the sizes they claim", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect([
        size,
        png.subarray(1, 4).toString("ascii"),
        png.readUInt32BE(16),
        png.readUInt32BE(20),
      ]).toEqual([size, "PNG", size, size]);
    }
  });
});

describe("the release manifest (issue 11 §10)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
  const { releaseManifest, RELEASE_ID } = require("../scripts/releaseManifest") as {
    releaseManifest(xml: string, url: string): string;
    RELEASE_ID: string;
  };
  const url = "https://thiduakhenthuong.example.gov.vn/binhxet";
  const release = releaseManifest(xml, url);
  const rdoc = new DOMParser().parseFromString(release, "text/xml");
  const rtext = (tag: string) => rdoc.getElementsByTagName(tag)[0]?.textContent?.trim() ?? "";

  it("names the organisation's host everywhere, with its own stable id, and parses", () => {
    expect(rtext("Id")).toBe(RELEASE_ID);
    expect(RELEASE_ID).not.toBe(text("Id"));
    expect(release).not.toContain("localhost");
    expect(rtext("AppDomain")).toBe("https://thiduakhenthuong.example.gov.vn");
    const urls = [...release.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u?.startsWith(`${url}/`)).toBe(true);
    expect(rdoc.getElementsByTagName("DisplayName")[0]?.getAttribute("DefaultValue")).toBe(
      "Bình Xét"
    );
  });

  it("refuses an address that is not https", () => {
    expect(() => releaseManifest(xml, "http://intranet/binhxet")).toThrow("https");
  });
});
