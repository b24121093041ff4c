// Builds test/fixtures/producers/: the sample council as other producers write it, and files that are
// damaged or not workbooks at all. Run it once (`node scripts/make-fixtures.js`); the files are
// committed, and test/fixtures/producers/README.md says how each was made. Needs LibreOffice (soffice).
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, writeFileSync, mkdirSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

const root = join(__dirname, "..");
const out = join(root, "test", "fixtures", "producers");
mkdirSync(out, { recursive: true });

// The base: the sample re-saved by LibreOffice Calc, so that its texts are shared strings.
const work = mkdtempSync(join(tmpdir(), "binhxet-fixtures-"));
execFileSync(
  "soffice",
  [
    "--headless",
    "--norestore",
    `-env:UserInstallation=file://${work}/profile`,
    "--convert-to",
    "xlsx",
    "--outdir",
    work,
    join(root, "examples", "sample.xlsx"),
  ],
  { stdio: "ignore" }
);
const base = unzipSync(readFileSync(join(work, "sample.xlsx")));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Fixed dates, so that running the script twice writes the same bytes. */
function zip(parts) {
  const entries = {};
  for (const [name, data] of Object.entries(parts))
    entries[name] = [data, { mtime: new Date(2025, 0, 1) }];
  return zipSync(entries, { level: 6 });
}

function mapXml(parts, f) {
  const result = {};
  for (const [name, data] of Object.entries(parts))
    result[name] = /\.(xml|rels)$/i.test(name) ? strToU8(f(strFromU8(data), name)) : data;
  return result;
}

/** Binds the default namespace `ns` to `prefix` on the root and prefixes every unprefixed element. */
function prefixed(xml, ns, prefix) {
  if (!xml.includes(`xmlns="${ns}"`)) return xml;
  return xml
    .replace(`xmlns="${ns}"`, `xmlns:${prefix}="${ns}"`)
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}

