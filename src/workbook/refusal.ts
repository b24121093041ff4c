import type { Language } from "../engine";

/** Why the workbook refused a write before anything changed: a key and its facts, said per language. */
export type Refusal =
  | { readonly key: "readOnly" }
  | { readonly key: "structureProtected" }
  | { readonly key: "nameTaken"; readonly name: string }
  | { readonly key: "coAuthorRan" }
  | { readonly key: "sheetProtected"; readonly sheet: string }
  | { readonly key: "tableElsewhere"; readonly table: string; readonly sheet: string }
  | { readonly key: "mergeReadOnly" }
  | { readonly key: "mergeSheetProtected"; readonly sheet: string }
  | { readonly key: "mergeCellsTyped"; readonly cells: readonly string[] }
  | { readonly key: "excelTimeout"; readonly seconds: number };

type Catalogue = {
  readonly [K in Refusal["key"]]: (r: Extract<Refusal, { key: K }>) => string;
};

/** Every refusal in Vietnamese and English: a missing sentence does not compile. */
const REFUSALS: Record<Language, Catalogue> = {
  vi: {
    readOnly: () =>
      "Sổ đang mở ở chế độ chỉ đọc: hãy mở quyền sửa (Chỉnh sửa sổ làm việc) rồi xếp hạng lại.",
    structureProtected: () =>
      "Cấu trúc sổ đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc) rồi xếp hạng lại.",
    nameTaken: (r) =>
      `Tên '${r.name}' đã được dùng trong sổ (Công thức → Trình quản lý tên): hãy đổi tên đó rồi xếp hạng lại.`,
    coAuthorRan: () =>
      "Một người cùng soạn vừa xếp hạng sổ này: hãy xếp hạng lại để có kết quả mới nhất.",
    sheetProtected: (r) =>
      `Trang '${r.sheet}' đang được bảo vệ: hãy bỏ bảo vệ trang rồi xếp hạng lại.`,
    tableElsewhere: (r) =>
      `Bảng '${r.table}' đã có ở trang '${r.sheet}': hãy đổi tên bảng đó rồi xếp hạng lại.`,
    mergeReadOnly: () => "Sổ đang mở chỉ đọc: không gộp được báo cáo.",
    mergeSheetProtected: (r) => `Trang '${r.sheet}' đang được bảo vệ: bỏ bảo vệ rồi gộp lại.`,
    mergeCellsTyped: (r) =>
      `Đã có người nhập vào ${r.cells.join(", ")} sau khi xem trước: hãy gộp lại để xem kế hoạch mới. Chưa ghi ô nào.`,
    excelTimeout: (r) => `Excel không phản hồi sau ${r.seconds} giây: hãy thử lại.`,
  },
  en: {
    readOnly: () =>
      "The workbook is open read-only: allow editing (Edit Workbook), then rank again.",
    structureProtected: () =>
      "The workbook's structure is protected: unprotect it (Review → Protect Workbook), then rank again.",
    nameTaken: (r) =>
      `The name '${r.name}' is already used in the workbook (Formulas → Name Manager): rename it, then rank again.`,
    coAuthorRan: () =>
      "A co-author has just ranked this workbook: rank again for the latest result.",
    sheetProtected: (r) => `The sheet '${r.sheet}' is protected: unprotect it, then rank again.`,
    tableElsewhere: (r) =>
      `The table '${r.table}' is already on the sheet '${r.sheet}': rename that table, then rank again.`,
    mergeReadOnly: () => "The workbook is open read-only: the reports cannot be merged.",
    mergeSheetProtected: (r) =>
      `The sheet '${r.sheet}' is protected: unprotect it, then merge again.`,
    mergeCellsTyped: (r) =>
      `Someone typed into ${r.cells.join(", ")} after the preview: merge again to see the new plan. No cell was written.`,
    excelTimeout: (r) => `Excel did not answer after ${r.seconds} seconds: try again.`,
  },
};

export function refusalText(r: Refusal, language: Language): string {
  return (REFUSALS[language][r.key] as (r: Refusal) => string)(r);
}

/** Thrown by an adapter that refuses a write; its message is the Vietnamese text, the pane says it in its language. */
export class WorkbookRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalText(refusal, "vi"));
    this.name = "WorkbookRefused";
  }
}

/** What a failure says to the user, in `language`: a refusal from its catalogue, anything else as it came. */
export function failureText(e: unknown, language: Language): string {
  if (e instanceof WorkbookRefused) return refusalText(e.refusal, language);
  return e instanceof Error ? e.message : String(e);
}
