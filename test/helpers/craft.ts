import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** A package's parts as text (XML) or bytes, to edit in a test. */
export type Parts = Record<string, string | Uint8Array>;

/**
 * A package made from another by editing its parts: how the hostile-input tests build files that no
 * producer writes (relationships pointing anywhere, cells past the grid, a million nested elements).
 */
export function craft(base: Uint8Array, edit: (parts: Parts) => void): Uint8Array {
  const parts: Parts = {};
  for (const [name, data] of Object.entries(unzipSync(base)))
    parts[name] = /\.(xml|rels)$/i.test(name) ? strFromU8(data) : data;
  edit(parts);
  const entries: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts))
    entries[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(entries);
}

/** The text of a part of a package. */
export function partText(bytes: Uint8Array, name: string): string | undefined {
  const data = unzipSync(bytes)[name];
  return data ? strFromU8(data) : undefined;
}
