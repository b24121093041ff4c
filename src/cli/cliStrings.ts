import type { Language } from "../engine";

/** Every sentence the command line prints of its own, in Vietnamese and English (messages come from the engine's catalogues). */
export interface CliStrings {
  readonly help: string;
  readonly unknownCommand: (c: string) => string;
  readonly unknownOption: (o: string, command: string) => string;
  readonly needsValue: (o: string) => string;
  readonly badTop: (v: string) => string;
  readonly badYear: (v: string) => string;
  readonly tooMany: (a: string) => string;
  readonly noInput: (command: string) => string;
  readonly seeHelp: string;
  readonly sameFile: (written: string, input: string) => string;
  readonly wrongExtension: (output: string, kind: string) => string;
  readonly exists: (path: string) => string;
  readonly historyUnreadable: (file: string) => string;
  readonly pdfFailed: (why: string) => string;
  readonly changesHeading: string;
  readonly wrote: (path: string) => string;
  readonly wrotePdf: (path: string, document: string) => string;
  readonly wroteTemplate: (path: string, year: number, sheets: string) => string;
  readonly notWritten: string;
  readonly noBallot: string;
  readonly ballotRace: (award: string, candidates: readonly string[]) => string;
  readonly wroteBallots: (path: string, sheet: string, members: number | null) => string;
  readonly ballotSheetCreated: string;
  readonly ballotSheetKept: (missing: readonly string[]) => string;
  readonly badQuarter: (v: string) => string;
  readonly wroteForm: (path: string, unit: string, rows: number) => string;
  readonly wroteForms: (n: number, dir: string, period: string, deadline: string) => string;
  readonly collected: (
    merged: number,
    of: number,
    written: number,
    unchanged: number,
    conflicts: number
  ) => string;
  readonly stillMissing: (units: readonly string[], empty: number) => string;
  readonly reviewed: (differences: number, compared: number) => string;
  readonly period: (year: number, quarter: number | null) => string;
  readonly wroteCollected: (path: string) => string;
  /** Độ ổn định: how many of the ranked keep their awards under every ±10 % weight. */
  readonly stability: (stable: number, ranked: number) => string;
  readonly table: {
    readonly empty: string;
    readonly rank: string;
    readonly id: string;
    readonly name: string;
    readonly score: string;
    readonly awards: string;
    readonly error: string;
    readonly total: (n: number, ranked: number, errors: number) => string;
  };
}

