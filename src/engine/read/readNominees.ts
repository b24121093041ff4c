import type { RawValue } from "../expression/compileExpression";
import { groupBy } from "../groupBy";
import { UNKNOWN } from "../expression/values";
import type { Reporter } from "../messages/Reporter";
import { address } from "../messages/message";
import { type Attribute, BUILT_IN_VARIABLES, type Nominee, type Place } from "../model";
import type { Cell } from "../snapshot";
import { clean, identifier, textKey } from "../text/normalize";
import type { InputGrid } from "./findInput";
import { rowReader } from "./gridCells";
import type { NOMINEES } from "./inputs";
import { cellText, parseNumberText, percentPoints } from "../cell/readValue";
import { kind as kindWord, yesNo } from "./words";

type Col = keyof typeof NOMINEES.columns;

export interface NomineeBook {
  readonly nominees: readonly Nominee[];
  readonly attributes: readonly Attribute[];
  /** Nominees by id text key: several when an id is repeated. */
  byId(idKey: string): readonly Nominee[];
  /** An id of the template's example rows (`Ví dụ` = Có): its results are left out without a message. */
  isExample(idKey: string): boolean;
  /** The cell of a nominee's attribute; its id cell when the sheet has no such column. */
  attributePlace(n: Nominee, attribute: string): Place;
}

const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_VARIABLES);

/**
 * Reads `DoiTuong` (contract §3, §13.3). `fields` are the fields that have
 * criteria of their own; when it is empty every field is accepted.
 */
export function readNominees(
  grid: InputGrid<Col>,
  fields: ReadonlySet<string>,
  reporter: Reporter
): NomineeBook {
  const attributeColumns = attributeColumnsOf(grid);
  const nominees: Nominee[] = [];
  const count = new Map<string, number>();
  const drafts: { row: number; idKey: string }[] = [];
  const examples: { id: string; idKey: string; place: Place }[] = [];
  for (const r of grid.rows) {
    const row = rowReader(grid, r, "id");
    const id = cellText(row.cell("id"));
    if (id === "") {
      reporter.add("emptyId", row.place("id"));
      continue;
    }
    const idKey = textKey(id);
    if (yesNo(cellText(row.cell("example"))) === true) {
      examples.push({ id, idKey, place: row.place("id") });
      continue;
    }
    count.set(idKey, (count.get(idKey) ?? 0) + 1);
    drafts.push({ row: r, idKey });
  }
  for (const { row: r, idKey } of drafts)
    nominees.push(
      nomineeAt(grid, r, idKey, nominees.length, { count, fields, attributeColumns }, reporter)
    );
  if (examples[0])
    reporter.add("exampleRows", examples[0].place, {
      count: examples.length,
      ids: examples.map((e) => e.id).join(", "),
    });
  const exampleKeys = new Set(examples.map((e) => e.idKey));
  const byKey = groupBy(nominees, (n) => n.idKey);
  const colOf = new Map(attributeColumns.map((a) => [a.attribute.id, a.col]));
  return {
    nominees,
    attributes: attributeColumns.map((a) => a.attribute),
    byId: (k) => byKey.get(k) ?? [],
    isExample: (k) => exampleKeys.has(k) && !byKey.has(k),
    attributePlace: (n, attribute) => {
      const col = colOf.get(attribute);
      const row = drafts[n.index]?.row;
      return col === undefined || row === undefined
        ? n.idPlace
        : { sheet: grid.sheet, cell: address(row, col) };
    },
  };
}

/** The columns beyond the contract's: each an attribute a condition can name (§3, §13.6). */
function attributeColumnsOf(grid: InputGrid<Col>): AttributeColumn[] {
  const known = new Set(Object.values(grid.columns));
  const columns: AttributeColumn[] = [];
  const ids = new Set<string>();
  for (const h of grid.headers) {
    if (known.has(h.col)) continue;
    const id = identifier(h.text);
    if (id === "" || /^\d/.test(id) || BUILT_IN.has(id) || ids.has(id)) continue;
    ids.add(id);
    columns.push({
      col: h.col,
      attribute: { id, header: h.text },
      tick: isTickColumn(grid, h.col),
    });
  }
  return columns;
}

interface AttributeColumn {
  readonly col: number;
  readonly attribute: Attribute;
  readonly tick: boolean;
}

/** The nominee of row `r`, invalid (and said) when its id is repeated, its kind or field unknown. */
function nomineeAt(
  grid: InputGrid<Col>,
  r: number,
  idKey: string,
  index: number,
  book: {
    readonly count: ReadonlyMap<string, number>;
    readonly fields: ReadonlySet<string>;
    readonly attributeColumns: readonly AttributeColumn[];
  },
  reporter: Reporter
): Nominee {
  const row = rowReader(grid, r, "id");
  const id = cellText(row.cell("id"));
  let invalid = false;
  if ((book.count.get(idKey) ?? 0) > 1) {
    reporter.add("duplicateNominee", row.place("id"), { id }, index);
    invalid = true;
  }
  const kindText = cellText(row.cell("kind"));
  const kind = kindWord(kindText) ?? null;
  if (kind === null) {
    reporter.add("badKind", row.place("kind"), { value: kindText }, index);
    invalid = true;
  }
  const field = cellText(row.cell("field"));
  const fieldKey = textKey(field);
  if (book.fields.size > 0 && !book.fields.has(fieldKey)) {
    reporter.add("unknownField", row.place("field"), { field }, index);
    invalid = true;
  }
  const cluster = cellText(row.cell("cluster"));
  const unit = cellText(row.cell("unit"));
  const attributes = new Map<string, RawValue>();
  for (const a of book.attributeColumns)
    attributes.set(a.attribute.id, attributeValue(grid.cell(r, a.col), a.tick));
  return {
    index,
    id,
    idKey,
    idPlace: row.place("id"),
    name: cellText(row.cell("name")),
    kind,
    field,
    fieldKey,
    cluster,
    unit,
    clusterKey: textKey(cluster),
    unitKey: textKey(unit),
    attributes,
    invalid,
  };
}

/** A column whose cells are all empty or `x`, with at least one `x` (§13.6). */
function isTickColumn(grid: InputGrid<Col>, col: number): boolean {
  let ticks = 0;
  for (const r of grid.rows) {
    const t = cellText(grid.cell(r, col)).toLowerCase();
    if (t === "x") ticks++;
    else if (t !== "") return false;
  }
  return ticks > 0;
}

/** An attribute cell typed as §13.6 says: number, boolean, text, or unknown when empty. */
function attributeValue(cell: Cell, tick: boolean): RawValue {
  if (cell === null || (cell.t === "s" && cell.v.trim() === "")) return tick ? false : UNKNOWN;
  switch (cell.t) {
    case "n":
      return cell.pct ? percentPoints(cell.v) : cell.v;
    case "b":
      return cell.v;
    case "e":
      return cell.v;
    case "s": {
      if (tick) return true;
      const yes = yesNo(cell.v);
      if (yes !== undefined && cell.v.trim().toLowerCase() !== "x") return yes;
      const n = parseNumberText(cell.v);
      return n.kind === "number" ? n.value : clean(cell.v);
    }
  }
}
