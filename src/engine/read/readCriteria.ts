import { compileExpression } from "../expression/compileExpression";
import { Exact } from "../expression/values";
import type { Reporter } from "../messages/Reporter";
import type { Band, CriteriaBook, Criterion, CriterionType } from "../model";
import { clean, matchKey, textKey } from "../text/normalize";
import type { InputGrid } from "./findInput";
import { rowReader, type RowReader } from "./gridCells";
import { CRITERIA } from "./inputs";
import { cellText, parseNumberText, readValueCell } from "../cell/readValue";
import { WEIGHTED_TYPES } from "../score/criterionTypes";
import { criterionType, direction, isCommonField, rollup as rollupWord, yesNoCell } from "./words";

type Col = keyof typeof CRITERIA.columns;

/** A factor on a criterion's weight (its max points, and its bands' points): the what-if of issue 6. */
export type Reweight = (c: Criterion) => number;

function reweighted(c: Criterion, factor: number): Criterion {
  // Only types measured against a target have max points that are a weight; the others' max bounds a typed value.
  if (factor === 1 || !WEIGHTED_TYPES.has(c.type)) return c;
  const scale = (x: number) => new Exact(String(x)).times(String(factor)).toNumber();
  return {
    ...c,
    max: scale(c.max),
    bands: c.bands.map((b) => ({ ...b, points: scale(b.points) })),
  };
}

/** Reads `TieuChi` (contract §2, §13.3). */
export function readCriteria(grid: InputGrid<Col>, reporter: Reporter): CriteriaBook {
  type Draft = Omit<Criterion, "formula" | "broken"> & { broken: boolean; formulaText: string };
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "code");
    const fieldText = cellText(row.cell("field"));
    const code = cellText(row.cell("code"));
    if (fieldText === "" || code === "") {
      const col: Col = fieldText === "" ? "field" : "code";
      reporter.add("emptyKey", row.place(col), { column: col === "field" ? "Lĩnh vực" : "Mã" });
      continue;
    }
    const fieldKey = isCommonField(fieldText) ? null : textKey(fieldText);
    const codeKey = matchKey(code);
    const uniqueKey = `${fieldKey ?? "*"}\u0000${codeKey}`;
    if (seen.has(uniqueKey)) {
      reporter.add("duplicateCode", row.place("code"), { code });
      continue;
    }
    seen.add(uniqueKey);
    const draft = readDefinition(row, reporter);
    drafts.push({
      ...draft,
      index: drafts.length,
      fieldKey,
      code,
      codeKey,
      name: cellText(row.cell("name")),
      group: cellText(row.cell("group")) || null,
      codePlace: row.place("code"),
      formulaPlace: row.place("formula"),
    });
  }
  const allCodes = new Set(drafts.map((d) => d.codeKey));
  const all: Criterion[] = drafts.map(({ formulaText, ...d }) => {
    if (d.type !== "formula") return { ...d, formula: null };
    const known = (n: string) =>
      n === "value" || n === "max" || n === "target" || allCodes.has(matchKey(n));
    const compiled = formulaText === "" ? null : compileExpression(formulaText, known);
    if (compiled === null) {
      reporter.add("badSyntax", d.formulaPlace, { reason: "emptyFormula" });
      return { ...d, formula: null, broken: true };
    }
    if (!compiled.ok) {
      reporter.add(compiled.key, d.formulaPlace, compiled.params);
      return { ...d, formula: null, broken: true };
    }
    if (compiled.expression.names.has("target") && d.target === null) {
      reporter.add("noTarget", d.formulaPlace, { code: d.code });
      return { ...d, formula: null, broken: true };
    }
    return { ...d, formula: compiled.expression };
  });
  return criteriaBook(all);
}

/**
 * The same criteria with other weights; a criterion whose factor is 1 is the same object, and a field
 * none of whose criteria moved keeps its list. Codes, positions and groups are the book's: a what-if
 * builds no index again (issue 15).
 */
export function reweightCriteria(book: CriteriaBook, reweight: Reweight): CriteriaBook {
  const all = book.all.map((c) => reweighted(c, reweight(c)));
  const now = (c: Criterion) => all[c.index] as Criterion;
  const lists = new Map<string, readonly Criterion[]>();
  const forField = (fieldKey: string) => {
    let list = lists.get(fieldKey);
    if (!list) {
      const was = book.forField(fieldKey);
      const moved = was.map(now);
      lists.set(fieldKey, (list = moved.every((c, i) => c === was[i]) ? was : moved));
    }
    return list;
  };
  const find = (fieldKey: string, codeKey: string) => {
    const c = book.find(fieldKey, codeKey);
    return c && now(c);
  };
  return { all, fields: book.fields, forField, find, position: book.position, groups: book.groups };
}

