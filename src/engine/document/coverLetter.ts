import type { ProposalDocument } from "../output/buildProposals";
import { periodFor } from "../template/awardPresets";
import {
  DOTS,
  DRAFT,
  TEXT,
  TITLE,
  councilSigner,
  headerRows,
  item,
  letterNumber,
  paragraph,
  recipients,
  signatureRows,
} from "./letterhead";
import { type PrintDoc, type PrintRow, blank, portraitDoc, wide } from "./printDoc";

const COLUMNS = [18, 18, 18, 18, 17];

/** `2 tập thể và 3 cá nhân`: each nominee proposed once or more counted once. */
function counted(doc: ProposalDocument): string {
  const of = (kind: "collective" | "individual") =>
    new Set(doc.sections.filter((s) => s.kind === kind).flatMap((s) => s.rows.map((r) => r.id)))
      .size;
  const any = new Set(
    doc.sections.filter((s) => s.kind === "all").flatMap((s) => s.rows.map((r) => r.id))
  ).size;
  const parts = [
    of("collective") > 0 ? `${of("collective")} tập thể` : "",
    of("individual") > 0 ? `${of("individual")} cá nhân` : "",
    any > 0 ? `${any} tập thể, cá nhân` : "",
  ].filter(Boolean);
  return parts.join(" và ") || "0 tập thể, cá nhân";
}

/**
 * The draft Tờ trình that proposes the list (NĐ 30/2020 Phụ lục I): header blocks with its number,
 * the title and what it is about, `Kính gửi`, the grounds, the proposal by award, the list attached,
 * the recipients and the council's signature, which a draft does not carry.
 */
export function coverLetter(doc: ProposalDocument): PrintDoc {
  const { settings } = doc;
  const h = { columns: COLUMNS, split: 2 };
  const year = settings.year;
  const yearText = year === null ? "" : ` năm ${year}`;
  const council = doc.council;
  const para = (text: string) => paragraph(COLUMNS, text);
  const rows: PrintRow[] = [];
  if (doc.provisional)
    rows.push(wide(COLUMNS, "DỰ THẢO – chưa đủ dữ liệu: chưa ký, chưa gửi", DRAFT));
  rows.push(...headerRows(h, settings, letterNumber(settings)));
  rows.push(wide(COLUMNS, "TỜ TRÌNH", TITLE));
  rows.push(
    wide(
      COLUMNS,
      `Về việc đề nghị tặng danh hiệu thi đua và hình thức khen thưởng${yearText}`,
      TITLE
    )
  );
  rows.push(blank());
  rows.push(wide(COLUMNS, `Kính gửi: ${DOTS}`, { ...TEXT, align: "center" }));
  rows.push(blank());
  rows.push(para("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"));
  if (year !== null) rows.push(para(`Căn cứ ${periodFor(year).decree};`));
  rows.push(
    para(
      `Căn cứ kết quả chấm điểm, xếp hạng thi đua${yearText} và kết quả họp ${council} ngày … tháng … năm …,`
    )
  );
  rows.push(
    para(
      `${council} kính trình ${DOTS} xem xét, tặng danh hiệu thi đua và hình thức khen thưởng${yearText} cho ${counted(doc)}, cụ thể như sau:`
    )
  );
  doc.sections.forEach((s, i) => {
    const word = s.kind === "collective" ? " tập thể" : s.kind === "individual" ? " cá nhân" : "";
    const last = i === doc.sections.length - 1;
    rows.push(item(COLUMNS, `${i + 1}. ${s.name}: ${s.rows.length}${word}${last ? "." : ";"}`));
  });
  rows.push(item(COLUMNS, "(Có danh sách kèm theo)"));
  rows.push(para(`Kính trình ${DOTS} xem xét, quyết định./.`));
  if (!doc.provisional)
    rows.push(
      ...signatureRows(
        h,
        recipients(["- Như trên;", `- Lưu: VT, ${abbreviation(council)}.`]),
        councilSigner(settings)
      )
    );
  return portraitDoc(COLUMNS, rows);
}

/** `Hội đồng Thi đua - Khen thưởng` → `HĐTĐKT`: the initials of its words, as the archive code. */
export function abbreviation(name: string): string {
  const base = name.split(/\s+(?:Bộ|Tỉnh|Thành phố|Tập đoàn|Tổng công ty)\s/i)[0] ?? name;
  return base
    .split(/[\s-]+/)
    .filter((w) => w !== "")
    .map((w) => (w.normalize("NFC")[0] ?? "").toUpperCase())
    .join("");
}
