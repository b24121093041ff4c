import { Exact } from "../expression/values";

/**
 * Figures are whole hundredths ("cents") once rounded (contract §5, §13.5):
 * sums of cents are exact in doubles, and rounding is done where the double
 * is provably right, or else on the exact decimal.
 */

/** Half away from zero to cents of an exact decimal. */
export function exactCents(d: Exact): number {
  return d.times(100).toDecimalPlaces(0, Exact.ROUND_HALF_UP).toNumber();
}

/**
 * Cents of `x`, a double within a few ulps of an exact decimal; `exact` gives
 * that decimal and is called only when `x` sits on a rounding edge.
 *
 * @example toCents(66.1 / 80 * 20, () => new Exact('66.1').div(80).times(20)) // 1653
 */
export function toCents(x: number, exact: () => Exact): number {
  const q = quickCents(x);
  return Number.isNaN(q) ? exactCents(exact()) : q;
}

/** Cents of `x` when the double is provably on the right side of the rounding edge; NaN when it is on the edge. */
export function quickCents(x: number): number {
  const c = Math.abs(x * 100);
  const frac = c - Math.floor(c);
  if (Math.abs(frac - 0.5) <= Math.max(1, c) * 1e-9) return NaN;
  return Math.sign(x) * Math.round(c);
}

/** Cents of a stored number (its shortest decimal form). */
export function numberCents(v: number): number {
  const q = quickCents(v);
  return Number.isNaN(q) ? exactCents(new Exact(String(v))) : q;
}

/** round(n / d) half away from zero for whole numbers, exactly. */
export function divideRounded(n: number, d: number): number {
  const sign = Math.sign(n) * Math.sign(d);
  const an = Math.abs(n);
  const ad = Math.abs(d);
  let q = Math.floor(an / ad);
  let r = an - q * ad;
  if (r < 0) ((q -= 1), (r += ad));
  else if (r >= ad) ((q += 1), (r -= ad));
  return sign * (2 * r >= ad ? q + 1 : q);
}

/** Shows cents as a decimal number (1653 → 16.53). */
export function fromCents(c: number): number {
  return c / 100;
}

/** A Max (cents, or an exact decimal of cents) as the number the sheets show. */
export function maxValue(max: Exact | number): number {
  return typeof max === "number" ? fromCents(max) : max.div(100).toNumber();
}
