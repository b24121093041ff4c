import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { binhxet, ensureCli } from "../helpers/cli";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { type Parts, craft, partText } from "../helpers/craft";

/**
 * Hostile input (issue 17), through the command line on real files: nothing the file or the arguments
 * say can overwrite the input or a part that is not ours, hang the run or crash it.
 */
const root = join(__dirname, "..", "..");
const sampleBytes = new Uint8Array(readFileSync(join(root, "examples", "sample.xlsx")));
const dir = mkdtempSync(join(tmpdir(), "binhxet-hostile-"));

beforeAll(ensureCli, 120_000);

let n = 0;
function file(bytes: Uint8Array, name = `case-${++n}.xlsx`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("no path the command writes can be the input", () => {
  const cases: [string, (input: string) => string[]][] = [
    ["--json the input", (i) => [i, "-o", join(dir, "x1.xlsx"), "--json", i]],
    [
      "--json ./the input",
      (i) => [
        i,
        "-o",
        join(dir, "x2.xlsx"),
        "--json",
        join(dir, ".", i.split("/").pop() as string),
      ],
    ],
    [
      "-o a symlink to the input",
      (i) => {
        const link = join(dir, `link-${++n}.xlsx`);
        symlinkSync(i, link);
        return [i, "-o", link];
      },
    ],
    [
      "-o a hard link to the input",
      (i) => {
        const link = join(dir, `hard-${++n}.xlsx`);
        linkSync(i, link);
        return [i, "-o", link];
      },
    ],
    [
      "the input a symlink to -o",
      (i) => {
        const link = join(dir, `in-link-${++n}.xlsx`);
        symlinkSync(i, link);
        return [link, "-o", i];
      },
    ],
    [
      "--pdf a folder whose proposal list is the input",
      (i) => {
        const folder = mkdtempSync(join(dir, "pdf-"));
        linkSync(i, join(folder, "de-nghi-khen-thuong.pdf"));
        return [i, "-o", join(dir, `x3-${++n}.xlsx`), "--pdf", folder];
      },
    ],
  ];
  it.each(cases)("%s: refused, exit 2, the input unchanged", (_name, args) => {
    const input = file(sampleBytes);
    const r = binhxet("rank", ...args(input));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tệp đầu vào/);
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(sampleBytes))).toBe(true);
  });
});

/**
 * The sample with one more sheet entry named `name`, whose relationship targets `target`; with `xml`,
 * that part is added as a worksheet; `edit` changes the other parts besides.
 */