const HELP_VI = `Bình Xét: chấm điểm, xếp hạng và đề xuất khen thưởng từ sổ Excel của Hội đồng Thi đua - Khen thưởng.

Cách dùng:
  binhxet rank SỔ.xlsx [-o RA.xlsx] [--json KẾT-QUẢ.json] [--pdf THƯ-MỤC] [--top N] [--history NĂM-TRƯỚC.xlsx...]
      Chấm điểm, xếp hạng, đề xuất khen thưởng; ghi cả sổ cùng các trang Xếp hạng, Đề nghị khen thưởng,
      Tờ trình, Biên bản họp, Nhật ký vào RA.xlsx. Sổ đầu vào không bao giờ bị ghi đè.
      -o, --output RA.xlsx   tệp ghi ra (mặc định: SỔ-xep-hang.xlsx; nếu SỔ đã là bản xếp hạng thì
                             SỔ-xep-hang-2.xlsx, -3...; sổ .xlsm giữ đuôi .xlsm)
      --json KẾT-QUẢ.json    ghi kết quả dạng JSON (hợp đồng §12)
      --pdf THƯ-MỤC          in danh sách đề nghị, tờ trình, biên bản họp ra THƯ-MỤC/de-nghi-khen-thuong.pdf,
                             to-trinh.pdf, bien-ban-hop.pdf (cần LibreOffice)
      --top N                số dòng in ra cho mỗi nhóm xếp hạng (mặc định 10)
      --history TỆP...       các sổ đã xếp hạng năm trước, làm lịch sử khen thưởng
  binhxet template RA.xlsx [--year NĂM] [--ghi-de]
      Ghi sổ mẫu trống (Tiêu chí, Đối tượng, Kết quả, Chấm điểm, Khen thưởng, Cấu hình) với bộ hình
      thức khen thưởng của giai đoạn pháp lý ứng với NĂM xét. Không ghi đè tệp đã có, trừ khi có --ghi-de.
  binhxet ballots SỔ.xlsx [-o RA.xlsx] [--pdf THƯ-MỤC]
      Tạo phiếu bầu cho các hình thức cần bỏ phiếu (trang In phiếu bầu, mỗi thành viên một trang) và,
      nếu sổ chưa có, trang Phiếu bầu để điền số phiếu sau khi kiểm phiếu. Mặc định ghi SỔ-phieu-bau.xlsx;
      --pdf in phiếu ra THƯ-MỤC/phieu-bau.pdf.
  binhxet forms SỔ.xlsx THƯ-MỤC [--quy N]
      Tạo mẫu báo cáo: mỗi đơn vị báo cáo (tập thể; cá nhân theo Đơn vị) một sổ THƯ-MỤC/bao-cao-MÃ.xlsx
      với các tiêu chí của lĩnh vực, chỉ tiêu, điểm tối đa, cột Giá trị và Minh chứng để điền, Điểm tự
      chấm tự tính; --quy N cho báo cáo quý N (hạn nộp ngày 15 tháng cuối quý), không có thì cả năm.
  binhxet collect SỔ.xlsx BÁO-CÁO.xlsx... [-o RA.xlsx] [--quy N] [--ghi-de] [--lay-ban-sau]
      Gộp báo cáo: đọc các báo cáo đơn vị gửi về, ghi giá trị vào Kết quả (chỉ vào ô trống; ô đã có giá
      trị khác là xung đột, chỉ ghi khi có --ghi-de), ghi trang Nguồn số liệu (ô nào từ tệp nào, ai còn
      thiếu) và Thẩm định (điểm tự chấm bên điểm Hội đồng) vào RA.xlsx (mặc định SỔ-tong-hop.xlsx).
      --lay-ban-sau: đơn vị gửi hai bản thì lấy bản sau. Mã thoát 1 khi có xung đột hay báo cáo bị từ chối.
  binhxet help | --help | -h      in hướng dẫn này
  binhxet --version               in số phiên bản

Ví dụ:
  binhxet template so-2025.xlsx --year 2025
  binhxet rank so-2025.xlsx
  binhxet rank so-2025.xlsx -o ket-qua.xlsx --json ket-qua.json --pdf in/
  binhxet rank so-2025.xlsx --history so-2023-xep-hang.xlsx so-2024-xep-hang.xlsx
  binhxet ballots so-2025-xep-hang.xlsx --pdf in/
  binhxet forms so-2025.xlsx bao-cao/ --quy 1
  binhxet collect so-2025.xlsx bao-cao-nhan/*.xlsx --quy 1

Mã thoát: 0 mọi đối tượng được xếp hạng (có thể có cảnh báo); 1 có đối tượng bị lỗi (các đối tượng khác
vẫn được xếp hạng và ghi); 2 sổ không dùng được hoặc lệnh sai.
Thông báo ra standard error, mỗi dòng một thông báo: [mã] Trang!Ô: câu.
English: binhxet --lang en --help`;

