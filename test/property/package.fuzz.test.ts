import fc from "fast-check";
import * as XLSX from "@e965/xlsx";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { rankWorkbook } from "../../src/rankWorkbook";
import { fileProblem } from "../../src/workbook/xlsx/fileProblem";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/**
 * Fuzzing the package (issues 16, 17): the sample's parts mutated as other producers and attackers
 * do: namespace prefixes, part-name case, UTF-16, content types, truncation, references past the grid,
 * deep nesting, unclosed tags, large parts, relationships pointing anywhere, flipped bytes. Each case
 * must rank or be refused with one file message; a written workbook must reopen, with every part the
 * run does not own unchanged. `npm run fuzz` runs 10,000 cases and writes a report of the time and
 * memory each took, failing on any case over its bound; the suite runs a few hundred and times nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
/** Bounds of one case in `npm run fuzz`: a 27 KB workbook, however mutated. */
const BOUND = { ms: 5000, mb: 400 };

const root = join(__dirname, "..", "..");
const sample = unzipSync(new Uint8Array(readFileSync(join(root, "examples", "sample.xlsx"))));
const XML = Object.keys(sample).filter((n) => /\.(xml|rels)$/.test(n));
const SHEETS = XML.filter((n) => n.startsWith("xl/worksheets/"));

type Parts = Record<string, Uint8Array>;
type Mutation = { readonly name: string; apply(parts: Parts): Parts | Uint8Array };

const text = (parts: Parts, name: string) => strFromU8(parts[name] ?? new Uint8Array(0));
const withText = (parts: Parts, name: string, t: string): Parts => ({
  ...parts,
  [name]: strToU8(t),
});

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const mutations: fc.Arbitrary<Mutation>[] = [
  fc.tuple(pick(XML), fc.constantFrom("x", "ns3", "main", "a-b")).map(([part, prefix]) => ({
    name: `prefix ${prefix}: in ${part}`,
    apply: (p) => {
      const t = text(p, part);
      const m = /xmlns="([^"]+)"/.exec(t);
      if (!m) return p;
      return withText(
        p,
        part,
        t
          .replace(m[0], `xmlns:${prefix}="${m[1]}"`)
          .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
      );
    },
  })),
  fc.tuple(pick(SHEETS), fc.constantFrom("upper", "title")).map(([part, how]) => ({
    name: `case of ${part}: ${how}`,
    apply: (p) => {
      const renamed = how === "upper" ? part.toUpperCase() : part.replace("sheet", "Sheet");
      const out: Parts = {};
      for (const [n, d] of Object.entries(p)) {
        const t = /\.(xml|rels)$/.test(n) ? strFromU8(d).split(part).join(renamed) : null;
        out[n === part ? renamed : n] = t === null ? d : strToU8(t);
      }
      return out;
    },
  })),
  fc.tuple(pick(XML), fc.constantFrom("le-bom", "be-bom", "le", "be")).map(([part, how]) => ({
    name: `UTF-16 ${how}: ${part}`,
    apply: (p) => {
      const t = text(p, part);
      const bom = how.endsWith("bom");
      const be = how.startsWith("be");
      const out = new Uint8Array((bom ? 2 : 0) + t.length * 2);
      let i = 0;
      if (bom) [out[i++], out[i++]] = be ? [0xfe, 0xff] : [0xff, 0xfe];
      for (let k = 0; k < t.length; k++) {
        const c = t.charCodeAt(k);
        [out[i++], out[i++]] = be ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8];
      }
      return { ...p, [part]: out };
    },
  })),
  fc.constantFrom("no rels default", "no overrides", "no types").map((how) => ({
    name: `content types: ${how}`,
    apply: (p) => {
      const t = text(p, "[Content_Types].xml");
      if (how === "no types")
        return Object.fromEntries(Object.entries(p).filter(([n]) => n !== "[Content_Types].xml"));
      return withText(
        p,
        "[Content_Types].xml",
        how === "no rels default"
          ? t.replace(/<Default Extension="rels"[^>]*\/>/, "")
          : t.replace(/<Override[^>]*\/>/g, "")
      );
    },
  })),
  fc
    .tuple(
      pick(SHEETS),
      fc.constantFrom("XFD1048577", "ZZZZZZ1", "A4294967295", "XFE1", "A0", "1A", "")
    )
    .map(([part, ref]) => ({
      name: `cell ${ref || "(no ref)"} in ${part}`,
      apply: (p) =>
        withText(
          p,
          part,
          text(p, part).replace("</sheetData>", `<row><c r="${ref}"><v>1</v></c></row></sheetData>`)
        ),
    })),
  fc
    .tuple(pick(XML), fc.integer({ min: 1, max: 3000 }), fc.boolean())
    .map(([part, depth, closed]) => ({
      name: `${depth} nested elements${closed ? "" : " left open"} in ${part}`,
      apply: (p) => {
        const t = text(p, part);
        const at = t.lastIndexOf("</");
        if (at < 0) return p;
        return withText(
          p,
          part,
          t.slice(0, at) + "<q>".repeat(depth) + (closed ? "</q>".repeat(depth) : "") + t.slice(at)
        );
      },
    })),
  fc
    .tuple(pick(SHEETS), fc.constantFrom("</c>", "</row>", "</is>", "</sheetData>", '"'), fc.nat())
    .map(([part, tag, k]) => ({
      name: `one ${tag} removed from ${part}`,
      apply: (p) => {
        const t = text(p, part);
        const hits = [...t.matchAll(new RegExp(tag, "g"))];
        const hit = hits[k % Math.max(1, hits.length)];
        return hit?.index === undefined
          ? p
          : withText(p, part, t.slice(0, hit.index) + t.slice(hit.index + tag.length));
      },
    })),
  fc.tuple(pick(SHEETS), fc.integer({ min: 1, max: 4 })).map(([part, mb]) => ({
    name: `${mb} MB string in ${part}`,
    apply: (p) =>
      withText(
        p,
        part,
        text(p, part).replace(
          "</sheetData>",
          `<row r="900"><c r="A900" t="inlineStr"><is><t>${"Ơ".repeat(mb << 19)}</t></is></c></row></sheetData>`
        )
      ),
  })),
  fc
    .tuple(
      fc.nat({ max: 7 }),
      pick([...Object.keys(sample), "../../x.xml", "/", "%2e%2e/a", "#", "xl"])
    )
    .map(([k, target]) => ({
      name: `relationship rId${k + 1} → ${target}`,
      apply: (p) =>
        withText(
          p,
          "xl/_rels/workbook.xml.rels",
          text(p, "xl/_rels/workbook.xml.rels").replace(
            new RegExp(`Target="[^"]*" Id="rId${k + 1}"`),
            `Target="${target.startsWith("/") || target.includes("..") || target === "#" ? target : `/${target}`}" Id="rId${k + 1}"`
          )
        ),
    })),
];

