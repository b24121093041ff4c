import Decimal from "decimal.js";
import { ExpressionError } from "../messages/reasons";

/** Figures carry at least 20 significant digits (contract §13.5); 40 leaves room for intermediate steps. */
export const Exact = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 30,
});
export type Exact = Decimal;

/** SQL-like unknown of contract §6: an empty attribute. */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type Unknown = typeof UNKNOWN;

export { ExpressionError } from "../messages/reasons";

/** A formula refers to a criterion that is not applicable: the formula is not applicable. */
export class NotApplicable extends Error {}

export type Value<N> = N | string | boolean | Unknown;

/**
 * The arithmetic an expression runs on: doubles for speed, exact decimals
 * when the doubles cannot be trusted (a near tie or a rounding edge).
 */
export interface Arithmetic<N> {
  isNumber(v: unknown): v is N;
  of(n: number): N;
  toNumber(n: N): number;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  mul(a: N, b: N): N;
  div(a: N, b: N): N;
  pow(a: N, b: N): N;
  neg(a: N): N;
  abs(a: N): N;
  compare(a: N, b: N): number;
  isZero(a: N): boolean;
  round(a: N, places: number, mode: "round" | "floor" | "ceil"): N;
}

function finite(n: number): number {
  if (!Number.isFinite(n)) throw new ExpressionError({ k: "notFiniteResult" });
  return n;
}

const MAX_EXPONENT = 1000;

/** Doubles that raise `suspect` whenever a result could differ from the exact one. */
export class DoubleArithmetic implements Arithmetic<number> {
  suspect = false;
  isNumber(v: unknown): v is number {
    return typeof v === "number";
  }
  of(n: number): number {
    return n;
  }
  toNumber(n: number): number {
    return n;
  }
  add(a: number, b: number): number {
    return finite(a + b);
  }
  sub(a: number, b: number): number {
    return finite(a - b);
  }
  mul(a: number, b: number): number {
    return finite(a * b);
  }
  div(a: number, b: number): number {
    if (b === 0) throw new ExpressionError({ k: "divByZero" });
    return finite(a / b);
  }
  pow(a: number, b: number): number {
    if (Math.abs(b) > MAX_EXPONENT) throw new ExpressionError({ k: "bigExponent" });
    if (!Number.isInteger(b)) this.suspect = true;
    return finite(a ** b);
  }
  neg(a: number): number {
    return -a;
  }
  abs(a: number): number {
    return Math.abs(a);
  }
  compare(a: number, b: number): number {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    if (Math.abs(a - b) <= scale * 1e-12 && !(Number.isInteger(a) && Number.isInteger(b)))
      this.suspect = true;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  isZero(a: number): boolean {
    return a === 0;
  }
  round(a: number, places: number, mode: "round" | "floor" | "ceil"): number {
    const f = 10 ** places;
    const x = a * f;
    const edge =
      mode === "round" ? Math.abs(Math.abs(x - Math.trunc(x)) - 0.5) : Math.abs(x - Math.round(x));
    if (edge <= Math.max(1, Math.abs(x)) * 1e-9) this.suspect = true;
    const r =
      mode === "floor"
        ? Math.floor(x)
        : mode === "ceil"
          ? Math.ceil(x)
          : Math.sign(x) * Math.round(Math.abs(x));
    return finite(r / f);
  }
}

/** Exact decimals, used only when the doubles were suspect. */
export const exactArithmetic: Arithmetic<Exact> = {
  isNumber: (v): v is Exact => v instanceof Exact,
  of: (n) => new Exact(String(n)),
  toNumber: (n) => n.toNumber(),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => {
    if (b.isZero()) throw new ExpressionError({ k: "divByZero" });
    return a.div(b);
  },
  pow: (a, b) => {
    if (b.abs().gt(MAX_EXPONENT)) throw new ExpressionError({ k: "bigExponent" });
    const r = a.pow(b);
    if (!r.isFinite()) throw new ExpressionError({ k: "notFiniteResult" });
    return r;
  },
  neg: (a) => a.neg(),
  abs: (a) => a.abs(),
  compare: (a, b) => a.cmp(b),
  isZero: (a) => a.isZero(),
  round: (a, places, mode) =>
    a.toDecimalPlaces(
      places,
      mode === "floor"
        ? Exact.ROUND_FLOOR
        : mode === "ceil"
          ? Exact.ROUND_CEIL
          : Exact.ROUND_HALF_UP
    ),
};
