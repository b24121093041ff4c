import type { Outcome } from "../award/allocateAwards";
import type { Award } from "../model";
import { type ProposalDocument, shareText } from "../output/buildProposals";
import type { NomineeResult, RankResult } from "../result";
import { isBalloted, quorumOf } from "../read/readBallots";
import { sectionTitle } from "./proposalList";
import {
  DOTS,
  DRAFT,
  TITLE,
  headerRows,
  item,
  paragraph,
  signatureRows,
  signer,
} from "./letterhead";
import {
  type PrintDoc,
  type PrintRow,
  type PrintStyle,
  blank,
  printRow,
  wide,
  portraitDoc,
  tableStyles,
} from "./printDoc";

const COLUMNS = [5, 31, 9, 11, 11, 22];
const { cell: CELL, center: NUM, head: HEAD, section: SECTION } = tableStyles(12);
const HEADING: PrintStyle = { size: 13, bold: true, align: "left" };

const OUTCOME_TEXT: Partial<Record<Outcome["kind"], string>> = {
  given: "Đạt, đề nghị",
  condition: "Không đạt",
  quota: "Đạt tỷ lệ, ngoài số lượng",
  tie: "Bằng phiếu: Chủ tịch quyết định",
  pending: "Chờ kiểm phiếu",
};

/** The candidates' votes for one balloted award, as table rows. */
function voteRows(result: RankResult, award: Award, members: number | null): PrintRow[] {
  const rows: PrintRow[] = [];
  const decided = (r: NomineeResult) => r.decisions.find((d) => d.award === award)?.outcome.kind;
  let n = 0;
  for (const r of result.nominees) {
    const entry = result.ballot?.of(award, r.nominee.index);
    if (entry === undefined) continue;
    const counted = entry !== "waiting" && members !== null;
    const kind = decided(r);
    const cells = [
      String(++n),
      `${r.nominee.name} (${r.nominee.id})`,
      entry === "waiting" ? "" : String(entry.yes),
      entry === "waiting" || entry.no === null ? "" : String(entry.no),
      counted ? shareText(entry, members) : "",
      (kind && OUTCOME_TEXT[kind]) ?? (result.ballot?.valid ? "Không đạt" : "Chưa biểu quyết"),
    ];
    rows.push(
      printRow(
        COLUMNS,
        cells.map((text, col) => ({
          col,
          span: 1,
          text,
          style: col === 1 || col === 5 ? CELL : NUM,
        }))
      )
    );
  }
  return rows;
}

/**
 * The draft Biên bản họp Hội đồng (meeting.md §4): time and place, members present and absent, the
 * quorum, what was reviewed, each balloted title's votes for and against and share of all members,
 * the conclusions, and the signatures of the secretary and the chair.
 */
export function minutes(result: RankResult, doc: ProposalDocument): PrintDoc {
  const { settings } = doc;
  const h = { columns: COLUMNS, split: 2 };
  const yearText = settings.year === null ? "" : ` năm ${settings.year}`;
  const rows: PrintRow[] = [];
  if (doc.provisional) rows.push(wide(COLUMNS, "DỰ THẢO – chưa đủ dữ liệu: chưa ký", DRAFT));
  rows.push(...headerRows(h, settings, "…/BB-HĐTĐKT"));
  rows.push(wide(COLUMNS, "BIÊN BẢN", TITLE));
  rows.push(wide(COLUMNS, `Họp ${doc.council} xét đề nghị khen thưởng${yearText}`, TITLE));
  rows.push(blank());
  rows.push(line(`Thời gian: … giờ … ngày … tháng … năm …`));
  rows.push(line(`Địa điểm: ${DOTS}`));
  rows.push(...attendance(settings));
  const content = contentRows(result, yearText, settings.members);
  // The votes table's header repeats on each page: its row number in the whole document.
  const header = content.header === null ? 0 : rows.length + content.header + 1;
  rows.push(...content.rows);
  rows.push(...conclusion(doc, yearText));
  if (!doc.provisional)
    rows.push(...signatureRows(h, signer(["THƯ KÝ"], ""), signer(["CHỦ TỌA"], settings.signer)));
  return portraitDoc(COLUMNS, rows, header > 0 ? [header, header] : null);
}

const para = (text: string) => paragraph(COLUMNS, text);
const line = (text: string) => item(COLUMNS, text);

