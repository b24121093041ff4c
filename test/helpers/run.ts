import { type JsonResult, toJson } from "../../src/engine/output/toJson";
import { rankCouncil } from "../../src/engine/rankCouncil";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";

/** Runs the engine and returns the contract's JSON. */
export function rank(wb: WorkbookSnapshot): JsonResult {
  return toJson(rankCouncil(wb));
}

/** Every message of a result as `code@sheet!cell`, nominees' and top-level. */
export function codes(r: JsonResult): string[] {
  return [...r.messages, ...r.nominees.flatMap((n) => n.messages)].map(
    (m) => `${m.code}@${m.sheet}!${m.cell}`
  );
}

export function byId(r: JsonResult, id: string) {
  const n = r.nominees.find((x) => x.id === id);
  if (!n) throw new Error(`no nominee ${id}`);
  return n;
}
