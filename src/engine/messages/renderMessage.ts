import { en } from "./en";
import type { Message } from "./message";
import { vi } from "./vi";

export type Language = "vi" | "en";

const catalogues = { vi, en } as const;

/** The sentence of a message in the chosen language. */
export function renderMessage(m: Message, language: Language): string {
  return catalogues[language][m.key](m.params);
}
