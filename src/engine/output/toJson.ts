import type { Message } from "../messages/message";
import { renderMessage } from "../messages/renderMessage";
import type { NomineeResult, RankResult } from "../result";
import { fromCents, maxValue } from "../score/cents";
import { pointsAt } from "../score/points";

/** The JSON of contract §12 and §13.10. */
export interface JsonMessage {
  code: string;
  sheet: string;
  cell: string;
  text: string;
  /** Beyond contract §12: the file a message is about, when it names one. */
  file?: string;
}

export interface JsonNominee {
  id: string;
  name: string;
  kind: "collective" | "individual" | null;
  field: string;
  cluster: string;
  unit: string;
  scope: string;
  rank: number | null;
  total: number | null;
  max: number | null;
  score: number | null;
  grade: string | null;
  groups: Record<string, number>;
  points: Record<string, number>;
  awards: string[];
  messages: JsonMessage[];
  /** Beyond contract v1 (issue 7): the counters derived from the award history, only when there is one. */
  derived?: Record<string, number>;
}

export interface JsonResult {
  contract: 1;
  nominees: JsonNominee[];
  messages: JsonMessage[];
}

export function toJsonMessage(m: Message, language: "vi" | "en"): JsonMessage {
  return {
    code: m.code,
    sheet: m.sheet,
    cell: m.cell,
    text: renderMessage(m, language),
    ...(m.file ? { file: m.file } : {}),
  };
}

/** Subtotals per group of the nominee's field, in sheet order; 0 when all are not applicable. */
export function groupSubtotals(r: NomineeResult): Map<string, number> {
  const groups = new Map<string, number>();
  r.score.criteria.forEach((c, i) => {
    if (c.group !== null)
      groups.set(c.group, (groups.get(c.group) ?? 0) + (pointsAt(r.score, i) ?? 0));
  });
  return groups;
}

function nomineeJson(r: NomineeResult, language: "vi" | "en"): JsonNominee {
  const n = r.nominee;
  const ranked = r.rank !== null;
  // Built from entries, never by assignment: a code or group named `__proto__` is a key like any other.
  const points = Object.fromEntries(
    r.score.criteria.flatMap((c, i) => {
      const p = pointsAt(r.score, i);
      return p === undefined ? [] : [[c.code, fromCents(p)] as const];
    })
  );
  const groups = Object.fromEntries(
    ranked ? [...groupSubtotals(r)].map(([g, cents]) => [g, fromCents(cents)] as const) : []
  );
  return {
    id: n.id,
    name: n.name,
    kind: n.kind,
    field: n.field,
    cluster: n.cluster,
    unit: n.unit,
    scope: r.scope,
    rank: r.rank,
    total: ranked ? fromCents(r.score.totalCents) : null,
    max: ranked ? maxValue(r.score.max) : null,
    score: ranked && r.score.scoreCents !== null ? fromCents(r.score.scoreCents) : null,
    grade: ranked ? r.grade : null,
    groups,
    points,
    awards: [...r.awards],
    messages: r.messages.map((m) => toJsonMessage(m, language)),
    ...(r.derived ? { derived: Object.fromEntries(r.derived) } : {}),
  };
}

export function toJson(result: RankResult): JsonResult {
  const language = result.settings.language;
  return {
    contract: 1,
    nominees: result.nominees.map((r) => nomineeJson(r, language)),
    messages: result.messages.map((m) => toJsonMessage(m, language)),
  };
}
