import { NS, XlsxPackage, type XmlElement } from "./XlsxPackage";

/**
 * The edits the writers make to a package's shared parts (content types, relationships), each in the
 * part's own namespace and prefix, so that a `<ct:Types>` gets a `<ct:Override>`.
 */

/** A new element in its parent's namespace and with its prefix. */
export function createLike(parent: XmlElement, local: string): XmlElement {
  const doc = parent.ownerDocument as NonNullable<XmlElement["ownerDocument"]>;
  return doc.createElementNS(
    parent.namespaceURI,
    parent.prefix ? `${parent.prefix}:${local}` : local
  );
}

/** A relationship target from one part to another, relative to the first part's folder (`../tables/table1.xml`). */
export function relativeTarget(from: string, to: string): string {
  const dir = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < dir.length && common < target.length - 1 && dir[common] === target[common])
    common++;
  return [...dir.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

/** Adds a relationship from `part` to `target` under the first free `rIdN`; returns that id. */
export function addRelationship(
  pkg: XlsxPackage,
  part: string,
  type: string,
  target: string
): string {
  const relsPath = pkg.nameOf(XlsxPackage.relsPath(part));
  const rels = pkg.xml(relsPath);
  const root = rels.documentElement as XmlElement;
  const ids = new Set(pkg.relationships(part).keys());
  let k = 1;
  while (ids.has(`rId${k}`)) k++;
  const rel = createLike(root, "Relationship");
  rel.setAttribute("Id", `rId${k}`);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", relativeTarget(part, target));
  root.appendChild(rel);
  pkg.setXml(relsPath, rels);
  return `rId${k}`;
}

/** Sets a part's content type by an `Override`, replacing any it had (part names compared as OPC does). */
export function addOverride(pkg: XlsxPackage, path: string, type: string): void {
  const doc = pkg.xml("[Content_Types].xml");
  const root = doc.documentElement as XmlElement;
  removeFrom(root, path);
  const o = createLike(root, "Override");
  o.setAttribute("PartName", `/${path}`);
  o.setAttribute("ContentType", type);
  root.appendChild(o);
  pkg.setXml("[Content_Types].xml", doc);
}

export function removeOverride(pkg: XlsxPackage, path: string): void {
  const doc = pkg.xml("[Content_Types].xml");
  removeFrom(doc.documentElement as XmlElement, path);
  pkg.setXml("[Content_Types].xml", doc);
}

function removeFrom(root: XmlElement, path: string): void {
  const part = `/${path}`.toLowerCase();
  for (const o of Array.from(root.getElementsByTagNameNS(NS.types, "Override")))
    if (o.getAttribute("PartName")?.toLowerCase() === part) o.parentNode?.removeChild(o);
}