const fixtures = {
  // What ClosedXML and the Open XML SDK write: SpreadsheetML under `x:`; docx4j-style `ns3:` relationships.
  "prefixed.xlsx": zip(
    mapXml(base, (xml) => prefixed(prefixed(prefixed(xml, MAIN, "x"), PKG_REL, "ns3"), TYPES, "ct"))
  ),
  // Excel's "Strict Open XML Spreadsheet": the purl.oclc.org namespaces and relationship types.
  "strict.xlsx": zip(
    mapXml(base, (xml) =>
      xml
        .split(MAIN)
        .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
        .split(`${REL}/`)
        .join("http://purl.oclc.org/ooxml/officeDocument/relationships/")
        .split(`"${REL}"`)
        .join('"http://purl.oclc.org/ooxml/officeDocument/relationships"')
        .replace(/<workbook\b/, '<workbook conformance="strict"')
    )
  ),
  // Every XML part in UTF-16: little-endian with a byte order mark, the sheets big-endian without.
  "utf16.xlsx": zip(
    Object.fromEntries(
      Object.entries(base).map(([name, data]) => {
        if (!/\.(xml|rels)$/i.test(name)) return [name, data];
        const text = strFromU8(data).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
        const sheet = name.startsWith("xl/worksheets/");
        const bytes = new Uint8Array((sheet ? 0 : 2) + text.length * 2);
        let p = 0;
        if (!sheet) ((bytes[p++] = 0xff), (bytes[p++] = 0xfe));
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (sheet) ((bytes[p++] = c >> 8), (bytes[p++] = c & 0xff));
          else ((bytes[p++] = c & 0xff), (bytes[p++] = c >> 8));
        }
        return [name, bytes];
      })
    )
  ),
  // Part names in another case than the product's own (`Sheet1.xml`), the first sheet with a relationships part.
  "part-case.xlsx": zip(
    Object.fromEntries([
      ...Object.entries(
        mapXml(base, (xml, name) =>
          name.endsWith(".rels") || name === "[Content_Types].xml"
            ? xml.replace(/worksheets\/sheet(\d)\.xml/g, "worksheets/Sheet$1.xml")
            : name === "xl/worksheets/sheet1.xml"
              ? xml
                  .replace(
                    "</sheetData>",
                    '</sheetData><hyperlinks><hyperlink ref="C2" r:id="rIdLink"/></hyperlinks>'
                  )
                  .replace("<worksheet ", `<worksheet xmlns:r="${REL}" `)
              : xml
        )
      ).map(([name, data]) => [
        name.replace(/worksheets\/sheet(\d)\.xml$/, "worksheets/Sheet$1.xml"),
        data,
      ]),
      [
        "xl/worksheets/_rels/Sheet1.xml.rels",
        strToU8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rIdLink" Type="${REL}/hyperlink" Target="https://thiduakhenthuong.example.gov.vn/" TargetMode="External"/></Relationships>`
        ),
      ],
    ])
  ),
  // LibreOffice 3.3-6.0, OpenOffice and POI: no Default for .rels, an Override for each relationships part.
  "no-rels-default.xlsx": zip(
    mapXml(base, (xml, name) =>
      name !== "[Content_Types].xml"
        ? xml
        : xml.replace(/<Default Extension="rels"[^>]*\/>/, "").replace(
            "</Types>",
            Object.keys(base)
              .filter((p) => p.endsWith(".rels"))
              .map(
                (p) =>
                  `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`
              )
              .join("") + "</Types>"
          )
    )
  ),
  // A macro-enabled workbook: the main part's content type says so, and it holds a VBA project part.
  "macro.xlsm": zip({
    ...mapXml(base, (xml, name) =>
      name === "[Content_Types].xml"
        ? xml
            .replace(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
              "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
            )
            .replace(
              "</Types>",
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
            )
        : name === "xl/_rels/workbook.xml.rels"
          ? xml.replace(
              "</Relationships>",
              '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
            )
          : xml
    ),
    "xl/vbaProject.bin": new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff)),
  }),
  // A digitally signed package: the origin part and one XML-DSig signature.
  "signed.xlsx": zip({
    ...mapXml(base, (xml, name) =>
      name === "_rels/.rels"
        ? xml.replace(
            "</Relationships>",
            `<Relationship Id="rIdSig" Type="${PKG_REL}/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>`
          )
        : name === "[Content_Types].xml"
          ? xml.replace(
              "</Types>",
              '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>'
            )
          : xml
    ),
    "_xmlsignatures/origin.sigs": new Uint8Array(0),
    "_xmlsignatures/_rels/origin.sigs.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${PKG_REL}/digital-signature/signature" Target="sig1.xml"/></Relationships>`
    ),
    "_xmlsignatures/sig1.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo/><SignatureValue>AAAA</SignatureValue></Signature>'
    ),
  }),
};

// A wrong CRC on one sheet: the bytes inflate, but are not what was stored.
const crc = zip(base);
const sheetName = "xl/worksheets/sheet3.xml";
for (let i = 0; i < crc.length - 4; i++) {
  const sig = crc[i] | (crc[i + 1] << 8) | (crc[i + 2] << 16) | (crc[i + 3] << 24);
  const local = sig === 0x04034b50;
  const central = sig === 0x02014b50;
  if (!local && !central) continue;
  const nameAt = i + (local ? 30 : 46);
  const nameLen = crc[i + (local ? 26 : 28)] | (crc[i + (local ? 27 : 29)] << 8);
  if (strFromU8(crc.subarray(nameAt, nameAt + nameLen)) === sheetName)
    crc[i + (local ? 14 : 16)] ^= 0xff;
}
fixtures["bad-crc.xlsx"] = crc;
// Cut short in transfer: the first half of the file.
const whole = zip(base);
fixtures["truncated.xlsx"] = whole.subarray(0, Math.floor(whole.length / 2));

/** A minimal OLE compound file (the container of .xls and of encrypted .xlsx) naming its streams. */
function ole(streams) {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  ["Root Entry", ...streams].forEach((name, k) => {
    for (let i = 0; i < name.length; i++) bytes[512 + k * 128 + i * 2] = name.charCodeAt(i);
    bytes[512 + k * 128 + 64] = (name.length + 1) * 2;
  });
  return bytes;
}
// What Excel writes for "Encrypt with Password": the package inside an OLE file (contents left out).
fixtures["encrypted.xlsx"] = ole(["EncryptionInfo", "EncryptedPackage"]);
fixtures["legacy.xls"] = ole(["Workbook", "\u0005SummaryInformation"]);
fixtures["sheet.ods"] = zipSync({
  mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
  "content.xml": strToU8(
    '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
  ),
});
fixtures["binary.xlsb"] = zipSync({
  "[Content_Types].xml": strToU8(
    `<?xml version="1.0"?><Types xmlns="${TYPES}"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`
  ),
  "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00]),
});
fixtures["data.csv"] = strToU8("Mã,Tên,Loại,Lĩnh vực\nTT25.01,Sở A,Tập thể,Chính phủ số\n");

for (const [name, bytes] of Object.entries(fixtures)) writeFileSync(join(out, name), bytes);
process.stdout.write(`wrote ${Object.keys(fixtures).length} fixtures to ${out}\n`);