/** Whole-file mutations on the zip bytes: truncation, flipped bytes. */
const byteMutations: fc.Arbitrary<Mutation>[] = [
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({
    name: `truncated at ${(f * 100).toFixed(1)} %`,
    apply: (p) => {
      const z = zipSync(p);
      return z.subarray(0, Math.floor(z.length * f));
    },
  })),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((flips) => ({
      name: `${flips.length} bytes flipped`,
      apply: (p) => {
        const z = zipSync(p);
        for (const [at, x] of flips) {
          const i = Math.floor(at * (z.length - 1));
          z[i] = (z[i] as number) ^ x;
        }
        return z;
      },
    })),
];

const caseArb = fc
  .array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 })
  .chain((ms) =>
    fc.option(fc.oneof(...byteMutations), { freq: 4 }).map((b) => (b ? [...ms, b] : ms))
  );

/** The parts a run writes or edits; every other part of the input must come out as it went in. */
const OURS =
  /^(\[content_types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/tables\/.*|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?)$/i;

async function runCase(ms: readonly Mutation[]): Promise<void> {
  let state: Parts | Uint8Array = sample;
  for (const m of ms) state = state instanceof Uint8Array ? state : m.apply(state);
  const bytes = state instanceof Uint8Array ? state : zipSync(state);
  let workbook: XlsxWorkbook;
  try {
    workbook = XlsxWorkbook.open(bytes);
    const { result } = await rankWorkbook(workbook, { time: "t", user: "u", source: "fuzz" });
    for (const m of [...result.messages, ...result.nominees.flatMap((n) => n.messages)])
      expect([
        m.code,
        m.sheet !== "" || m.file !== undefined || m.code === "signature-lost",
      ]).toEqual([m.code, true]);
  } catch (e) {
    // A refusal is one message naming the file; anything else is a bug.
    const problem = fileProblem(e, "fuzz.xlsx");
    if (!problem) throw e;
    expect(problem.file).toBe("fuzz.xlsx");
    return;
  }
  const out = workbook.output();
  if (!out) return;
  readXlsx(XlsxPackage.open(out)).sheets.forEach((s) => s.rows.length);
  // SheetJS reopens the output whenever it reads the input: the input's own oddities stay as they were.
  const sheetJs = (b: Uint8Array) => {
    try {
      XLSX.read(b);
      return true;
    } catch {
      return false;
    }
  };
  if (sheetJs(bytes)) expect(sheetJs(out)).toBe(true);
  const before = unzipSync(bytes);
  const after = new Map(Object.entries(unzipSync(out)).map(([n, d]) => [n.toLowerCase(), d]));
  for (const [name, data] of Object.entries(before))
    if (!OURS.test(name) && !/^docprops\//i.test(name))
      expect([
        name,
        Buffer.from(after.get(name.toLowerCase()) ?? []).equals(Buffer.from(data)),
      ]).toEqual([name, true]);
}

describe(`fuzzing the package (${RUNS} mutated workbooks)`, () => {
  const report: { name: string; ms: number; mb: number }[] = [];
  afterAll(() => {
    if (!process.env.FUZZ_RUNS) return;
    const over = report.filter((r) => r.ms > BOUND.ms || r.mb > BOUND.mb);
    const slowest = [...report].sort((a, b) => b.ms - a.ms).slice(0, 10);
    const dir = join(root, "test-artifacts");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "fuzz-report.md"),
      [
        `# Package fuzz: ${report.length} cases`,
        "",
        `Bounds per case: ${BOUND.ms} ms, ${BOUND.mb} MB of memory grown. Over the bounds: ${over.length}.`,
        "",
        "| slowest cases | ms | MB |",
        "|---|---|---|",
        ...slowest.map((r) => `| ${r.name} | ${r.ms.toFixed(0)} | ${r.mb.toFixed(0)} |`),
        ...over.map((r) => `| OVER: ${r.name} | ${r.ms.toFixed(0)} | ${r.mb.toFixed(0)} |`),
        "",
      ].join("\n")
    );
    expect(over).toEqual([]);
  });

  it(
    "every case ranks or is refused with one file message; what is written reopens, the rest unchanged",
    () =>
      fc.assert(
        fc.asyncProperty(caseArb, async (ms) => {
          const rss = process.memoryUsage().rss;
          const t0 = performance.now();
          await runCase(ms);
          report.push({
            name: ms.map((m) => m.name).join(" + "),
            ms: performance.now() - t0,
            mb: (process.memoryUsage().rss - rss) / 2 ** 20,
          });
        }),
        { numRuns: RUNS, ...SEED }
      ),
    600_000
  );
});
