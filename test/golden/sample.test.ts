import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJson } from "../../src/engine/output/toJson";
import { rankCouncil } from "../../src/engine/rankCouncil";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { XlsxPackage } from "../../src/workbook/xlsx/XlsxPackage";
import { rankingMarkdown } from "./rankingMarkdown";

const examples = join(__dirname, "..", "..", "examples");

describe("golden: the sample council workbook", () => {
  const expected = JSON.parse(readFileSync(join(examples, "sample.expected.json"), "utf8"));
  const actual = toJson(
    rankCouncil(readXlsx(XlsxPackage.open(readFileSync(join(examples, "sample.xlsx")))))
  );

  it("gives exactly the expected result: ranks, scores, awards, messages with cells", () =>
    expect(actual).toEqual(expected));

  it("the readable table beside it says the same", () =>
    expect(readFileSync(join(examples, "sample.expected.md"), "utf8")).toBe(
      rankingMarkdown(expected)
    ));
});