const HELP_EN = `Bình Xét: scores, ranks and proposes awards from the council's Excel workbook.

Usage:
  binhxet rank BOOK.xlsx [-o OUT.xlsx] [--json RESULT.json] [--pdf DIR] [--top N] [--history LAST-YEAR.xlsx...]
      Scores, ranks and proposes awards; writes the whole workbook with the Xếp hạng, Đề nghị khen
      thưởng, Tờ trình, Biên bản họp and Nhật ký sheets to OUT.xlsx. The input is never overwritten.
      -o, --output OUT.xlsx  the file written (default: BOOK-xep-hang.xlsx; when BOOK is already a ranked
                             copy, BOOK-xep-hang-2.xlsx, -3...; an .xlsm keeps its .xlsm)
      --json RESULT.json     the result as JSON (contract §12)
      --pdf DIR              the proposal list, cover letter and minutes as DIR/de-nghi-khen-thuong.pdf,
                             to-trinh.pdf, bien-ban-hop.pdf (needs LibreOffice)
      --top N                rows printed per ranking group (default 10)
      --history FILE...      last years' ranked workbooks, as the award history
  binhxet template OUT.xlsx [--year YEAR] [--ghi-de]
      Writes the blank council workbook with the awards of the review YEAR's legal period. An existing
      file is not overwritten unless --ghi-de (overwrite) is given.
  binhxet ballots BOOK.xlsx [-o OUT.xlsx] [--pdf DIR]
      Writes the ballot papers of the awards decided by ballot (sheet In phiếu bầu, a page per member)
      and, when the workbook has none, the Phiếu bầu sheet for the counts. Default BOOK-phieu-bau.xlsx;
      --pdf prints the papers to DIR/phieu-bau.pdf.
  binhxet forms BOOK.xlsx DIR [--quy N]
      Report forms: one workbook per reporting unit (a collective; individuals by their unit) as
      DIR/bao-cao-ID.xlsx, with its field's criteria, targets and max points, Giá trị and Minh chứng to
      fill and the self-score computed as the unit types; --quy N for quarter N (due the 15th of the
      quarter's last month), else the year.
  binhxet collect BOOK.xlsx REPORT.xlsx... [-o OUT.xlsx] [--quy N] [--ghi-de] [--lay-ban-sau]
      Merges the returned reports into Kết quả (empty cells only; a different value already there is a
      conflict, written only with --ghi-de), with the Nguồn số liệu sheet (which cell came from which
      file, who is missing) and Thẩm định (self-scores beside the council's points), into OUT.xlsx
      (default BOOK-tong-hop.xlsx). --lay-ban-sau takes the later of two reports of one unit. Exit
      status 1 when a conflict or a refused report is left.
  binhxet help | --help | -h      this help
  binhxet --version               the version

Examples:
  binhxet template book-2025.xlsx --year 2025
  binhxet rank book-2025.xlsx
  binhxet rank book-2025.xlsx -o result.xlsx --json result.json --pdf print/
  binhxet rank book-2025.xlsx --history book-2023-xep-hang.xlsx book-2024-xep-hang.xlsx
  binhxet ballots book-2025-xep-hang.xlsx --pdf print/
  binhxet forms book-2025.xlsx forms/ --quy 1
  binhxet collect book-2025.xlsx returned/*.xlsx --quy 1

Exit status: 0 every nominee ranked (warnings allowed); 1 some nominees have errors (the others are still
ranked and written); 2 the workbook cannot be used, or the command is wrong.
Messages go to standard error, one a line: [code] Sheet!Cell: sentence.`;

