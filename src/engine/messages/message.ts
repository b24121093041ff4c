import { MESSAGE_KEYS, type MessageCode, type MessageKey, isError } from "./codes";

export type Params = Readonly<Record<string, string | number>>;

/** A message is data; sentences come from a catalogue only when rendered. */
export interface Message {
  readonly key: MessageKey;
  readonly code: MessageCode;
  readonly error: boolean;
  readonly sheet: string;
  /** A1 style without `$`; empty when the message is about no cell. */
  readonly cell: string;
  readonly params: Params;
  /** The file it is about, when it is not the workbook being ranked (or is about that file as a whole). */
  readonly file?: string;
  /**
   * The cell to fill to resolve it, when that is not the cell the contract reports it at (a pending
   * vote: the empty vote cell, where the contract says the nominee's `Mã`). Where a user goes from it.
   */
  readonly fix?: { readonly sheet: string; readonly cell: string };
}

export function message(
  key: MessageKey,
  sheet: string,
  cell: string,
  params: Params = {},
  file?: string
): Message {
  return {
    key,
    code: MESSAGE_KEYS[key],
    error: isError(key),
    sheet,
    cell,
    params,
    ...(file ? { file } : {}),
  };
}

/** Where a user goes from a message: the cell to fill when it has one, else its own cell. */
export const fixOf = (m: Message): Message => (m.fix ? { ...m, ...m.fix } : m);

/** Where a message points: `file: Sheet!Cell`, with what is known of the three. */
export function placeOf(m: Message): string {
  const inSheet = m.cell ? `${m.sheet}!${m.cell}` : m.sheet;
  return m.file ? (inSheet ? `${m.file}: ${inSheet}` : m.file) : inSheet;
}

/** Column letters of a 0-based column index. */
export function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a 0-based row and column. */
export function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}