function criteriaBook(all: readonly Criterion[]): CriteriaBook {
  const fields = new Set(all.flatMap((c) => (c.fieldKey === null ? [] : [c.fieldKey])));
  const cache = new Map<string, Criterion[]>();
  const forField = (fieldKey: string) => {
    let list = cache.get(fieldKey);
    if (!list) {
      const own = all.filter((c) => c.fieldKey === fieldKey);
      const ownCodes = new Set(own.map((c) => c.codeKey));
      list = all.filter(
        (c) => c.fieldKey === fieldKey || (c.fieldKey === null && !ownCodes.has(c.codeKey))
      );
      cache.set(fieldKey, list);
    }
    return list;
  };
  const positions = new Map<string, Map<string, number>>();
  const position = (fieldKey: string, codeKey: string) => {
    let m = positions.get(fieldKey);
    if (!m)
      positions.set(fieldKey, (m = new Map(forField(fieldKey).map((c, i) => [c.codeKey, i]))));
    return m.get(codeKey) ?? -1;
  };
  const find = (fieldKey: string, codeKey: string) =>
    forField(fieldKey)[position(fieldKey, codeKey)];
  const groups = [...new Set(all.flatMap((c) => (c.group === null ? [] : [c.group])))];
  return { all, fields, forField, find, position, groups };
}

function readDefinition(row: RowReader<Col>, reporter: Reporter) {
  let broken = false;
  const bad = (col: Col, shown: string) => {
    broken = true;
    reporter.add("badDefinition", row.place(col), { column: headerOf(col), value: shown });
  };
  const typeText = cellText(row.cell("type"));
  const type = typeText === "" ? "ratio" : criterionType(typeText);
  if (type === undefined) bad("type", typeText);
  const dirText = cellText(row.cell("direction"));
  const dir = dirText === "" ? "higher" : direction(dirText);
  if (dir === undefined) bad("direction", dirText);
  const lower = dir === "lower";

  const positive = (col: Col, allowZero: boolean): number | null => {
    const v = readValueCell(row.cell(col));
    if (v.kind === "empty") return null;
    if (v.kind === "number" && (v.value > 0 || (allowZero && v.value === 0))) return v.value;
    bad(col, cellText(row.cell(col)));
    return null;
  };
  const max = positive("max", false);
  if (max === null && readValueCell(row.cell("max")).kind === "empty") bad("max", "");
  const target = positive("target", type === "threshold" && lower);
  const resolvedType: CriterionType = type ?? "ratio";
  if (
    WEIGHTED_TYPES.has(resolvedType) &&
    target === null &&
    readValueCell(row.cell("target")).kind === "empty"
  )
    bad("target", "");

  let bands: Band[] = [];
  if (resolvedType === "bands") {
    const parsed = parseBands(cellText(row.cell("bands")), max ?? Infinity);
    if (parsed === null) bad("bands", cellText(row.cell("bands")));
    else bands = parsed;
  }
  const rollupText = cellText(row.cell("rollup"));
  const rolls = rollupText === "" ? null : rollupWord(rollupText);
  if (rolls === undefined) bad("rollup", rollupText);
  const requiredCell = row.cell("required");
  const required = cellText(requiredCell) === "" ? false : yesNoCell(requiredCell);
  if (required === undefined) bad("required", cellText(requiredCell));
  return {
    type: resolvedType,
    target,
    lower,
    max: max ?? 0,
    bands,
    required: required === true && target !== null,
    rollup: rolls ?? null,
    broken,
    formulaText: clean(cellText(row.cell("formula"))),
  };
}

/** `100:10; 90:8; 80:5` → bands sorted by threshold, highest first; null when unreadable (§13.3). */
export function parseBands(text: string, max: number): Band[] | null {
  if (text === "") return null;
  const bands: Band[] = [];
  for (const part of text.split(";")) {
    if (part.trim() === "") continue;
    const [t, p, extra] = part.split(":");
    if (t === undefined || p === undefined || extra !== undefined) return null;
    const threshold = parseNumberText(t);
    const points = parseNumberText(p);
    if (
      threshold.kind !== "number" ||
      points.kind !== "number" ||
      points.value < 0 ||
      points.value > max
    )
      return null;
    bands.push({ threshold: threshold.value, points: points.value });
  }
  return bands.length === 0 ? null : bands.sort((a, b) => b.threshold - a.threshold);
}

function headerOf(col: Col): string {
  return CRITERIA.columns[col].header;
}
