import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Supply chain and serving, checked offline (`npm audit` needs the registry's audit service, which this
 * workplace does not reach): the versions that matter, no network code in what ships, and the pages' CSP.
 */
const root = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
const version = (v: string) => v.split(".").map(Number) as [number, number, number];
const atLeast = (v: string, min: string) => {
  const [a, b, c] = version(v);
  const [x, y, z] = version(min);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
};

describe("supply chain", () => {
  it("mathjs is 15.2.0 or later: 13.1 to 15.1 let an expression run code", () => {
    expect(atLeast(lock.packages["node_modules/mathjs"].version, "15.2.0")).toBe(true);
  });

  it("the SheetJS of npm (xlsx 0.18, with advisories for untrusted files) is nowhere; the fixed @e965/xlsx is a test tool only", () => {
    expect(
      Object.keys(lock.packages).filter(
        (p) => p === "node_modules/xlsx" || p.endsWith("/node_modules/xlsx")
      )
    ).toEqual([]);
    expect(pkg.dependencies["@e965/xlsx"]).toBeUndefined();
    expect(lock.packages["node_modules/@e965/xlsx"].dev).toBe(true);
  });

  it("the runtime needs only the engine's and the pages' libraries", () =>
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      "@fluentui/react-charts",
      "@fluentui/react-components",
      "@fluentui/react-icons",
      "@xmldom/xmldom",
      "decimal.js",
      "fflate",
      "mathjs",
      "react",
      "react-dom",
    ]));
});

describe("what ships makes no network call", () => {
  const bundles = ["addin", "web"].flatMap((d) =>
    existsSync(join(root, "dist", d))
      ? readdirSync(join(root, "dist", d))
          .filter((f) => /\.js$/.test(f))
          .map((f) => join(root, "dist", d, f))
      : []
  );
  const built = bundles.length > 0 ? it : it.skip;
  built.each(["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource"])(
    "no %s in the built pages",
    (api) => {
      for (const b of bundles)
        expect([b, readFileSync(b, "utf8").includes(api)]).toEqual([b, false]);
    }
  );

  it.each([
    ["src/web/index.html", ["script-src 'self';", "connect-src 'none'", "object-src 'none'"]],
    ["src/taskpane/taskpane.html", ["script-src 'self' https://appsforoffice.microsoft.com;"]],
  ])("%s has a Content-Security-Policy without unsafe-eval", (file, parts) => {
    const html = readFileSync(join(root, file), "utf8");
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    for (const p of parts) expect(csp).toContain(p);
    expect(csp).not.toContain("unsafe-eval");
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
  });
});
