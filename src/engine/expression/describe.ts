import type { Language } from "../messages/renderMessage";
import type { RawValue } from "./compileExpression";
import { type Ast, parseExpression } from "./parseExpression";
import { UNKNOWN } from "./values";

/** The words of the expression language, per language: what a council member reads instead of code. */
const WORDS = {
  vi: {
    and: "và",
    or: "hoặc",
    not: "không",
    yes: "Có",
    no: "Không",
    is: "là",
    empty: "(trống)",
    if: "nếu",
    then: "thì",
    else: "nếu không thì",
  },
  en: {
    and: "and",
    or: "or",
    not: "not",
    yes: "Yes",
    no: "No",
    is: "is",
    empty: "(empty)",
    if: "if",
    then: "then",
    else: "otherwise",
  },
} as const;

/** The built-in names of §13.6 as a sentence says them. */
export const BUILT_IN_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  vi: {
    score: "Điểm",
    total: "Tổng điểm",
    rank: "Hạng",
    kind: "Loại",
    field: "Lĩnh vực",
    cluster: "Khối",
    unit: "Đơn vị",
    grade: "Xếp loại",
  },
  en: {
    score: "Score",
    total: "Total",
    rank: "Rank",
    kind: "Kind",
    field: "Field",
    cluster: "Cluster",
    unit: "Unit",
    grade: "Grade",
  },
};

const CMP = { eq: "=", ne: "≠", lt: "<", le: "≤", gt: ">", ge: "≥" } as const;
const ARITH = { add: "+", sub: "−", mul: "×", div: "÷", pow: "^" } as const;

/** A value as the sentence shows it: 77,78 in Vietnamese, Có / Không for truth, (trống) for nothing. */
export function valueText(v: RawValue, language: Language): string {
  const w = WORDS[language];
  if (v === UNKNOWN) return w.empty;
  if (typeof v === "boolean") return v ? w.yes : w.no;
  if (typeof v === "number") {
    const s = String(Math.round(v * 100) / 100);
    return language === "vi" ? s.replace(".", ",") : s;
  }
  return v;
}

/**
 * An expression in words: headers for names, ≥ for >=, `hoặc` for or; the built-ins by their own
 * names (score, rank...).
 *
 * @example describe(parse('muc_do == "HTT" or muc_do == "HTXS"'), header, "vi") // "Mức độ là HTT hoặc Mức độ là HTXS"
 */
export function describe(ast: Ast, header: (name: string) => string, language: Language): string {
  const w = WORDS[language];
  const go = (n: Ast, top = false): string => {
    switch (n.k) {
      case "num":
      case "str":
      case "bool":
        return literalText(n, language);
      case "var":
        return header(n.name);
      case "arith":
        return `${go(n.a)} ${ARITH[n.op]} ${go(n.b)}`;
      case "neg":
        return `−${go(n.a)}`;
      case "pos":
        return go(n.a);
      case "not":
        return n.a.k === "var" ? `${header(n.a.name)}: ${w.no}` : `${w.not} (${go(n.a, true)})`;
      case "cmp":
        return n.op === "eq" && (n.b.k === "str" || n.b.k === "bool")
          ? `${go(n.a)} ${w.is} ${go(n.b)}`
          : `${go(n.a)} ${CMP[n.op]} ${go(n.b)}`;
      case "and":
      case "or": {
        // A chain of the same word reads as one list: "A và B và C", not "((A và B) và C)".
        const side = (x: Ast) => go(x, x.k === n.k);
        const text = `${side(n.a)} ${w[n.k]} ${side(n.b)}`;
        return top ? text : `(${text})`;
      }
      case "if":
        return `${w.if} ${go(n.c, true)} ${w.then} ${go(n.t)}, ${w.else} ${go(n.f)}`;
      case "fn":
        return `${n.name}(${n.args.map((a) => go(a, true)).join(", ")})`;
    }
  };
  return go(ast, true);
}

type Literal = Extract<Ast, { k: "num" | "str" | "bool" }>;

/** A literal's text: `77,78`, `HTT`, `Có`. */
const literalText = (n: Literal, language: Language) =>
  n.k === "str" ? n.v : valueText(n.v, language);

/** A literal's text; null for anything that is no literal. */
function literal(ast: Ast, language: Language): string | null {
  return ast.k === "num" || ast.k === "str" || ast.k === "bool" ? literalText(ast, language) : null;
}

/** The values an `or` of `name == value` accepts, when every branch tests the same name; else null. */
function choices(ast: Ast, name: string, language: Language): string[] | null {
  if (ast.k === "or") {
    const a = choices(ast.a, name, language);
    const b = choices(ast.b, name, language);
    return a && b ? [...a, ...b] : null;
  }
  if (ast.k === "cmp" && ast.op === "eq" && ast.a.k === "var" && ast.a.name === name) {
    const value = literal(ast.b, language);
    return value === null ? null : [value];
  }
  return null;
}

/**
 * What a failed clause asks of the one fact it reads, as "cần …": `cần HTT hoặc HTXS`, `cần ≥ 80`,
 * `cần Không`; null when the clause reads several facts or is not that simple (then it is described
 * whole).
 */
export function requirement(ast: Ast, language: Language): { name: string; need: string } | null {
  const w = WORDS[language];
  if (ast.k === "var") return { name: ast.name, need: w.yes };
  if (ast.k === "not" && ast.a.k === "var") return { name: ast.a.name, need: w.no };
  const value = ast.k === "cmp" && ast.a.k === "var" ? literal(ast.b, language) : null;
  if (ast.k === "cmp" && ast.a.k === "var" && value !== null)
    return { name: ast.a.name, need: ast.op === "eq" ? value : `${CMP[ast.op]} ${value}` };
  if (ast.k === "or") {
    const first = ast.a.k === "cmp" && ast.a.a.k === "var" ? ast.a.a.name : null;
    const all = first === null ? null : choices(ast, first, language);
    if (first !== null && all) return { name: first, need: all.join(` ${w.or} `) };
  }
  return null;
}

/** An expression in words, its names by their column headers (`headers`: identifier → header) or the built-in words. */
export function describeWithHeaders(
  ast: Ast,
  headers: ReadonlyMap<string, string>,
  language: Language
): string {
  const header = (name: string) => headers.get(name) ?? BUILT_IN_WORDS[language][name] ?? name;
  return describe(ast, header, language);
}

/** The same from the source text (the template's preset); null when it does not parse. */
export function describeSource(
  source: string,
  headers: ReadonlyMap<string, string>,
  language: Language
): string | null {
  const parsed = parseExpression(source);
  return parsed.ok ? describeWithHeaders(parsed.ast, headers, language) : null;
}
