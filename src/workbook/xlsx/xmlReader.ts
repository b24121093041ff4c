/**
 * A pull reader of XML for the package's parts: linear in the text whatever it holds, namespaces
 * resolved to their URI (never matched by prefix), nesting capped, no DTD (so no entity can expand).
 * SAX libraries measured 4x slower than this on a 10,000-nominee results sheet, the hot path of a run.
 */

/** A part whose XML cannot be read: what broke, as the XML it expected or met (`<!DOCTYPE>`, `</a> ≠ <b>`), and where. */
export class XmlError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
    /** The package part, when known. */
    public part = ""
  ) {
    super(`${reason} @${offset}`);
  }
}

/** Deeper than any real OOXML part (they stay under 20); a part of a million nested elements is refused. */
export const MAX_DEPTH = 128;

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const EOF = 4;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof EOF;

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Replaces the five predefined entities and character references; any other entity is an error. */
export function decodeEntities(s: string, offset = 0): string {
  if (s.indexOf("&") < 0) return s;
  let out = "";
  let from = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", from)) {
    const semi = s.indexOf(";", amp);
    if (semi < 0 || semi - amp > 12) throw new XmlError("&", offset + amp);
    const name = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (
        Number.isInteger(code) &&
        code > 0 &&
        code <= 0x10ffff &&
        /^#(x[0-9a-fA-F]+|\d+)$/.test(name)
      )
        ch = String.fromCodePoint(code);
    } else ch = NAMED[name];
    if (ch === undefined) throw new XmlError(`&${name};`, offset + amp);
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

interface Scope {
  readonly depth: number;
  readonly prefixes: ReadonlyMap<string, string>;
}

/**
 * `next()` moves to the next start tag, end tag or text; an empty element (`<a/>`) gives its start and
 * its end. On a start tag, `local`, `ns` and `attr()` describe it; on text, `text()` gives it decoded.
 */
export class XmlReader {
  /** Local name and namespace URI of the current element (start or end). */
  local = "";
  ns = "";
  /** Depth of the current element: 1 for the root. */
  depth = 0;
  private pos = 0;
  private readonly stack: string[] = [];
  private scopes: Scope[] = [{ depth: 0, prefixes: new Map([["xml", XML_NS]]) }];
  private selfClosing = false;
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata = false;
  /** The next `"`, `'` and `xmlns` at or after some position (the text's length when none). */
  private readonly cached = [-1, -1, -1];
  private readonly cachedFrom = [-1, -1, -1];

  constructor(
    private readonly xml: string,
    /** The part's name, for the errors. */
    private readonly part = ""
  ) {}

  next(): Token {
    try {
      return this.step();
    } catch (e) {
      if (e instanceof XmlError) e.part ||= this.part;
      throw e;
    }
  }

  private step(): Token {
    const xml = this.xml;
    if (this.selfClosing) {
      this.selfClosing = false;
      this.popElement();
      return CLOSE;
    }
    for (;;) {
      const start = this.pos;
      if (start >= xml.length) {
        if (this.stack.length > 0)
          throw new XmlError(`<${this.stack[this.stack.length - 1]}> …`, start);
        return EOF;
      }
      if (xml.charCodeAt(start) !== 60 /* < */) {
        const lt = xml.indexOf("<", start);
        this.pos = lt < 0 ? xml.length : lt;
        this.textFrom = start;
        this.textTo = this.pos;
        this.cdata = false;
        return TEXT;
      }
      const c1 = xml.charCodeAt(start + 1);
      if (c1 === 33 /* ! */) {
        if (xml.startsWith("<!--", start)) {
          this.pos = this.endOf("-->", start + 4);
          continue;
        }
        if (xml.startsWith("<![CDATA[", start)) {
          const end = this.endOf("]]>", start + 9);
          this.textFrom = start + 9;
          this.textTo = end - 3;
          this.pos = end;
          this.cdata = true;
          return TEXT;
        }
        throw new XmlError("<!DOCTYPE>", start);
      }
      if (c1 === 63 /* ? */) {
        this.pos = this.endOf("?>", start + 2);
        continue;
      }
      if (c1 === 47 /* / */) {
        const gt = xml.indexOf(">", start);
        if (gt < 0) throw new XmlError("</", start);
        const name = xml.slice(start + 2, gt).trim();
        const open = this.stack[this.stack.length - 1];
        if (open !== name) throw new XmlError(`</${name}> ≠ <${open ?? ""}>`, start);
        this.pos = gt + 1;
        this.setName(name);
        this.popElement();
        return CLOSE;
      }
      return this.openTag(start);
    }
  }

  /** The current text, entities decoded (CDATA as it is). */
  text(): string {
    const raw = this.xml.slice(this.textFrom, this.textTo);
    return this.cdata ? raw : decodeEntities(raw, this.textFrom);
  }

  /** An attribute of the current start tag: unprefixed when `ns` is empty, else by namespace URI. */
  attr(local: string, ns = ""): string | null {
    try {
      return this.findAttr(local, ns);
    } catch (e) {
      if (e instanceof XmlError) e.part ||= this.part;
      throw e;
    }
  }