/** I. Thành phần: the chair, the secretary, the members present and absent, and the quorum. */
function attendance(settings: ProposalDocument["settings"]): PrintRow[] {
  const { members, present } = settings;
  const rows: PrintRow[] = [wide(COLUMNS, "I. THÀNH PHẦN", HEADING)];
  rows.push(
    para(
      `Chủ trì: ${settings.signer.trim() || DOTS}, ${settings.signerTitle.trim() || "Chủ tịch"} Hội đồng.`
    )
  );
  rows.push(line(`Thư ký: ${DOTS}`));
  rows.push(
    para(
      members === null
        ? `Tổng số thành viên Hội đồng: ${DOTS}; có mặt: ${present ?? DOTS}; vắng mặt: ${DOTS}.`
        : `Tổng số thành viên Hội đồng: ${members}; có mặt: ${present ?? DOTS}; vắng mặt: ${present === null ? DOTS : members - present} (ý kiến bằng văn bản của thành viên vắng mặt được tính).`
    )
  );
  if (members !== null && present !== null)
    rows.push(
      para(
        present >= quorumOf(members)
          ? `Số thành viên dự họp ${present}/${members}, đủ tối thiểu hai phần ba (${quorumOf(members)}): phiên họp đủ điều kiện biểu quyết.`
          : `Số thành viên dự họp ${present}/${members}, dưới hai phần ba (cần ${quorumOf(members)}): phiên họp không đủ điều kiện biểu quyết.`
      )
    );
  return rows;
}

/** II. Nội dung: what was ranked, and each balloted title's votes; `header` is the votes table's head row. */
function contentRows(
  result: RankResult,
  yearText: string,
  members: number | null
): { rows: PrintRow[]; header: number | null } {
  const rows: PrintRow[] = [wide(COLUMNS, "II. NỘI DUNG", HEADING)];
  const ranked = result.nominees.filter((r) => r.rank !== null).length;
  rows.push(
    para(
      `1. Hội đồng xem xét kết quả chấm điểm, xếp hạng thi đua${yearText}: ${ranked}/${result.nominees.length} tập thể, cá nhân được xếp hạng.`
    )
  );
  const balloted = result.awards.filter(
    (a) => isBalloted(a) && result.nominees.some((r) => result.ballot?.of(a, r.nominee.index))
  );
  rows.push(
    para(
      balloted.length === 0
        ? "2. Kết quả bỏ phiếu kín: chưa có phiếu bầu (trang Phiếu bầu)."
        : "2. Kết quả bỏ phiếu kín (tỷ lệ tính trên tổng số thành viên Hội đồng):"
    )
  );
  if (balloted.length === 0) return { rows, header: null };
  const header = rows.length;
  rows.push(
    printRow(
      COLUMNS,
      ["STT", "Họ và tên / Tên tập thể", "Đồng ý", "Không đồng ý", "Tỷ lệ đồng ý", "Kết quả"].map(
        (text, col) => ({ col, span: 1, text, style: HEAD })
      )
    )
  );
  for (const award of balloted) {
    rows.push(
      printRow(COLUMNS, [{ col: 0, span: COLUMNS.length, text: award.name, style: SECTION }])
    );
    rows.push(...voteRows(result, award, members));
  }
  return { rows, header };
}

/** III. Kết luận: what the council proposes, the ties its chair decides, what is still open. */
function conclusion(doc: ProposalDocument, yearText: string): PrintRow[] {
  const rows: PrintRow[] = [wide(COLUMNS, "III. KẾT LUẬN", HEADING)];
  rows.push(para(`${doc.council} thống nhất đề nghị khen thưởng${yearText}:`));
  for (const s of doc.sections) {
    const names = s.rows.map((r) => r.name).join("; ");
    rows.push(line(`- ${sectionTitle(s)}${names ? `: ${names}` : ""}.`));
    if (s.ties.length > 0)
      rows.push(
        line(
          `  Chủ tịch Hội đồng quyết định (bằng điểm, bằng phiếu): ${s.ties.map((t) => t.name).join("; ")}.`
        )
      );
    if (s.pending.length > 0) rows.push(line(`  Chưa xét xong: ${s.pending.join("; ")}.`));
  }
  rows.push(para("Cuộc họp kết thúc lúc … giờ … cùng ngày./."));
  return rows;
}
