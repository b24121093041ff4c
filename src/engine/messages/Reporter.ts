import type { MessageKey } from "./codes";
import { type Message, type Params, message } from "./message";

type At = { sheet: string; cell: string };

function made(key: MessageKey, place: At, params: Params, fix: At | undefined): Message {
  const m = message(key, place.sheet, place.cell, params);
  return fix && (fix.sheet !== place.sheet || fix.cell !== place.cell) ? { ...m, fix } : m;
}

/** Where a step says its messages: a run's reporter, or one nominee's list. */
export type Say = Pick<Reporter, "add">;

/** What scoring says of one nominee, kept with its score so that a re-ranking can reuse both. */
export class NomineeMessages implements Say {
  readonly list: Message[] = [];

  add(key: MessageKey, place: At, params: Params = {}, _nominee?: number, fix?: At): Message {
    const m = made(key, place, params, fix);
    this.list.push(m);
    return m;
  }
}

/** Collects every message of a run: the workbook's own and those of each nominee (§13.9). */
export class Reporter {
  readonly top: Message[] = [];
  readonly byNominee = new Map<number, Message[]>();

  /** A message about the workbook, or about a nominee when `nominee` is its index. */
  add(key: MessageKey, place: At, params: Params = {}, nominee?: number, fix?: At): Message {
    const m = made(key, place, params, fix);
    if (nominee === undefined) this.top.push(m);
    else {
      const list = this.byNominee.get(nominee);
      if (list) list.push(m);
      else this.byNominee.set(nominee, [m]);
    }
    return m;
  }

  /** A reporter that holds what this one holds so far and goes on apart from it. */
  fork(): Reporter {
    const copy = new Reporter();
    copy.top.push(...this.top);
    for (const [n, list] of this.byNominee) copy.byNominee.set(n, [...list]);
    return copy;
  }

  /** Adds messages already made, about the nominee `nominee`. */
  addAll(nominee: number, messages: readonly Message[]): void {
    if (messages.length === 0) return;
    const list = this.byNominee.get(nominee);
    if (list) list.push(...messages);
    else this.byNominee.set(nominee, [...messages]);
  }

  of(nominee: number): readonly Message[] {
    return this.byNominee.get(nominee) ?? [];
  }

  hasError(nominee: number): boolean {
    return this.of(nominee).some((m) => m.error);
  }
}
