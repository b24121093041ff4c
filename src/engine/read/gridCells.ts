import { address } from "../messages/message";
import type { Reporter } from "../messages/Reporter";
import type { Place } from "../model";
import type { Cell } from "../snapshot";
import type { InputGrid } from "./findInput";
import type { InputSpec } from "./inputs";

/** Cell access by column id, with the place of each cell for messages. */
export interface RowReader<C extends string> {
  has(col: C): boolean;
  cell(col: C): Cell;
  place(col: C): Place;
}

export function rowReader<C extends string>(
  grid: InputGrid<C>,
  row: number,
  fallback: NoInfer<C>
): RowReader<C> {
  const colOf = (c: C) => grid.columns[c];
  return {
    has: (c) => colOf(c) !== undefined,
    cell: (c) => {
      const i = colOf(c);
      return i === undefined ? null : grid.cell(row, i);
    },
    place: (c) => ({
      sheet: grid.sheet,
      cell: address(row, colOf(c) ?? colOf(fallback) ?? grid.left),
    }),
  };
}

/** `missing-column` for each required column that is absent (§13.1); true when all are there. */
export function requireColumns<C extends string>(
  grid: InputGrid<C>,
  spec: InputSpec<C>,
  reporter: Reporter,
  cols?: readonly C[]
): boolean {
  const cell = grid.headerRow < 0 ? "A1" : address(grid.headerRow, grid.left);
  let ok = true;
  for (const [id, c] of Object.entries<{ header: string; required: boolean }>(spec.columns)) {
    const needed = cols ? cols.includes(id as C) : c.required;
    if (needed && grid.columns[id as C] === undefined) {
      reporter.add("missingColumn", { sheet: grid.sheet, cell }, { column: c.header });
      ok = false;
    }
  }
  return ok;
}