const withSheet = (name: string, target: string, xml?: string, edit?: (p: Parts) => void) =>
  craft(sampleBytes, (p: Parts) => {
    p["xl/workbook.xml"] = (p["xl/workbook.xml"] as string).replace(
      "</sheets>",
      `<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="${name}" sheetId="90" r:id="rIdX"/></sheets>`
    );
    p["xl/_rels/workbook.xml.rels"] = (p["xl/_rels/workbook.xml.rels"] as string).replace(
      "</Relationships>",
      `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}" Id="rIdX"/></Relationships>`
    );
    if (xml) {
      p[target.replace(/^\//, "")] = xml;
      p["[Content_Types].xml"] = (p["[Content_Types].xml"] as string).replace(
        "</Types>",
        `<Override PartName="${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
      );
    }
    edit?.(p);
  });

describe("a sheet claiming our name but pointing elsewhere is never written over", () => {
  it.each([
    ["Xếp hạng", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["Xếp hạng", "/xl/theme/theme1.xml", "xl/theme/theme1.xml"],
    ["Nhật ký", "/_rels/.rels", "_rels/.rels"],
    ["Xếp hạng", "../../../etc/passwd", "xl/worksheets/sheet1.xml"],
  ])(
    "%s → %s: that part is kept, ours goes beside it, and the run says so",
    (name, target, part) => {
      const input = file(withSheet(name, target));
      const out = join(dir, `claim-${++n}.xlsx`);
      const r = binhxet("rank", input, "-o", out);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(`[name-taken] ${name}`);
      expect(partText(readFileSync(out), part)).toBe(partText(readFileSync(input), part));
      const book = XLSX.read(readFileSync(out));
      expect(book.SheetNames).toContain(`${name} (Bình Xét)`);
    }
  );
});

describe("names are unique as Excel compares them", () => {
  it("a council's own sheet `XẾP HẠNG` is kept, and no two sheets differ only in case", () => {
    const input = file(
      withSheet(
        "XẾP HẠNG",
        "/xl/worksheets/own.xml",
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Bảng của Hội đồng</t></is></c></row></sheetData></worksheet>'
      )
    );
    const out = join(dir, `case-name-${++n}.xlsx`);
    expect(binhxet("rank", input, "-o", out).status).toBe(0);
    const names = XLSX.read(readFileSync(out)).SheetNames;
    expect(new Set(names.map((s) => s.toUpperCase())).size).toBe(names.length);
    expect(partText(readFileSync(out), "xl/worksheets/own.xml")).toContain("Bảng của Hội đồng");
  });

  it("group names equal to a fixed header, differing in case or holding a line break give unique table columns that match their cells", () => {
    const book = XLSX.utils.book_new();
    const add = (name: string, rows: (string | number)[][]) =>
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
    add("Tiêu chí", [
      ["Lĩnh vực", "Mã", "Tiêu chí", "Nhóm", "Loại", "Chỉ tiêu", "Điểm tối đa"],
      ["F", "A", "a", "Hạng", "Tỷ lệ", 100, 50],
      ["F", "B", "b", "hạng", "Tỷ lệ", 100, 30],
      ["F", "C", "c", "Nhóm\nhai", "Tỷ lệ", 100, 20],
    ]);
    add("Đối tượng", [
      ["Mã", "Tên", "Loại", "Lĩnh vực"],
      ["U1", "A", "Tập thể", "F"],
    ]);
    add("Kết quả", [
      ["Mã", "A", "B", "C"],
      ["U1", 90, 80, 70],
    ]);
    const input = file(new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" })));
    const out = join(dir, `groups-${++n}.xlsx`);
    expect(binhxet("rank", input, "-o", out).status).toBe(0);
    const bytes = readFileSync(out);
    const table = Object.keys(unzipSync(bytes)).find((f) => /xl\/tables\/table\d+\.xml$/.test(f));
    const columns = [
      ...(partText(bytes, table as string) ?? "").matchAll(/<tableColumn [^>]*name="([^"]*)"/g),
    ].map((m) => m[1]);
    const header = XLSX.utils.sheet_to_json<string[]>(
      XLSX.read(bytes).Sheets["Xếp hạng"] as XLSX.WorkSheet,
      {
        header: 1,
      }
    )[0];
    expect(columns).toEqual(header);
    expect(new Set(columns.map((c) => c?.toUpperCase())).size).toBe(columns.length);
    expect(columns).toEqual(expect.arrayContaining(["Hạng", "Hạng (2)", "hạng (3)", "Nhóm hai"]));
  });
});

/** The sample with its results sheet's XML edited. */
const withResults = (edit: (xml: string) => string) =>
  craft(sampleBytes, (p) => {
    p["xl/worksheets/sheet3.xml"] = edit(p["xl/worksheets/sheet3.xml"] as string);
  });

describe("a few kilobytes cannot hang the run or exhaust memory", () => {
  it.each([
    [
      "a cell at column ZZZZZZ",
      withResults((x) =>
        x.replace("</sheetData>", '<row r="60"><c r="ZZZZZZ60"><v>1</v></c></row></sheetData>')
      ),
    ],
    [
      "DDDDDD on five cells",
      withResults((x) =>
        x.replace(
          "</sheetData>",
          `${[61, 62, 63, 64, 65].map((r) => `<row r="${r}"><c r="DDDDDD${r}"><v>1</v></c></row>`).join("")}</sheetData>`
        )
      ),
    ],
    [
      "a cell at row 4,294,967,295",
      withResults((x) =>
        x.replace(
          "</sheetData>",
          '<row r="4294967295"><c r="A4294967295"><v>1</v></c></row></sheetData>'
        )
      ),
    ],
  ])("%s: an error at that cell, the rest ranked", (_name, bytes) => {
    const r = binhxet("rank", file(bytes), "-o", join(dir, `grid-${++n}.xlsx`));
    expect(r.stderr).toMatch(/\[bad-value\] Kết quả!\S+: Ô '[^']+' nằm ngoài bảng tính/);
    expect(r.stdout).toContain("TT25.15");
  });

  it("a table whose range reaches row 99,999,999,999 is no table", () => {
    const input = file(
      craft(sampleBytes, (p) => {
        p["xl/worksheets/_rels/sheet3.xml.rels"] =
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/t9.xml"/></Relationships>';
        p["xl/tables/t9.xml"] =
          '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="9" name="KetQua" displayName="KetQua" ref="A1:AB99999999999"><tableColumns count="1"><tableColumn id="1" name="Mã"/></tableColumns></table>';
        p["[Content_Types].xml"] = (p["[Content_Types].xml"] as string).replace(
          "</Types>",
          '<Override PartName="/xl/tables/t9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>'
        );
      })
    );
    const r = binhxet("rank", input, "-o", join(dir, `table-${++n}.xlsx`));
    expect(r.status).toBe(0);
  });

  it.each([
    [
      "xl/workbook.xml",
      (x: string) =>
        x.replace(
          "<workbookPr/>",
          `${"<extLst>".repeat(1_000_000)}${"</extLst>".repeat(1_000_000)}<workbookPr/>`
        ),
    ],
    [
      "[Content_Types].xml",
      (x: string) =>
        x.replace("</Types>", `${"<a>".repeat(1_000_000)}${"</a>".repeat(1_000_000)}</Types>`),
    ],
    [
      "xl/worksheets/sheet3.xml",
      (x: string) =>
        x.replace(
          "</sheetData>",
          `<row r="70">${'<c r="A70"><v>1</v>'.repeat(20_000)}</sheetData>`
        ),
    ],
    [
      "xl/worksheets/sheet3.xml",
      (x: string) =>
        x.replace(
          "</sheetData>",
          `${'<row r="71"><c r="A71"><v>1</v></c>'.repeat(20_000)}</sheetData>`
        ),
    ],
  ])("%s nested a million deep or left unclosed: one message naming the part", (part, edit) => {
    const input = file(craft(sampleBytes, (p) => void (p[part] = edit(p[part] as string))));
    const r = binhxet("rank", input, "-o", join(dir, `deep-${++n}.xlsx`));
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `[bad-file] ${input.split("/").pop()}: Tệp .xlsx bị hỏng ở phần '${part}'`
    );
  });

  it("a zip bomb stops at the size the archive declares, with 'tệp giải nén quá lớn'", () => {
    // 3.5 GB of one byte, deflated to a few MB, declared honestly: refused before any inflating.
    const chunk = deflateRawSync(Buffer.alloc(64 << 20, 0x41), { level: 9 });
    const bomb = zipWithEntry("xl/worksheets/sheet3.xml", chunk, 3_500_000_000 >>> 0);
    const r = binhxet("rank", file(bomb), "-o", join(dir, `bomb-${++n}.xlsx`));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^\[bad-file\] .*(quá lớn|bị hỏng)/);
  });
});

/** The sample with one sheet's entry replaced by raw deflated data and a declared size (a crafted zip). */
function zipWithEntry(name: string, compressed: Uint8Array, size: number): Uint8Array {
  const base = craft(sampleBytes, (p) => void delete p[name]);
  // Append one more entry by hand: local header, data, then a central directory that lists it too.
  const parts = Object.entries(unzipSync(base));
  const encoder = new TextEncoder();
  const entries: {
    name: Uint8Array;
    data: Uint8Array;
    method: number;
    size: number;
    crc: number;
  }[] = parts.map(([n, d]) => ({
    name: encoder.encode(n),
    data: d,
    method: 0,
    size: d.length,
    crc: crc32(d),
  }));
  entries.push({ name: encoder.encode(name), data: compressed, method: 8, size, crc: 0 });
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(8, e.method, true);
    h.setUint32(14, e.crc, true);
    h.setUint32(18, e.data.length, true);
    h.setUint32(22, e.size, true);
    h.setUint16(26, e.name.length, true);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, e.method, true);
    c.setUint32(16, e.crc, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.size, true);
    c.setUint16(28, e.name.length, true);
    c.setUint32(42, offset, true);
    chunks.push(new Uint8Array(h.buffer), e.name, e.data);
    central.push(new Uint8Array(c.buffer), e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const size_ = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size_, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

function crc32(data: Uint8Array): number {
  let c = -1;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}

describe("time follows the council, not the whole file (issue 16 §9)", () => {
  it("a foreign sheet repeating a 1 MB string 12,000 times costs nothing: it is never read", () => {
    const big = "Ơ".repeat(1 << 20);
    const rows = Array.from(
      { length: 1200 },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${"ABCDEFGHIJ"[c]}${r + 1}" t="s"><v>0</v></c>`).join("")}</row>`
    );
    const input = file(
      withSheet(
        "Phụ lục",
        "/xl/worksheets/big.xml",
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
        (p) => {
          p["xl/_rels/workbook.xml.rels"] = (p["xl/_rels/workbook.xml.rels"] as string).replace(
            "</Relationships>",
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml" Id="rIdS"/></Relationships>'
          );
          p["xl/sharedStrings.xml"] =
            `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12000" uniqueCount="1"><si><t>${big}</t></si></sst>`;
          p["[Content_Types].xml"] = (p["[Content_Types].xml"] as string).replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
          );
        }
      )
    );
    expect(readFileSync(input).length).toBeLessThan(200_000);
    const r = binhxet("rank", input, "-o", join(dir, `foreign-${++n}.xlsx`));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("TT25.15");
  });
});

