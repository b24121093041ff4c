import type { BallotReport, CollectReport, FormsReport } from "./PaneHost";
import type { Language, Settings } from "../engine";
import { failureText } from "../workbook/refusal";

/** Every text the pane shows, in Vietnamese first and English; a missing sentence does not compile. */
export interface UiStrings {
  readonly title: string;
  readonly createTemplate: string;
  readonly check: string;
  readonly rank: string;
  readonly running: string;
  readonly failed: string;
  /** What a failure says: a workbook's refusal in this language, any other error as it came. */
  readonly reason: (error: unknown) => string;
  readonly checked: (errors: number, warnings: number) => string;
  readonly rankedDone: (ranked: number, total: number) => string;
  readonly notRanked: (who: string) => string;
  readonly templateDone: (created: readonly string[], existing: readonly string[]) => string;
  readonly templateDownloaded: (file: string, sheets: readonly string[]) => string;
  readonly more: string;
  readonly intro: string;
  readonly emptyWorkbook: (missing: readonly string[]) => string;
  readonly noWorkbook: string;
  readonly unusable: (errors: number) => string;
  readonly messagesTab: (n: number) => string;
  readonly whatIfTab: string;
  readonly settingsTab: string;
  readonly openRanking: string;
  readonly openProposals: string;
  readonly historyPick: string;
  readonly historyClear: string;
  readonly makeBallots: string;
  readonly explainPick: string;
  readonly ballotsDone: (b: BallotReport) => string;
  readonly summary: string;
  readonly rankedCount: (ranked: number, total: number) => string;
  readonly errorsCount: (n: number) => string;
  readonly warningsCount: (n: number) => string;
  readonly awards: string;
  readonly noAwards: string;
  readonly ties: string;
  readonly awaitingVote: string;
  readonly pending: string;
  readonly messages: string;
  readonly noMessages: string;
  readonly error: string;
  readonly warning: string;
  readonly goTo: (where: string) => string;
  readonly autoRegenerate: string;
  readonly autoRegenerateHint: string;
  readonly autoOpen: string;
  readonly language: string;
  readonly settings: string;
  readonly changes: string;
  readonly stability: (stable: number, ranked: number) => string;
  readonly settingsHint: string;
  readonly scope: string;
  readonly scopes: Readonly<Record<Settings["scope"], string>>;
  readonly tieBreaks: string;
  readonly dropExtremes: string;
  readonly grades: string;
  readonly normalizeJudges: string;
  readonly normalizedFrom: (n: number) => string;
  readonly none: string;
  readonly yes: string;
  readonly no: string;
  readonly nearest: string;
  readonly history: {
    readonly title: string;
    readonly chosen: (names: readonly string[]) => string;
  };
  readonly whatIf: {
    readonly title: string;
    readonly target: string;
    readonly group: (name: string) => string;
    readonly weight: (percent: number, max: string, newMax: string) => string;
    readonly groupWeight: (percent: number, factor: string) => string;
    readonly nobody: string;
    readonly moved: (n: number) => string;
    readonly more: (n: number) => string;
    readonly rank: string;
    readonly noAward: string;
    readonly apply: (label: string, where: string, max: string) => string;
    readonly applyGroup: (label: string, factor: string) => string;
  };
  readonly reporting: {
    readonly forms: string;
    readonly year: string;
    readonly quarter: (q: number) => string;
    readonly formsDone: (r: FormsReport) => string;
    readonly collect: string;
    readonly title: string;
    readonly planned: (r: CollectReport) => string;
    readonly done: (r: CollectReport) => string;
    readonly fills: (n: number, written: boolean) => string;
    readonly conflicts: (n: number) => string;
    readonly conflict: (c: CollectReport["conflicts"][number]) => string;
    readonly overwrite: (n: number) => string;
    readonly takeLater: string;
    readonly refused: (n: number) => string;
    readonly missing: (n: number) => string;
    readonly notes: string;
    readonly differences: (n: number) => string;
    readonly difference: (d: CollectReport["differences"][number]) => string;
    readonly confirm: (n: number) => string;
    readonly confirmDownload: string;
    readonly cancel: string;
  };
  readonly web: {
    readonly privacy: string;
    readonly open: string;
    readonly drop: string;
    readonly opened: (name: string) => string;
    readonly choose: string;
    readonly showRow: (where: string) => string;
    readonly noFile: string;
    readonly downloadTemplate: string;
    readonly download: string;
    readonly documents: string;
    readonly printHint: string;
    readonly print: (document: string) => string;
    readonly ranking: string;
    readonly chart: (scope: string) => string;
    readonly all: string;
    readonly field: string;
    readonly cluster: string;
    readonly award: string;
    readonly noAward: string;
    readonly rank: string;
    readonly id: string;
    readonly name: string;
    readonly score: string;
    readonly awards: string;
    readonly gap: string;
    readonly explain: string;
    readonly show: string;
  };
}

