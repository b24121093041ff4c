import type { Nominee } from "../model";
import { textKey } from "../text/normalize";

/** Who fills one report form (issue 14): a collective nominee, or the unit its individuals name. */
export interface ReportingUnit {
  /** What the form and its file are named by: the collective's id, else the `Đơn vị` text, else the person's id. */
  readonly id: string;
  readonly key: string;
  readonly name: string;
  /** The nominees whose figures the form carries, in the nominees sheet's order. */
  readonly members: readonly Nominee[];
}

/**
 * The reporting units of a council: each collective reports for itself and for the individuals whose
 * `Đơn vị` names it (by id or name); individuals of another unit report together under that unit's
 * name; an individual with no unit reports alone. Nominees of no known kind report nothing.
 */
export function reportingUnits(nominees: readonly Nominee[]): ReportingUnit[] {
  const units: { id: string; key: string; name: string; members: Nominee[] }[] = [];
  const byKey = new Map<string, (typeof units)[number]>();
  for (const n of nominees)
    if (n.kind === "collective" && !byKey.has(n.idKey)) {
      const unit = { id: n.id, key: n.idKey, name: n.name, members: [n] };
      units.push(unit);
      byKey.set(n.idKey, unit);
      const nameKey = textKey(n.name);
      if (!byKey.has(nameKey)) byKey.set(nameKey, unit);
    }
  for (const n of nominees) {
    if (n.kind !== "individual") continue;
    const key = n.unitKey || n.idKey;
    let unit = byKey.get(key);
    if (!unit) {
      unit = n.unitKey
        ? { id: n.unit, key, name: n.unit, members: [] }
        : { id: n.id, key, name: n.name, members: [] };
      units.push(unit);
      byKey.set(key, unit);
    }
    unit.members.push(n);
  }
  return units.map((u) => ({ ...u, members: [...u.members].sort((a, b) => a.index - b.index) }));
}

/** The form's file name: `bao-cao-<id>.xlsx`, with what a file name cannot hold replaced by `-`. */
export function reportFileName(unit: ReportingUnit): string {
  const safe = unit.id
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are no part of a file name
    .replace(/[\\/:*?"<>|\u0000-\u001F]+/g, "-")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 80);
  return `bao-cao-${safe || "don-vi"}.xlsx`;
}
