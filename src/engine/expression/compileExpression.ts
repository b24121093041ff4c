import type { Params } from "../messages/message";
import { reasonParams } from "../messages/reasons";
import type { Ast, FunctionName } from "./parseExpression";
import { parseExpression } from "./parseExpression";
import { ValueRules } from "./valueRules";
import {
  type Arithmetic,
  DoubleArithmetic,
  type Exact,
  ExpressionError,
  UNKNOWN,
  type Value,
  exactArithmetic,
} from "./values";

/** A variable's value as the workbook gives it: numbers are plain doubles of their decimal. */
export type RawValue = number | string | boolean | typeof UNKNOWN;
export type Lookup = (name: string) => RawValue;

type Run<N> = (lookup: (name: string) => Value<N>) => Value<N>;

/** The result of one evaluation; `exact` is present when the doubles could not be trusted. */
export interface Evaluation {
  readonly value: RawValue;
  readonly exact?: Exact;
}

/** An expression compiled once into closures over doubles and over exact decimals; no eval, no Function. */
export interface Expression {
  readonly source: string;
  /** The parsed tree, for saying the expression in words (`describe`). */
  readonly ast: Ast;
  readonly names: ReadonlySet<string>;
  /** Doubles first; exact decimals when the doubles were suspect or `exact` is asked for. */
  evaluate(lookup: Lookup, exact?: boolean): Evaluation;
  /** The conjuncts of a top-level `and`, each on its own: which one failed says why (issue 12 §4). */
  readonly clauses: readonly Clause[];
}

export interface Clause {
  readonly ast: Ast;
  readonly names: ReadonlySet<string>;
  evaluate(lookup: Lookup, exact?: boolean): Evaluation;
}

export type CompileResult =
  | { readonly ok: true; readonly expression: Expression }
  | {
      readonly ok: false;
      readonly key: "badSyntax" | "unknownName";
      readonly params: Params;
    };

/**
 * Parses, checks names against `isKnown`, and compiles an expression (contract §6, §13.6).
 *
 * @example compileExpression('value >= target ? max : 0', (n) => ['value', 'target', 'max'].includes(n))
 */
export function compileExpression(
  source: string,
  isKnown: (name: string) => boolean
): CompileResult {
  const parsed = parseExpression(source);
  if (!parsed.ok) return { ok: false, key: "badSyntax", params: reasonParams(parsed.reason) };
  const unknown = [...parsed.names].filter((n) => !isKnown(n));
  if (unknown.length > 0)
    return { ok: false, key: "unknownName", params: { name: unknown.join(", ") } };
  return {
    ok: true,
    expression: {
      source,
      ast: parsed.ast,
      names: parsed.names,
      ...evaluator(parsed.ast),
      clauses: conjuncts(parsed.ast).map((ast) => ({
        ast,
        names: namesOf(ast),
        ...evaluator(ast),
      })),
    },
  };
}

/** The conjuncts of a top-level `a and b and c`: what a failed condition is explained by. */
function conjuncts(ast: Ast): Ast[] {
  return ast.k === "and" ? [...conjuncts(ast.a), ...conjuncts(ast.b)] : [ast];
}

function namesOf(ast: Ast): Set<string> {
  const names = new Set<string>();
  const walk = (n: Ast): void => {
    if (n.k === "var") names.add(n.name);
    for (const child of Object.values(n))
      if (Array.isArray(child)) child.forEach(walk);
      else if (typeof child === "object" && child !== null) walk(child as Ast);
  };
  walk(ast);
  return names;
}

/** Closures over doubles and over exact decimals for one tree: doubles first, exact when suspect. */
function evaluator(ast: Ast): Pick<Expression, "evaluate"> {
  const double = new DoubleArithmetic();
  const runDouble = build(ast, double);
  const runExact = build(ast, exactArithmetic);
  return {
    evaluate(lookup, forceExact = false) {
      if (!forceExact) {
        double.suspect = false;
        const value = runDouble(lookup);
        if (!double.suspect) return { value };
      }
      const exact = runExact((name) => {
        const v = lookup(name);
        return typeof v === "number" ? exactArithmetic.of(v) : v;
      });
      return exactArithmetic.isNumber(exact)
        ? { value: exact.toNumber(), exact }
        : { value: exact as RawValue };
    },
  };
}