export const CLI_STRINGS = {
  vi: {
    help: HELP_VI,
    unknownCommand: (c) => `Lệnh không có: '${c}'.`,
    unknownOption: (o, c) => `Tham số không có cho lệnh ${c}: '${o}'.`,
    needsValue: (o) => `Tham số '${o}' cần một giá trị.`,
    badTop: (v) => `--top cần một số nguyên không âm, không phải '${v}'.`,
    badYear: (v) => `--year cần một năm (4 chữ số), không phải '${v}'.`,
    tooMany: (a) => `Thừa tham số '${a}'.`,
    noInput: (c) => `Lệnh ${c} cần tên tệp.`,
    seeHelp: "Xem: binhxet --help",
    sameFile: (w, i) => `Không ghi '${w}': đó chính là tệp đầu vào '${i}'. Hãy chọn tên khác.`,
    wrongExtension: (o, k) =>
      `Không ghi '${o}': sổ này là .${k}, tệp ghi ra cần đuôi .${k} để Excel mở được.`,
    exists: (p) => `Tệp '${p}' đã có: không ghi đè. Thêm --ghi-de nếu muốn ghi đè.`,
    historyUnreadable: (f) => `Không đọc được tệp lịch sử '${f}'.`,
    pdfFailed: (w) => `Không tạo được PDF: ${w}`,
    changesHeading: "Thay đổi so với lần trước:",
    wrote: (p) =>
      `Đã ghi '${p}' (trang Xếp hạng, Đề nghị khen thưởng, Tờ trình, Biên bản họp và Nhật ký).`,
    wrotePdf: (p, d) => `Đã ghi '${p}' (${d}).`,
    wroteTemplate: (p, y, s) => `Đã ghi mẫu '${p}' (năm xét ${y}): ${s}.`,
    notWritten: "Không ghi tệp nào.",
    noBallot:
      "Không có hình thức nào cần bỏ phiếu (không điều kiện nào dùng Tỷ lệ phiếu đồng ý, hoặc chưa có ứng viên): không ghi tệp nào.",
    ballotRace: (a, c) => `${a}: ${c.length} ứng viên (${c.join("; ")}).`,
    wroteBallots: (p, s, m) =>
      `Đã ghi '${p}': phiếu bầu ở trang '${s}', ${m === null ? "1 bản mỗi hình thức (Cấu hình chưa có Số thành viên Hội đồng)" : `${m} bản mỗi hình thức, mỗi bản một trang`}.`,
    ballotSheetCreated:
      "Đã thêm trang Phiếu bầu: sau khi kiểm phiếu, điền Đồng ý và Không đồng ý từng dòng, điền Số thành viên dự họp ở Cấu hình, rồi xếp hạng lại.",
    ballotSheetKept: (m) =>
      m.length === 0
        ? "Trang Phiếu bầu đã có và đủ dòng: không sửa."
        : `Trang Phiếu bầu đã có: không sửa; hãy thêm dòng cho ${m.join("; ")}.`,
    badQuarter: (v) => `--quy cần một quý từ 1 đến 4, không phải '${v}'.`,
    wroteForm: (p, u, r) => `Đã ghi '${p}' (${u}: ${r} dòng).`,
    wroteForms: (n, d, p, dl) =>
      `Đã tạo ${n} mẫu báo cáo ${p} trong '${d}', hạn nộp ${dl}: gửi mỗi đơn vị tệp của mình; nhận về thì gộp bằng binhxet collect.`,
    collected: (m, of, w, u, c) =>
      `Đã gộp ${m}/${of} báo cáo: ghi ${w} ô, ${u} ô đã có đúng giá trị, ${c} xung đột không ghi.`,
    stillMissing: (units, e) =>
      units.length === 0 && e === 0
        ? "Mọi đơn vị đã có báo cáo, không thiếu tiêu chí bắt buộc nào."
        : `Còn thiếu: ${units.length} đơn vị chưa có báo cáo${units.length ? ` (${units.join("; ")})` : ""}, ${e} tiêu chí bắt buộc để trống.`,
    period: (y, q) => (q ? `quý ${q}/${y}` : `năm ${y}`),
    reviewed: (d, n) =>
      n === 0
        ? "Thẩm định: các báo cáo không có điểm tự chấm đã tính (tệp không được Excel hay LibreOffice lưu lại), không có gì để so."
        : d === 0
          ? `Thẩm định: ${n} điểm tự chấm đều khớp điểm Hội đồng.`
          : `Thẩm định: ${d} tiêu chí có điểm tự chấm khác điểm Hội đồng (trang Thẩm định, chênh lệch lớn trước).`,
    wroteCollected: (p) =>
      `Đã ghi '${p}' (Kết quả, Nguồn số liệu, Thẩm định): xếp hạng bằng binhxet rank '${p}'.`,
    table: {
      empty: "(trống)",
      rank: "Hạng",
      id: "Mã",
      name: "Tên",
      score: "Điểm",
      awards: "Đề xuất khen thưởng",
      error: "lỗi",
      total: (n, r, e) => `${n} đối tượng, ${r} được xếp hạng, ${e} có lỗi.`,
    },
    stability: (s, r) =>
      `Độ ổn định: ${s}/${r} đối tượng được xếp hạng giữ nguyên đề xuất khi mỗi trọng số đổi ±10%.`,
  },
  en: {
    help: HELP_EN,
    unknownCommand: (c) => `No such command: '${c}'.`,
    unknownOption: (o, c) => `No such option for ${c}: '${o}'.`,
    needsValue: (o) => `Option '${o}' needs a value.`,
    badTop: (v) => `--top needs a whole number of at least 0, not '${v}'.`,
    badYear: (v) => `--year needs a year (4 digits), not '${v}'.`,
    tooMany: (a) => `One argument too many: '${a}'.`,
    noInput: (c) => `The ${c} command needs a file name.`,
    seeHelp: "See: binhxet --help",
    sameFile: (w, i) =>
      `Not writing '${w}': it is the input file '${i}' itself. Choose another name.`,
    wrongExtension: (o, k) =>
      `Not writing '${o}': this workbook is an .${k}, the file written needs the .${k} extension for Excel to open it.`,
    exists: (p) => `File '${p}' exists: not overwritten. Add --ghi-de to overwrite it.`,
    historyUnreadable: (f) => `The history file '${f}' cannot be read.`,
    pdfFailed: (w) => `The PDF could not be made: ${w}`,
    changesHeading: "Changes since the last run:",
    wrote: (p) =>
      `Wrote '${p}' (the Xếp hạng, Đề nghị khen thưởng, Tờ trình, Biên bản họp and Nhật ký sheets).`,
    wrotePdf: (p, d) => `Wrote '${p}' (${d}).`,
    wroteTemplate: (p, y, s) => `Wrote the template '${p}' (review year ${y}): ${s}.`,
    notWritten: "No file was written.",
    noBallot:
      "No award is decided by ballot (no condition uses the vote share, or no candidate yet): no file written.",
    ballotRace: (a, c) => `${a}: ${c.length} candidates (${c.join("; ")}).`,
    wroteBallots: (p, s, m) =>
      `Wrote '${p}': the ballot papers on sheet '${s}', ${m === null ? "1 copy per award (Settings has no Council members)" : `${m} copies per award, one page each`}.`,
    ballotSheetCreated:
      "Added the Phiếu bầu sheet: after the count, fill in For and Against on each row and Members present in Settings, then rank again.",
    ballotSheetKept: (m) =>
      m.length === 0
        ? "The Phiếu bầu sheet exists and has every row: not changed."
        : `The Phiếu bầu sheet exists: not changed; add rows for ${m.join("; ")}.`,
    badQuarter: (v) => `--quy needs a quarter from 1 to 4, not '${v}'.`,
    wroteForm: (p, u, r) => `Wrote '${p}' (${u}: ${r} rows).`,
    wroteForms: (n, d, p, dl) =>
      `Made ${n} report forms for ${p} in '${d}', due ${dl}: send each unit its file; merge the returned ones with binhxet collect.`,
    collected: (m, of, w, u, c) =>
      `Merged ${m}/${of} reports: ${w} cells written, ${u} already held the same value, ${c} conflicts not written.`,
    stillMissing: (units, e) =>
      units.length === 0 && e === 0
        ? "Every unit has reported, no required criterion is empty."
        : `Still missing: ${units.length} units without a report${units.length ? ` (${units.join("; ")})` : ""}, ${e} required criteria empty.`,
    period: (y, q) => (q ? `quarter ${q}/${y}` : `the year ${y}`),
    reviewed: (d, n) =>
      n === 0
        ? "Review: the reports hold no computed self-score (not saved by Excel or LibreOffice), nothing to compare."
        : d === 0
          ? `Review: all ${n} self-scores match the council's points.`
          : `Review: ${d} criteria where the self-score differs from the council's points (sheet Thẩm định, largest first).`,
    wroteCollected: (p) =>
      `Wrote '${p}' (Kết quả, Nguồn số liệu, Thẩm định): rank it with binhxet rank '${p}'.`,
    table: {
      empty: "(empty)",
      rank: "Rank",
      id: "ID",
      name: "Name",
      score: "Score",
      awards: "Proposed awards",
      error: "error",
      total: (n, r, e) => `${n} nominees, ${r} ranked, ${e} with errors.`,
    },
    stability: (s, r) =>
      `Stability: ${s} of ${r} ranked nominees keep their awards when any one weight changes by ±10%.`,
  },
} as const satisfies Record<Language, CliStrings>;
