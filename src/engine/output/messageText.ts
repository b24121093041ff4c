import type { Message } from "../messages/message";
import { type Language, renderMessage } from "../messages/renderMessage";
import type { NomineeResult } from "../result";

/** What an error costs its nominee, said after the sentence (issue 18: a message says the consequence). */
const CONSEQUENCE = {
  vi: { notRanked: "Đối tượng này chưa được xếp hạng." },
  en: { notRanked: "This nominee is not ranked." },
} as const satisfies Record<Language, Record<string, string>>;

export interface MessageText {
  /** Who and what it is about: "TT25.02 Bưu điện tỉnh Phú Thọ, BC1"; empty for a workbook message. */
  readonly subject: string;
  /** The sentence, with its consequence for the nominee. */
  readonly text: string;
}

/**
 * A message as a secretary reads it out of context (the pane's list, the CLI's lines): the nominee by
 * id and name, the criterion by code unless the sentence names it, and whether the nominee is ranked.
 */
export function messageText(m: Message, r: NomineeResult | null, language: Language): MessageText {
  const sentence = renderMessage(m, language);
  if (!r) return { subject: "", text: sentence };
  const code = typeof m.params.code === "string" ? m.params.code : "";
  const who = [r.nominee.id, r.nominee.name].filter((s) => s !== "").join(" ");
  const subject = code && !sentence.includes(code) ? `${who}, ${code}` : who;
  const text =
    m.error && r.rank === null ? `${sentence} ${CONSEQUENCE[language].notRanked}` : sentence;
  return { subject, text };
}
