import { create, parseDependencies } from "mathjs/number";
import { type Reason, nodeReason } from "../messages/reasons";

/** The subset of contract §13.6 as a small tree of our own: nothing else survives parsing. */
export type Ast =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "str"; readonly v: string }
  | { readonly k: "bool"; readonly v: boolean }
  | { readonly k: "var"; readonly name: string }
  | {
      readonly k: "arith";
      readonly op: "add" | "sub" | "mul" | "div" | "pow";
      readonly a: Ast;
      readonly b: Ast;
    }
  | { readonly k: "neg" | "pos" | "not"; readonly a: Ast }
  | {
      readonly k: "cmp";
      readonly op: "eq" | "ne" | "lt" | "le" | "gt" | "ge";
      readonly a: Ast;
      readonly b: Ast;
    }
  | { readonly k: "and" | "or"; readonly a: Ast; readonly b: Ast }
  | { readonly k: "if"; readonly c: Ast; readonly t: Ast; readonly f: Ast }
  | { readonly k: "fn"; readonly name: FunctionName; readonly args: readonly Ast[] };

export type FunctionName = "min" | "max" | "abs" | "round" | "floor" | "ceil";

export type ParseResult =
  | { readonly ok: true; readonly ast: Ast; readonly names: ReadonlySet<string> }
  | { readonly ok: false; readonly reason: Reason };

/** Bounds that make evaluation time linear in a small tree (contract §6: never run long). */
export const MAX_LENGTH = 1000;
export const MAX_DEPTH = 40;

/**
 * The most an expression may cost, in units of about a microsecond of the exact (40-digit) path, the
 * slower of the two: 2,000, so that one evaluation stays near 2 ms against the contract's 10 ms. A
 * power with a fractional or variable exponent costs most (a 40-digit logarithm and exponential,
 * measured at 0.19 ms); a 1,000-character sum of plain terms stays well under.
 */
export const MAX_COST = 2000;

/** Cost of evaluating a tree once, in the units of MAX_COST. */
export function costOf(ast: Ast): number {
  switch (ast.k) {
    case "num":
    case "str":
    case "bool":
    case "var":
      return 2;
    case "neg":
    case "pos":
    case "not":
      return 3 + costOf(ast.a);
    case "arith": {
      const integerExponent = ast.op === "pow" && ast.b.k === "num" && Number.isInteger(ast.b.v);
      const own = ast.op !== "pow" ? 3 : integerExponent ? 30 : 250;
      return own + costOf(ast.a) + costOf(ast.b);
    }
    case "cmp":
    case "and":
    case "or":
      return 3 + costOf(ast.a) + costOf(ast.b);
    case "if":
      return 3 + costOf(ast.c) + costOf(ast.t) + costOf(ast.f);
    case "fn":
      return (
        (["min", "max", "abs"].includes(ast.name) ? 3 : 10) +
        ast.args.reduce((n, a) => n + costOf(a), 0)
      );
  }
}

// The parser alone: mathjs never evaluates anything here.
const { parse } = create({
  parseDependencies: parseDependencies as NonNullable<typeof parseDependencies>,
});

const ARITH: Record<string, "add" | "sub" | "mul" | "div" | "pow"> = {
  add: "add",
  subtract: "sub",
  multiply: "mul",
  divide: "div",
  pow: "pow",
};
const CMP: Record<string, "eq" | "ne" | "lt" | "le" | "gt" | "ge"> = {
  equal: "eq",
  unequal: "ne",
  smaller: "lt",
  smallerEq: "le",
  larger: "gt",
  largerEq: "ge",
};
const FUNCTION_ARITY: Record<FunctionName, [number, number]> = {
  min: [1, 50],
  max: [1, 50],
  abs: [1, 1],
  round: [1, 2],
  floor: [1, 2],
  ceil: [1, 2],
};

/** Node shapes of mathjs that we read; everything else is refused. */
interface MathNode {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: string;
  readonly op?: string;
  readonly fn?: string | MathNode;
  readonly args?: readonly MathNode[];
  readonly implicit?: boolean;
  readonly isPercentage?: boolean;
  readonly content?: MathNode;
  readonly condition?: MathNode;
  readonly trueExpr?: MathNode;
  readonly falseExpr?: MathNode;
  readonly conditionals?: readonly string[];
  readonly params?: readonly MathNode[];
}

class Refused extends Error {
  constructor(readonly reason: Reason) {
    super(reason.k);
  }
}

/**
 * Parses an expression with mathjs (only its parser runs; nothing is evaluated
 * by mathjs) and keeps it only if every node is in the contract's subset.
 *
 * @example parseExpression('score >= 90 and not bi_ky_luat').ok // true
 * @example parseExpression('constructor.constructor("x")()').ok // false
 */
export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_LENGTH) return { ok: false, reason: { k: "tooLong", max: MAX_LENGTH } };
  const pre = precheck(source);
  if (pre) return { ok: false, reason: pre };
  let node: MathNode;
  try {
    node = parse(source) as unknown as MathNode;
  } catch (e) {
    // mathjs says where it stopped ("… (char 7)"); its words are not shown.
    const at = /\(char (\d+)\)/.exec(e instanceof Error ? e.message : "")?.[1];
    return { ok: false, reason: { k: "syntax", at: at === undefined ? 0 : Number(at) } };
  }
  const names = new Set<string>();
  try {
    const ast = convert(node, names, 0);
    if (costOf(ast) > MAX_COST)
      return { ok: false, reason: { k: "tooCostly", cost: costOf(ast), max: MAX_COST } };
    return { ok: true, ast, names };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason };
    throw e;
  }
}