export const STRINGS: Record<Language, UiStrings> = {
  vi: {
    title: "Bình Xét",
    createTemplate: "Tạo mẫu",
    check: "Kiểm tra",
    rank: "Xếp hạng",
    running: "Đang chạy…",
    failed: "Không chạy được",
    reason: (e) => failureText(e, "vi"),
    checked: (e, w) =>
      e + w === 0
        ? "Sổ hợp lệ: không có lỗi hay cảnh báo."
        : `Đã kiểm tra: ${e} lỗi, ${w} cảnh báo.`,
    rankedDone: (r, t) => `Đã xếp hạng ${r}/${t} đối tượng và ghi trang Xếp hạng.`,
    notRanked: (w) =>
      `Chưa xếp hạng được: ${w}. Danh sách đề nghị là DỰ THẢO cho đến khi sửa các ô đó và xếp hạng lại.`,
    makeBallots: "Tạo phiếu bầu",
    explainPick: "Giải thích cho đối tượng (gõ mã hoặc tên)",
    ballotsDone: (b) =>
      b.papers === null
        ? "Không có hình thức nào cần bỏ phiếu (không điều kiện nào dùng Tỷ lệ phiếu đồng ý, hoặc chưa có ứng viên)."
        : [
            `Đã ghi phiếu bầu ở trang '${b.papers}' (${b.members === null ? "1 bản mỗi hình thức: Cấu hình chưa có Số thành viên Hội đồng" : `${b.members} bản mỗi hình thức`}): ${b.races.map((r) => `${r.award} ${r.candidates.length} ứng viên`).join("; ")}.`,
            b.created
              ? "Đã thêm trang Phiếu bầu: sau khi kiểm phiếu, điền Đồng ý và Không đồng ý từng dòng, điền Số thành viên dự họp ở Cấu hình, rồi xếp hạng lại."
              : b.missing.length > 0
                ? `Trang Phiếu bầu đã có, không sửa: hãy thêm dòng cho ${b.missing.join("; ")}.`
                : "Trang Phiếu bầu đã có và đủ dòng: không sửa.",
          ].join(" "),
    templateDone: (c, e) =>
      [
        c.length > 0 ? `Đã tạo: ${c.join(", ")}.` : "Không tạo trang nào.",
        e.length > 0 ? `Đã có sẵn, không sửa: ${e.join(", ")}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
    templateDownloaded: (f, s) =>
      `Đã tải xuống ${f} (các trang ${s.join(", ")}): mở bằng Excel, điền theo trang Hướng dẫn, lưu lại rồi mở tệp đó ở đây.`,
    more: "Thêm",
    intro:
      "Bấm Xếp hạng để chấm điểm, xếp hạng và ghi trang Xếp hạng. Sổ mới, chưa có số liệu: bấm ⋯ (Thêm) → Tạo mẫu.",
    emptyWorkbook: (m) =>
      `Sổ này chưa có ${m.length > 1 ? "các trang " : "trang "}${m.join(", ")}: bấm Tạo mẫu để thêm các trang đầu vào, rồi điền theo trang Hướng dẫn.`,
    noWorkbook:
      "Chưa mở sổ nào: mở sổ .xlsx của Hội đồng ở trên, hoặc bấm Tải mẫu để bắt đầu một sổ mới.",
    unusable: (n) => `Chưa xếp hạng được: sổ có ${n} lỗi cần sửa trước, xem Thông báo.`,
    messagesTab: (n) => `Thông báo (${n})`,
    whatIfTab: "Thử trọng số",
    settingsTab: "Cấu hình",
    openRanking: "Mở trang Xếp hạng",
    openProposals: "Mở Đề nghị khen thưởng",
    historyPick: "Lịch sử khen thưởng…",
    historyClear: "Bỏ chọn",
    summary: "Tóm tắt",
    rankedCount: (r, t) => `${r}/${t} được xếp hạng`,
    errorsCount: (n) => `${n} có lỗi`,
    warningsCount: (n) => `${n} cảnh báo`,
    awards: "Đề xuất khen thưởng",
    noAwards: "Chưa có đề xuất nào.",
    ties: "Bằng điểm tại giới hạn số lượng: Hội đồng quyết định",
    awaitingVote: "Chờ bỏ phiếu: đưa ra cuộc họp Hội đồng",
    pending: "Chờ dữ liệu: ô trống ở trang Đối tượng",
    messages: "Thông báo",
    noMessages: "Không có thông báo.",
    error: "Lỗi",
    warning: "Cảnh báo",
    goTo: (w) => `Chọn ô ${w}`,
    autoRegenerate: "Tự động xếp hạng lại sau khi sửa",
    autoOpen: "Mở ngăn Bình Xét khi mở sổ này",
    autoRegenerateHint:
      "Trên Excel cho web, sửa bằng danh sách thả xuống có thể không được nhận biết: khi đó hãy bấm Xếp hạng lại trên dải băng.",
    language: "Ngôn ngữ",
    settings: "Cấu hình đang dùng",
    changes: "Thay đổi so với lần trước",
    stability: (s, r) =>
      `Độ ổn định: ${r === 0 ? 0 : Math.round((100 * s) / r)}% (${s}/${r} giữ nguyên đề xuất khi mỗi trọng số đổi ±10%)`,
    settingsHint: "Sửa ở trang Cấu hình của sổ: mọi người cùng soạn đều dùng chung.",
    scope: "Phạm vi xếp hạng",
    scopes: { field: "Lĩnh vực", cluster: "Khối", unit: "Đơn vị", all: "Toàn bộ" },
    tieBreaks: "Tiêu chí phụ",
    dropExtremes: "Bỏ điểm cao nhất và thấp nhất",
    grades: "Xếp loại",
    normalizeJudges: "Chuẩn hóa điểm người chấm",
    normalizedFrom: (n) => `Có (người chấm có từ ${n} điểm)`,
    none: "không có",
    yes: "Có",
    no: "Không",
    nearest: "Sát ngưỡng: gần được đổi đề xuất nhất",
    history: {
      title: "Lịch sử khen thưởng: sổ các năm trước",
      chosen: (n) => `Đã chọn: ${n.join(", ")}`,
    },
    whatIf: {
      title: "Thử thay đổi trọng số",
      target: "Tiêu chí hoặc nhóm",
      group: (g) => `Nhóm ${g}`,
      weight: (p, m, nm) => `Trọng số ${p}%: điểm tối đa ${m} → ${nm}`,
      groupWeight: (p, f) => `Trọng số ${p}%: điểm tối đa của mỗi tiêu chí trong nhóm × ${f}`,
      nobody: "Không ai đổi hạng hay đề xuất.",
      moved: (k) => `${k} đối tượng đổi hạng hoặc đề xuất:`,
      more: (k) => `và ${k} đối tượng khác.`,
      rank: "hạng",
      noAward: "(không có)",
      apply: (l, w, m) =>
        `Chỉ là thử: sổ không bị ghi. Để áp dụng, sửa điểm tối đa của ${l} (mã ở ô ${w}) thành ${m} rồi Xếp hạng lại.`,
      applyGroup: (l, f) =>
        `Chỉ là thử: sổ không bị ghi. Để áp dụng, nhân điểm tối đa của mọi tiêu chí nhóm ${l} ở trang Tiêu chí với ${f} rồi Xếp hạng lại.`,
    },
    reporting: {
      forms: "Tạo mẫu báo cáo",
      year: "Cả năm",
      quarter: (q) => `Quý ${q}`,
      formsDone: (r) =>
        `Đã tạo ${r.forms} mẫu báo cáo ${r.period} (hạn nộp ${r.deadline}) trong ${r.file}: gửi mỗi đơn vị tệp của mình, nhận về thì bấm Gộp báo cáo.`,
      collect: "Gộp báo cáo…",
      title: "Gộp báo cáo",
      planned: (r) =>
        `${r.merged}/${r.total} báo cáo gộp được: sẽ ghi ${r.fills.length} ô vào Kết quả, chỉ vào ô trống. Xem lại rồi xác nhận.`,
      done: (r) =>
        `Đã gộp ${r.merged}/${r.total} báo cáo, ghi ${r.fills.length} ô${r.file ? ` (tải xuống ${r.file})` : ""}; nguồn từng ô ở trang Nguồn số liệu, điểm tự chấm ở trang Thẩm định. Bấm Xếp hạng để xếp hạng lại.`,
      fills: (n, w) => (w ? `Các ô đã ghi (${n})` : `Các ô sẽ ghi (${n})`),
      conflicts: (n) => `Xung đột (${n}): ô đã có giá trị khác, không ghi đè nếu chưa xác nhận`,
      conflict: (c) => `${c.cell}: đang có ${c.old}, báo cáo ghi ${c.value} (${c.source})`,
      overwrite: (n) => `Ghi đè ${n} ô xung đột bằng giá trị của báo cáo`,
      takeLater: "Đơn vị gửi hai bản: lấy bản sau",
      refused: (n) => `Báo cáo chưa gộp (${n})`,
      missing: (n) => `Chưa có báo cáo (${n})`,
      notes: "Cần chú ý",
      differences: (n) => `Điểm tự chấm khác điểm Hội đồng (${n})`,
      difference: (d) => `${d.who}, ${d.code}: tự chấm ${d.self}, Hội đồng ${d.council}`,
      confirm: (n) => `Ghi ${n} ô vào Kết quả`,
      confirmDownload: "Gộp và tải sổ xuống",
      cancel: "Hủy",
    },
    web: {
      privacy:
        "Tệp của bạn không rời khỏi máy: mọi xử lý chạy ngay trong trình duyệt, không gửi đi đâu.",
      open: "Mở sổ .xlsx",
      drop: "hoặc kéo thả tệp vào đây",
      opened: (n) => `Đang mở: ${n}`,
      choose: "Chọn tệp .xlsx…",
      showRow: (w) => `Xem dòng của đối tượng trong bảng xếp hạng (ô cần sửa trong Excel: ${w})`,
      noFile: "Chưa mở sổ nào: hãy chọn một tệp .xlsx.",
      downloadTemplate: "Tải mẫu",
      download: "Tải xuống",
      documents: "Tài liệu để in",
      explain: "Giải thích",
      show: "Xem",
      printHint:
        "Mở hộp thoại in của trình duyệt: chọn máy in, hoặc Lưu dưới dạng PDF để có tệp PDF. Trang mở bằng Times New Roman, khổ A4.",
      print: (d) => (d.startsWith("In ") ? d : `In ${d}`),
      ranking: "Bảng xếp hạng",
      chart: (s) => `Điểm theo nhóm: ${s}`,
      all: "Tất cả",
      field: "Lĩnh vực",
      cluster: "Khối",
      award: "Khen thưởng",
      noAward: "(không có)",
      rank: "Hạng",
      id: "Mã",
      name: "Tên",
      score: "Điểm",
      awards: "Đề xuất khen thưởng",
      gap: "Khoảng cách",
    },
  },
  en: {
    title: "Bình Xét",
    createTemplate: "Create template",
    check: "Check",
    rank: "Rank",
    running: "Running…",
    failed: "Could not run",
    reason: (e) => failureText(e, "en"),
    checked: (e, w) =>
      e + w === 0
        ? "The workbook is valid: no errors or warnings."
        : `Checked: ${e} errors, ${w} warnings.`,
    rankedDone: (r, t) => `Ranked ${r}/${t} nominees and wrote the Xếp hạng sheet.`,
    notRanked: (w) =>
      `Not ranked: ${w}. The proposal list is a DRAFT until those cells are fixed and the workbook ranked again.`,
    makeBallots: "Make ballot papers",
    explainPick: "Explanation for a nominee (type a code or name)",
    ballotsDone: (b) =>
      b.papers === null
        ? "No award is decided by ballot (no condition uses the vote share, or no candidate yet)."
        : [
            `Wrote the ballot papers on sheet '${b.papers}' (${b.members === null ? "1 copy per award: Settings has no Council members" : `${b.members} copies per award`}): ${b.races.map((r) => `${r.award} ${r.candidates.length} candidates`).join("; ")}.`,
            b.created
              ? "Added the Phiếu bầu sheet: after the count, fill in For and Against on each row and Members present in Settings, then rank again."
              : b.missing.length > 0
                ? `The Phiếu bầu sheet exists, not changed: add rows for ${b.missing.join("; ")}.`
                : "The Phiếu bầu sheet exists and has every row: not changed.",
          ].join(" "),
    templateDone: (c, e) =>
      [
        c.length > 0 ? `Created: ${c.join(", ")}.` : "No sheet created.",
        e.length > 0 ? `Already there, left as they are: ${e.join(", ")}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
    templateDownloaded: (f, s) =>
      `Downloaded ${f} (sheets ${s.join(", ")}): open it in Excel, fill it in following the Hướng dẫn sheet, save it and open that file here.`,
    more: "More",
    intro:
      "Select Rank to score, rank and write the Xếp hạng sheet. A new workbook with no data yet: select ⋯ (More) → Create template.",
    emptyWorkbook: (m) =>
      `This workbook has no ${m.join(", ")} ${m.length > 1 ? "sheets" : "sheet"} yet: select Create template to add the input sheets, then fill them in following the Hướng dẫn sheet.`,
    noWorkbook:
      "No workbook is open: open the council's .xlsx above, or select Download template to start a new one.",
    unusable: (n) => `Not ranked: the workbook has ${n} errors to fix first, see Messages.`,
    messagesTab: (n) => `Messages (${n})`,
    whatIfTab: "Try weights",
    settingsTab: "Settings",
    openRanking: "Open the Xếp hạng sheet",
    openProposals: "Open Đề nghị khen thưởng",
    historyPick: "Award history…",
    historyClear: "Clear",
    summary: "Summary",
    rankedCount: (r, t) => `${r}/${t} ranked`,
    errorsCount: (n) => `${n} with errors`,
    warningsCount: (n) => `${n} warnings`,
    awards: "Proposed awards",
    noAwards: "No proposals yet.",
    ties: "Tied at a quota's edge: the council decides",
    awaitingVote: "Awaiting the council's vote: for the meeting",
    pending: "Waiting for data: empty cells on the nominees sheet",
    messages: "Messages",
    noMessages: "No messages.",
    error: "Error",
    warning: "Warning",
    goTo: (w) => `Select cell ${w}`,
    autoRegenerate: "Rank again after edits",
    autoOpen: "Open the Bình Xét pane with this workbook",
    autoRegenerateHint:
      "In Excel on the web, edits made with a drop-down may go unnoticed: then use Rank again on the ribbon.",
    language: "Language",
    settings: "Settings in force",
    changes: "Changes since the last run",
    stability: (s, r) =>
      `Stability: ${r === 0 ? 0 : Math.round((100 * s) / r)}% (${s}/${r} keep their awards when any one weight changes by ±10%)`,
    settingsHint: "Edit them on the workbook's Cấu hình sheet: every co-author shares them.",
    scope: "Ranking scope",
    scopes: { field: "Field", cluster: "Cluster", unit: "Unit", all: "All" },
    tieBreaks: "Tie-breaks",
    dropExtremes: "Drop highest and lowest",
    grades: "Grades",
    normalizeJudges: "Normalise judges",
    normalizedFrom: (n) => `Yes (judges with at least ${n} scores)`,
    none: "none",
    yes: "Yes",
    no: "No",
    nearest: "Closest to a change of proposal",
    history: {
      title: "Award history: last years' workbooks",
      chosen: (n) => `Chosen: ${n.join(", ")}`,
    },
    whatIf: {
      title: "Try another weight",
      target: "Criterion or group",
      group: (g) => `Group ${g}`,
      weight: (p, m, nm) => `Weight ${p}%: max points ${m} → ${nm}`,
      groupWeight: (p, f) => `Weight ${p}%: the max points of every criterion in the group × ${f}`,
      nobody: "Nobody changes rank or award.",
      moved: (k) => `${k} nominees change rank or award:`,
      more: (k) => `and ${k} more.`,
      rank: "rank",
      noAward: "(none)",
      apply: (l, w, m) =>
        `Only a trial: the workbook is not written. To apply it, set the max points of ${l} (code at ${w}) to ${m} and rank again.`,
      applyGroup: (l, f) =>
        `Only a trial: the workbook is not written. To apply it, multiply the max points of every criterion of group ${l} on the Tiêu chí sheet by ${f} and rank again.`,
    },
    reporting: {
      forms: "Report forms",
      year: "The year",
      quarter: (q) => `Quarter ${q}`,
      formsDone: (r) =>
        `Made ${r.forms} report forms for ${r.period} (due ${r.deadline}) in ${r.file}: send each unit its file; merge the returned ones with Merge reports.`,
      collect: "Merge reports…",
      title: "Merge reports",
      planned: (r) =>
        `${r.merged}/${r.total} reports can be merged: ${r.fills.length} cells of Kết quả will be filled, empty cells only. Review, then confirm.`,
      done: (r) =>
        `Merged ${r.merged}/${r.total} reports, ${r.fills.length} cells written${r.file ? ` (downloaded ${r.file})` : ""}; each cell's source is on Nguồn số liệu, the self-scores on Thẩm định. Rank to rank again.`,
      fills: (n, w) => (w ? `Cells written (${n})` : `Cells to write (${n})`),
      conflicts: (n) =>
        `Conflicts (${n}): cells holding another value, not overwritten unless confirmed`,
      conflict: (c) => `${c.cell}: holds ${c.old}, the report says ${c.value} (${c.source})`,
      overwrite: (n) => `Overwrite the ${n} conflicting cells with the reports' values`,
      takeLater: "A unit sent two reports: take the later",
      refused: (n) => `Reports not merged (${n})`,
      missing: (n) => `No report yet (${n})`,
      notes: "To look at",
      differences: (n) => `Self-scores that differ from the council's points (${n})`,
      difference: (d) => `${d.who}, ${d.code}: self-score ${d.self}, council ${d.council}`,
      confirm: (n) => `Write ${n} cells into Kết quả`,
      confirmDownload: "Merge and download",
      cancel: "Cancel",
    },
    web: {
      privacy:
        "Your file never leaves this computer: everything runs in the browser, nothing is sent anywhere.",
      open: "Open an .xlsx workbook",
      drop: "or drop the file here",
      opened: (n) => `Open: ${n}`,
      choose: "Choose an .xlsx file…",
      showRow: (w) => `Show the nominee's row in the ranking (the cell to edit in Excel: ${w})`,
      noFile: "No workbook is open: choose an .xlsx file.",
      downloadTemplate: "Download template",
      download: "Download",
      documents: "Documents to print",
      explain: "Explanation",
      show: "Show",
      printHint:
        "Opens the browser's print dialog: pick a printer, or Save as PDF for a PDF file. Times New Roman, A4.",
      print: (d) => `Print ${d}`,
      ranking: "Ranking",
      chart: (s) => `Scores by group: ${s}`,
      all: "All",
      field: "Field",
      cluster: "Cluster",
      award: "Award",
      noAward: "(none)",
      rank: "Rank",
      id: "ID",
      name: "Name",
      score: "Score",
      awards: "Proposed awards",
      gap: "Gap to the next award",
    },
  },
};