function build<N>(ast: Ast, ar: Arithmetic<N>): Run<N> {
  const rules = new ValueRules(ar);
  const go = (n: Ast): Run<N> => {
    switch (n.k) {
      case "num": {
        const v = ar.of(n.v);
        return () => v;
      }
      case "str":
      case "bool": {
        const v = n.v;
        return () => v;
      }
      case "var": {
        const name = n.name;
        return (look) => look(name);
      }
      case "arith": {
        const a = go(n.a);
        const b = go(n.b);
        const f = ar[n.op].bind(ar);
        return (look) => {
          const x = a(look);
          const y = b(look);
          return x === UNKNOWN || y === UNKNOWN ? UNKNOWN : f(rules.num(x), rules.num(y));
        };
      }
      case "neg":
      case "pos": {
        const a = go(n.a);
        const neg = n.k === "neg";
        return (look) => {
          const x = a(look);
          if (x === UNKNOWN) return UNKNOWN;
          const v = rules.num(x);
          return neg ? ar.neg(v) : v;
        };
      }
      case "not": {
        const a = go(n.a);
        return (look) => {
          const x = rules.truth(a(look));
          return x === UNKNOWN ? UNKNOWN : !x;
        };
      }
      case "and":
      case "or":
        return logic(n.k === "or", go(n.a), go(n.b), rules);
      case "cmp":
        return comparison(n.op, go(n.a), go(n.b), rules);
      case "if": {
        const c = go(n.c);
        const t = go(n.t);
        const f = go(n.f);
        return (look) => {
          const x = rules.truth(c(look));
          return x === UNKNOWN ? UNKNOWN : x ? t(look) : f(look);
        };
      }
      case "fn":
        return call(n.name, n.args.map(go), ar, rules);
    }
  };
  return go(ast);
}

/** `and` / `or` with unknowns (§13.6): a decisive side decides, else unknown stays unknown. */
function logic<N>(decisive: boolean, a: Run<N>, b: Run<N>, rules: ValueRules<N>): Run<N> {
  return (look) => {
    const x = rules.truth(a(look));
    if (x === decisive) return decisive;
    const y = rules.truth(b(look));
    if (y === decisive) return decisive;
    return x === UNKNOWN || y === UNKNOWN ? UNKNOWN : !decisive;
  };
}

type CompareOp = Extract<Ast, { k: "cmp" }>["op"];

function comparison<N>(op: CompareOp, a: Run<N>, b: Run<N>, rules: ValueRules<N>): Run<N> {
  return (look) => {
    const x = a(look);
    const y = b(look);
    if (x === UNKNOWN || y === UNKNOWN) return UNKNOWN;
    if (op === "eq") return rules.equal(x, y);
    if (op === "ne") return !rules.equal(x, y);
    const c = rules.order(x, y);
    return op === "lt" ? c < 0 : op === "le" ? c <= 0 : op === "gt" ? c > 0 : c >= 0;
  };
}

/** The functions of §6: min, max, abs and the roundings, over numbers; unknown in, unknown out. */
function call<N>(
  name: FunctionName,
  args: readonly Run<N>[],
  ar: Arithmetic<N>,
  rules: ValueRules<N>
): Run<N> {
  return (look) => {
    const vs = args.map((g) => g(look));
    if (vs.includes(UNKNOWN)) return UNKNOWN;
    const ns = vs.map((v) => rules.num(v));
    const first = ns[0] as N;
    switch (name) {
      case "min":
        return ns.reduce((m, v) => (ar.compare(v, m) < 0 ? v : m));
      case "max":
        return ns.reduce((m, v) => (ar.compare(v, m) > 0 ? v : m));
      case "abs":
        return ar.abs(first);
      default: {
        const places = ns[1] === undefined ? 0 : ar.toNumber(ns[1]);
        if (!Number.isInteger(places) || places < 0 || places > 15)
          throw new ExpressionError({ k: "places" });
        return ar.round(first, places, name);
      }
    }
  };
}