  private findAttr(local: string, ns: string): string | null {
    let found: string | null = null;
    this.eachAttr((name, value) => {
      const colon = name.indexOf(":");
      const isLocal = colon < 0 ? name === local : name.slice(colon + 1) === local;
      if (!isLocal) return false;
      const uri = colon < 0 ? "" : this.resolve(name.slice(0, colon), this.attrFrom);
      if (uri !== ns) return false;
      found = value;
      return true;
    });
    return found === null ? null : decodeEntities(found, this.attrFrom);
  }

  /** On a start tag: reads to the end of its element. */
  skipElement(): void {
    const depth = this.depth;
    for (let t = this.next(); !(t === CLOSE && this.depth === depth); t = this.next())
      if (t === EOF) return;
  }

  private openTag(start: number): Token {
    const xml = this.xml;
    // The tag ends at the first `>` outside quotes: attribute values may hold `>`. The next quote of
    // each kind is cached, so that a part without any `'` is not searched to its end at every tag.
    let i = start + 1;
    for (;;) {
      const gt = xml.indexOf(">", i);
      if (gt < 0) throw new XmlError("<", start);
      const q = Math.min(this.nextFrom(0, i), this.nextFrom(1, i));
      if (q > gt) {
        i = gt;
        break;
      }
      const close = xml.indexOf(xml[q] as string, q + 1);
      if (close < 0) throw new XmlError('"', q);
      i = close + 1;
    }
    const self = xml.charCodeAt(i - 1) === 47; /* / */
    const end = self ? i - 1 : i;
    let n = start + 1;
    while (n < end && !isSpace(xml.charCodeAt(n))) n++;
    const name = xml.slice(start + 1, n);
    if (name === "") throw new XmlError("<>", start);
    this.attrFrom = n;
    this.attrTo = end;
    this.pos = i + 1;
    this.stack.push(name);
    if (this.stack.length > MAX_DEPTH) throw new XmlError(`> ${MAX_DEPTH}`, start);
    if (this.nextFrom(2, n) < end) this.declareNamespaces();
    this.setName(name);
    this.depth = this.stack.length;
    this.selfClosing = self;
    return OPEN;
  }

  private declareNamespaces(): void {
    const prefixes = new Map<string, string>();
    this.eachAttr((name, value) => {
      if (name === "xmlns") prefixes.set("", decodeEntities(value));
      else if (name.startsWith("xmlns:")) prefixes.set(name.slice(6), decodeEntities(value));
      return false;
    });
    if (prefixes.size > 0) this.scopes.push({ depth: this.stack.length, prefixes });
  }

  private setName(name: string): void {
    const colon = name.indexOf(":");
    this.local = colon < 0 ? name : name.slice(colon + 1);
    this.ns = this.resolve(colon < 0 ? "" : name.slice(0, colon), this.pos);
  }

  private popElement(): void {
    this.stack.pop();
    this.depth = this.stack.length + 1;
    const top = this.scopes[this.scopes.length - 1];
    if (top && top.depth > this.stack.length) this.scopes.pop();
  }

  private resolve(prefix: string, at: number): string {
    for (let s = this.scopes.length - 1; s >= 0; s--) {
      const uri = (this.scopes[s] as Scope).prefixes.get(prefix);
      if (uri !== undefined) return uri;
    }
    if (prefix === "") return "";
    throw new XmlError(`${prefix}:`, at);
  }

  /** Calls `visit(name, raw value)` for each attribute of the current tag until it returns true. */
  private eachAttr(visit: (name: string, value: string) => boolean): void {
    const xml = this.xml;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (i >= end) return;
      const eq = xml.indexOf("=", i);
      if (eq < 0 || eq >= end) throw new XmlError("=", i);
      const name = xml.slice(i, eq).trim();
      let q = eq + 1;
      while (q < end && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") throw new XmlError('"', q);
      const close = xml.indexOf(quote, q + 1);
      if (close < 0 || close >= end) throw new XmlError('"', q);
      if (visit(name, xml.slice(q + 1, close))) return;
      i = close + 1;
    }
  }

  private nextFrom(kind: 0 | 1 | 2, from: number): number {
    const at = this.cached[kind] as number;
    if (at >= from && (this.cachedFrom[kind] as number) <= from) return at;
    const found = this.xml.indexOf(MARKERS[kind], from);
    this.cached[kind] = found < 0 ? this.xml.length : found;
    this.cachedFrom[kind] = from;
    return this.cached[kind] as number;
  }

  private endOf(marker: string, from: number): number {
    const at = this.xml.indexOf(marker, from);
    if (at < 0) throw new XmlError(marker, from);
    return at + marker.length;
  }
}

const MARKERS = ['"', "'", "xmlns"] as const;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Reads a whole part once, to refuse it before a DOM is built from it (depth, DTD, broken tags). */
export function checkXml(xml: string, part = ""): void {
  const r = new XmlReader(xml, part);
  while (r.next() !== EOF);
}
