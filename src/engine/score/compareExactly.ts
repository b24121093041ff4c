import { Exact } from "../expression/values";
import { divideRounded, exactCents } from "./cents";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** x × 10^k as an exact whole number when x's decimal form has at most k decimals, else null. */
function scaled(x: number, k: number): number | null {
  const y = x * 10 ** k;
  const r = Math.round(y);
  return Math.abs(r - y) <= Math.abs(y) * 1e-15 && Math.abs(r) < MAX_SAFE ? r : null;
}

/**
 * The sign of a × b − c × d for doubles that stand for decimals, exactly:
 * in whole numbers when the four have few decimals (the usual case), else in
 * exact decimals.
 *
 * @example compareProducts(100, 0.3, 30, 1) // 0, where 100 * 0.3 - 30 is not
 */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  for (let k = 0; k <= 6; k++) {
    const [sa, sb, sc, sd] = [scaled(a, k), scaled(b, k), scaled(c, k), scaled(d, k)];
    if (sa === null || sb === null || sc === null || sd === null) continue;
    const left = sa * sb;
    const right = sc * sd;
    if (Math.abs(left) < MAX_SAFE && Math.abs(right) < MAX_SAFE) return Math.sign(left - right);
    break;
  }
  const ex = (x: number) => new Exact(String(x));
  return ex(a)
    .times(ex(b))
    .cmp(ex(c).times(ex(d)));
}

/**
 * Cents of a × b ÷ d (d > 0) rounded half away from zero, exactly: in whole
 * numbers when the three have few decimals, else in exact decimals.
 *
 * @example quotientCents(20, 66.1, 80) // 1653 (16.525 → 16.53)
 */
export function quotientCents(a: number, b: number, d: number): number {
  for (let k = 0; k <= 6; k++) {
    const [sa, sb, sd] = [scaled(a, k), scaled(b, k), scaled(d, k)];
    if (sa === null || sb === null || sd === null) continue;
    const n = 100 * sa * sb;
    const q = sd * 10 ** k;
    if (Math.abs(n) < MAX_SAFE && q < MAX_SAFE) return divideRounded(n, q);
    break;
  }
  const ex = (x: number) => new Exact(String(x));
  return exactCents(ex(a).times(ex(b)).div(ex(d)));
}
