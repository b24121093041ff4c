import * as XLSX from '@e965/xlsx';
import { OUTPUT_SHEET } from '../../engine/output/buildOutputTable';
import type { Cell, CellRange, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../engine/snapshot';
import { NotXlsxError, REL_TYPE, XlsxPackage } from './XlsxPackage';

const ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

/** A number format that shows a percentage: a `%` outside quotes, brackets and escapes. */
export function isPercentFormat(z: string): boolean {
  return /%/.test(z.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

function toCell(c: XLSX.CellObject | undefined): Cell {
  if (!c) return null;
  switch (c.t) {
    case 'n': {
      const z = typeof c.z === 'string' ? c.z : '';
      if (z === '' || z === 'General') return { t: 'n', v: c.v as number };
      return { t: 'n', v: c.v as number, ...(isPercentFormat(z) ? { pct: true } : {}), ...(XLSX.SSF.is_date(z) ? { date: true } : {}) };
    }
    case 's':
      return { t: 's', v: String(c.v ?? '') };
    case 'b':
      return { t: 'b', v: Boolean(c.v) };
    case 'e':
      return { t: 'e', v: ERRORS[c.v as number] ?? '#ERROR' };
    case 'd':
      return { t: 'n', v: Number(c.v), date: true };
    default:
      return null;
  }
}

/** Tables (ListObjects) of the package: SheetJS does not read them, so we do, from their parts. */
export function readTables(pkg: XlsxPackage): TableSnapshot[] {
  const tables: TableSnapshot[] = [];
  for (const sheet of pkg.sheets()) {
    for (const rel of pkg.relationships(sheet.path).values()) {
      if (rel.type !== REL_TYPE.table || !pkg.has(rel.path)) continue;
      const t = pkg.xml(rel.path).documentElement;
      if (!t) continue;
      const range = parseRange(t.getAttribute('ref') ?? '');
      if (!range) continue;
      tables.push({
        name: t.getAttribute('displayName') ?? t.getAttribute('name') ?? '',
        sheet: sheet.name,
        range,
        headerRow: t.getAttribute('headerRowCount') !== '0',
        totalsRow: Number(t.getAttribute('totalsRowCount') ?? '0') > 0,
      });
    }
  }
  return tables;
}

export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1] as string);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

/**
 * Reads an .xlsx file into the engine's snapshot: values (formula cells at
 * their cached value), percent and date formats, and tables.
 * Throws NotXlsxError for a file that is not an .xlsx workbook.
 */
export function readXlsx(bytes: Uint8Array, pkg: XlsxPackage = XlsxPackage.open(bytes)): WorkbookSnapshot {
  let wb: XLSX.WorkBook;
  try {
    // The last run's output is no input: skipping it keeps a re-run as fast as the first.
    const sheets = pkg.sheets().map((s) => s.name).filter((name) => name !== OUTPUT_SHEET);
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellDates: false, sheets });
  } catch (e) {
    throw new NotXlsxError(e instanceof Error ? e.message : 'unreadable workbook');
  }
  const sheets: SheetSnapshot[] = wb.SheetNames.filter((name) => wb.Sheets[name]).map((name) => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet & { '!data'?: (XLSX.CellObject | undefined)[][] };
    const data = ws['!data'] ?? [];
    const rows: (Cell[] | undefined)[] = new Array(data.length);
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      if (!src) continue;
      const row: Cell[] = new Array(src.length);
      for (let c = 0; c < src.length; c++) row[c] = toCell(src[c]);
      rows[r] = row;
    }
    return { name, rows };
  });
  return { sheets, tables: readTables(pkg) };
}
