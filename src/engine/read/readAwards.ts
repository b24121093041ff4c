import { address } from "../messages/message";
import { type Expression, compileExpression } from "../expression/compileExpression";
import { describeWithHeaders } from "../expression/describe";
import type { Reporter } from "../messages/Reporter";
import {
  type Attribute,
  type Award,
  BUILT_IN_VARIABLES,
  type Quota,
  type Settings,
} from "../model";
import type { InputGrid } from "./findInput";
import { type RowReader, rowReader } from "./gridCells";
import { AWARDS } from "./inputs";
import { cellText, readValueCell } from "../cell/readValue";
import { appliesTo as appliesWord, scope as scopeWord } from "./words";

type Col = keyof typeof AWARDS.columns;

/**
 * Reads `KhenThuong` (contract §8, §13.7): a bad cell disables only its award.
 * Conditions may name the attributes, the built-ins, and `grade` when there are grade bands.
 */
/**
 * A council hands out a few dozen titles and forms (the law's preset has 16): past 200 rows the sheet
 * is no council's, and each row costs a pass over every nominee, so the rest is left out, with a message.
 */
export const MAX_AWARD_ROWS = 200;

export function readAwards(
  grid: InputGrid<Col>,
  attributes: readonly Attribute[],
  settings: Settings,
  reporter: Reporter
): Award[] {
  const names = new Set<string>([...attributes.map((a) => a.id), ...BUILT_IN_VARIABLES]);
  const headers = new Map(attributes.map((a) => [a.id, a.header]));
  if (settings.grades.length === 0) names.delete("grade");
  const awards: Award[] = [];
  const beyond = grid.rows[MAX_AWARD_ROWS];
  if (beyond !== undefined)
    reporter.add(
      "tooManyAwards",
      { sheet: grid.sheet, cell: address(beyond, grid.left) },
      { max: MAX_AWARD_ROWS, count: grid.rows.length }
    );
  grid.rows.slice(0, MAX_AWARD_ROWS).forEach((r) => {
    const row = rowReader(grid, r, "name");
    const name = cellText(row.cell("name"));
    if (name === "") {
      reporter.add("emptyKey", row.place("name"), { column: AWARDS.columns.name.header });
      return;
    }
    let ok = true;
    const bad = (col: Col) => {
      ok = false;
      reporter.add("badDefinition", row.place(col), {
        column: AWARDS.columns[col].header,
        value: cellText(row.cell(col)),
      });
    };
    const number = (col: Col, check: (n: number) => boolean): number | null => {
      const v = readValueCell(row.cell(col));
      if (v.kind === "empty") return null;
      if (v.kind === "number" && check(v.value)) return v.value;
      bad(col);
      return null;
    };
    const precedence = number("precedence", Number.isFinite);
    if (precedence === null && ok) bad("precedence");
    const applies = cellText(row.cell("appliesTo"));
    const appliesTo = applies === "" ? "all" : appliesWord(applies);
    if (appliesTo === undefined) bad("appliesTo");
    const scopeText = cellText(row.cell("scope"));
    const scope = scopeText === "" ? settings.scope : scopeWord(scopeText);
    if (scope === undefined) bad("scope");
    const minScore = number("minScore", Number.isFinite);
    const maxRank = number("maxRank", (n) => Number.isInteger(n) && n >= 1);
    const quota = readQuota(row.cell("quota"), () => bad("quota"));
    const condition = readCondition(row, names, headers, reporter);
    if (condition === false) ok = false;
    if (!ok || precedence === null || appliesTo === undefined || scope === undefined) return;
    awards.push({
      name,
      precedence,
      group: cellText(row.cell("group")),
      index: awards.length,
      appliesTo,
      scope,
      minScore,
      maxRank,
      quota,
      condition: condition || null,
      conditionPlace: row.place("condition"),
      basis: cellText(row.cell("basis")),
    });
  });
  return awards;
}

/** The row's condition compiled (null when there is none); false, said at its cell, when it is bad. */
function readCondition(
  row: RowReader<Col>,
  names: ReadonlySet<string>,
  headers: ReadonlyMap<string, string>,
  reporter: Reporter
): Expression | null | false {
  const text = cellText(row.cell("condition"));
  if (text === "") return null;
  const compiled = compileExpression(text, (n) => names.has(n));
  if (!compiled.ok) {
    reporter.add(compiled.key, row.place("condition"), compiled.params);
    return false;
  }
  // Words the council reads beside the rule must still say it: a stale one gets the new words.
  const typed = cellText(row.cell("conditionWords"));
  const words = describeWithHeaders(compiled.expression.ast, headers, "vi");
  if (typed !== "" && typed !== words)
    reporter.add("conditionWordsStale", row.place("conditionWords"), { words });
  return compiled.expression;
}

/** `3` is a count, `15%` or a percent-formatted cell a share (§13.7). */
function readQuota(cell: Parameters<typeof readValueCell>[0], bad: () => void): Quota | null {
  const v = readValueCell(cell);
  if (v.kind === "empty") return null;
  if (v.kind === "number" && v.value >= 0) {
    if (v.share) return { share: true, percent: v.value };
    if (Number.isInteger(v.value)) return { share: false, count: v.value };
  }
  bad();
  return null;
}