describe("odd cell types read as Excel shows them", () => {
  it("<v></v> is an empty cell, with its warning, not a silent 0", () => {
    const input = file(
      withResults((x) =>
        // I15 is already empty in the sample; C5 (BC1 of TT25.02) gets an empty value element.
        x.replace(/<c r="C5"([^>]*)>[\s\S]*?<\/c>/, '<c r="C5"$1><v></v></c>')
      )
    );
    const json = join(dir, `odd-${++n}.json`);
    binhxet("rank", input, "-o", join(dir, `odd-${n}.xlsx`), "--json", json);
    const r = JSON.parse(readFileSync(json, "utf8")) as {
      nominees: { id: string; messages: { code: string; cell: string }[] }[];
    };
    expect(r.nominees.find((x) => x.id === "TT25.02")?.messages).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "missing", cell: "C5" })])
    );
  });
});

describe("what the command prints is safe for a terminal", () => {
  it("an escape sequence in a name is shown, not sent", () => {
    const input = file(
      craft(sampleBytes, (p) => {
        // Control characters reach a sheet as SpreadsheetML's escapes: ESC ] 52 sets the clipboard.
        p["xl/worksheets/sheet2.xml"] = (p["xl/worksheets/sheet2.xml"] as string).replace(
          /<c r="B4"([^>]*)><is><t>[^<]*<\/t>/,
          '<c r="B4"$1><is><t>Sở A_x001B_]52;c;cm0gLXJmIH4=_x0007__x001B_[2J</t>'
        );
      })
    );
    const r = binhxet("rank", input, "-o", join(dir, `esc-${++n}.xlsx`));
    // eslint-disable-next-line no-control-regex -- the characters that must not reach the terminal
    expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(r.stdout).toContain("\\u001b]52;c;");
  });
});
