import type { MessageKey } from "./codes";
import { type Message, type Params, message } from "./message";

/** Collects every message of a run: the workbook's own and those of each nominee (§13.9). */
export class Reporter {
  readonly top: Message[] = [];
  readonly byNominee = new Map<number, Message[]>();

  /** A message about the workbook, or about a nominee when `nominee` is its index. */
  add(
    key: MessageKey,
    place: { sheet: string; cell: string },
    params: Params = {},
    nominee?: number,
    fix?: { sheet: string; cell: string }
  ): Message {
    const made = message(key, place.sheet, place.cell, params);
    const m =
      fix && (fix.sheet !== place.sheet || fix.cell !== place.cell) ? { ...made, fix } : made;
    if (nominee === undefined) this.top.push(m);
    else {
      const list = this.byNominee.get(nominee);
      if (list) list.push(m);
      else this.byNominee.set(nominee, [m]);
    }
    return m;
  }

  of(nominee: number): readonly Message[] {
    return this.byNominee.get(nominee) ?? [];
  }

  hasError(nominee: number): boolean {
    return this.of(nominee).some((m) => m.error);
  }
}
