import { parseNumberText } from "../cell/readValue";
import { matchKey, textKey } from "../text/normalize";
import { type Arithmetic, ExpressionError, UNKNOWN, type Value } from "./values";

const YES = new Set(["co", "yes", "x"]);
const NO = new Set(["khong", "no"]);

/** How values meet in an expression (§13.6), over one arithmetic: numbers, truth, equality, order. */
export class ValueRules<N> {
  constructor(private readonly ar: Arithmetic<N>) {}

  num(v: Value<N>): N {
    if (this.ar.isNumber(v)) return v;
    throw new ExpressionError({ k: "needsNumber" });
  }

  truth(v: Value<N>): boolean | typeof UNKNOWN {
    if (v === UNKNOWN) return UNKNOWN;
    if (typeof v === "boolean") return v;
    if (this.ar.isNumber(v)) return !this.ar.isZero(v);
    throw new ExpressionError({ k: "logicOnText" });
  }

  /** Equality of §13.6: numbers by value, texts as numbers when both read as one, booleans against yes/no words. */
  equal(a: Value<N>, b: Value<N>): boolean {
    const ar = this.ar;
    if (ar.isNumber(a) && ar.isNumber(b)) return ar.compare(a, b) === 0;
    if (typeof a === "string" && typeof b === "string") {
      const na = this.asNumber(a);
      const nb = this.asNumber(b);
      return na !== null && nb !== null ? ar.compare(na, nb) === 0 : textKey(a) === textKey(b);
    }
    if (typeof a === "boolean" || typeof b === "boolean") {
      const [bool, other] = typeof a === "boolean" ? [a, b] : [b as boolean, a];
      if (typeof other === "boolean") return bool === other;
      if (typeof other === "string") return asBoolean(other) === bool;
      return ar.isNumber(other) && ar.isZero(other) !== bool;
    }
    const [n, s] = ar.isNumber(a) ? [a, b as string] : [b as N, a as string];
    const ns = this.asNumber(s);
    return ns !== null && ar.compare(n, ns) === 0;
  }

  /** The order of two numbers, or of texts that read as numbers; other texts cannot be ordered. */
  order(a: Value<N>, b: Value<N>): number {
    const na = this.ar.isNumber(a) ? a : typeof a === "string" ? this.asNumber(a) : null;
    const nb = this.ar.isNumber(b) ? b : typeof b === "string" ? this.asNumber(b) : null;
    if (na === null || nb === null) throw new ExpressionError({ k: "orderText" });
    return this.ar.compare(na, nb);
  }

  private asNumber(s: string): N | null {
    const n = parseNumberText(s);
    return n.kind === "number" ? this.ar.of(n.value) : null;
  }
}

function asBoolean(s: string): boolean | null {
  const k = matchKey(s);
  return YES.has(k) ? true : NO.has(k) ? false : null;
}