/**
 * Refuses what mathjs would accept but the contract does not: single quotes, `;`, newlines, deep
 * nesting, `#` comments (`true # and score > 99` would be `true`), hex, binary and octal literals
 * (`0xFFi8` is −1).
 */
function precheck(source: string): Reason | null {
  let inString = false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "'") return { k: "singleQuote" };
    else if (ch === "#") return { k: "hash" };
    else if (
      ch === "0" &&
      /[xXbBoO]/.test(source[i + 1] ?? "") &&
      !/[\w.]/.test(source[i - 1] ?? "")
    )
      return { k: "radix" };
    else if (ch === ";" || ch === "\n" || ch === "\r")
      return { k: "separator", what: ch === ";" ? ";" : "newline" };
    else if (ch === "(" || ch === "[" || ch === "{") {
      if (++depth > MAX_DEPTH) return { k: "tooDeep", max: MAX_DEPTH };
    } else if (ch === ")" || ch === "]" || ch === "}") depth--;
  }
  return null;
}

function convert(n: MathNode, names: Set<string>, depth: number): Ast {
  if (depth > MAX_DEPTH * 2) throw new Refused({ k: "tooDeep", max: MAX_DEPTH });
  const sub = (m: MathNode | undefined): Ast => {
    if (!m) throw new Refused({ k: "missingOperand" });
    return convert(m, names, depth + 1);
  };
  switch (n.type) {
    case "ConstantNode":
      if (typeof n.value === "number") {
        // `1e309`, `NaN` and `Infinity` parse as constants: no figure of a council is one.
        if (!Number.isFinite(n.value)) throw new Refused({ k: "notFinite" });
        return { k: "num", v: n.value };
      }
      if (typeof n.value === "string") return { k: "str", v: n.value };
      if (typeof n.value === "boolean") return { k: "bool", v: n.value };
      throw new Refused({ k: "constant" });
    case "SymbolNode":
      if (!n.name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n.name)) throw new Refused({ k: "badName" });
      names.add(n.name);
      return { k: "var", name: n.name };
    case "ParenthesisNode":
      return sub(n.content);
    case "ConditionalNode":
      return { k: "if", c: sub(n.condition), t: sub(n.trueExpr), f: sub(n.falseExpr) };
    case "RelationalNode":
      return relational(n, sub);
    case "OperatorNode":
      return operator(n, sub);
    case "FunctionNode": {
      const fn = typeof n.fn === "object" && n.fn.type === "SymbolNode" ? n.fn.name : undefined;
      if (fn === undefined || !Object.hasOwn(FUNCTION_ARITY, fn))
        throw new Refused({ k: "function", name: fn ?? "?" });
      const args = (n.args ?? []).map(sub);
      const [lo, hi] = FUNCTION_ARITY[fn as FunctionName];
      if (args.length < lo || args.length > hi) throw new Refused({ k: "arity", name: fn, lo, hi });
      return { k: "fn", name: fn as FunctionName, args };
    }
    default:
      throw new Refused(nodeReason(n.type));
  }
}

function operator(n: MathNode, sub: (m: MathNode | undefined) => Ast): Ast {
  if (n.implicit) throw new Refused({ k: "implicit" });
  if (n.isPercentage) throw new Refused({ k: "percent" });
  const fn = typeof n.fn === "string" ? n.fn : "";
  const args = n.args ?? [];
  if (args.length === 2) {
    const arith = ARITH[fn];
    if (arith && ["+", "-", "*", "/", "^"].includes(n.op ?? ""))
      return { k: "arith", op: arith, a: sub(args[0]), b: sub(args[1]) };
    const cmp = CMP[fn];
    if (cmp) return { k: "cmp", op: cmp, a: sub(args[0]), b: sub(args[1]) };
    if ((fn === "and" || fn === "or") && n.op === fn)
      return { k: fn, a: sub(args[0]), b: sub(args[1]) };
  }
  if (args.length === 1) {
    if (fn === "unaryMinus") return { k: "neg", a: sub(args[0]) };
    if (fn === "unaryPlus") return { k: "pos", a: sub(args[0]) };
    if (fn === "not" && n.op === "not") return { k: "not", a: sub(args[0]) };
  }
  throw new Refused({ k: "operator", op: n.op ?? fn });
}

function relational(n: MathNode, sub: (m: MathNode | undefined) => Ast): Ast {
  const params = (n.params ?? []).map(sub);
  const ops = n.conditionals ?? [];
  let result: Ast | null = null;
  ops.forEach((fn, i) => {
    const op = CMP[fn];
    const a = params[i];
    const b = params[i + 1];
    if (!op || !a || !b) throw new Refused({ k: "comparison" });
    const cmp: Ast = { k: "cmp", op, a, b };
    result = result === null ? cmp : { k: "and", a: result, b: cmp };
  });
  if (result === null) throw new Refused({ k: "comparison" });
  return result;
}
