import fc from "fast-check";
import { DOMParser } from "@xmldom/xmldom";
import { escapeXml, textCell } from "./sheetXml";

/** What a namespace-aware XML parser reads back from one inline-string cell: its text and its xml:space. */
function readBack(cell: string): { text: string; space: string | null } {
  const doc = new DOMParser().parseFromString(cell, "text/xml");
  const t = doc.getElementsByTagName("t")[0];
  return {
    text: t?.textContent ?? "",
    space: t?.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space") || null,
  };
}

describe("inline-string cells (issue 15: fewer bytes, the same text)", () => {
  it.each([
    ["Tập thể", null],
    ["Cờ thi đua cấp bộ; Giấy khen", null],
    [" leading", "preserve"],
    ["trailing ", "preserve"],
    ["two  spaces", "preserve"],
    ["[missing] Kết quả!I15: Ô trống\n[bad-value] Kết quả!J15: …", "preserve"],
    ["a\ttab", "preserve"],
  ])("%j keeps its text, with xml:space %s", (text, space) => {
    expect(readBack(textCell("B2", text, 2))).toEqual({ text, space });
  });

  it("escapes exactly as the full chain of replacements, on any text", () => {
    const slow = (s: string) =>
      s
        .replace(
          // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, lone surrogates
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          ""
        )
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;");
    const pieces = fc.constantFrom(
      "a",
      "Ư",
      "&",
      "<",
      ">",
      '"',
      "\u0001",
      "\uFFFE",
      "\uD83D",
      "\uDE00",
      "😀",
      " ",
      "\n"
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(escapeXml(s)).toBe(slow(s));
      }),
      { numRuns: 500 }
    );
  });
});
