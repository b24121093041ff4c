import type { ReasonKey } from "./reasons";
import type { ForeignFile, MessageKey, PartReason } from "./codes";
import type { Params } from "./message";

/** A number as a Vietnamese sentence writes it: 88.89 → 88,89. */
const num = (v: unknown) => String(v).replace(".", ",");

const SAVE_AS =
  "hãy mở bằng Excel hoặc LibreOffice, chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi thử lại.";

const FOREIGN = {
  xls: `Tệp là sổ Excel 97-2003 (.xls), không phải .xlsx: ${SAVE_AS}`,
  ods: `Tệp là bảng tính OpenDocument (.ods), không phải .xlsx: ${SAVE_AS}`,
  xlsb: `Tệp là sổ nhị phân Excel (.xlsb), không phải .xlsx: ${SAVE_AS}`,
  spreadsheetXml: `Tệp là bảng tính XML 2003, không phải .xlsx: ${SAVE_AS}`,
  html: `Tệp là trang web (HTML) đặt đuôi bảng tính, không phải .xlsx: ${SAVE_AS}`,
  csv: "Tệp là văn bản (CSV), không phải sổ làm việc: hãy tạo sổ mẫu (binhxet template hoặc Tạo mẫu), dán số liệu vào các trang Tiêu chí, Đối tượng, Kết quả rồi lưu thành .xlsx.",
  empty: "Tệp rỗng (0 byte): hãy chọn lại tệp sổ làm việc .xlsx.",
  unknown:
    "Tệp không phải sổ làm việc .xlsx: hãy chọn tệp do Excel, LibreOffice hoặc Google Sheets lưu ở dạng .xlsx.",
} satisfies Record<ForeignFile, string>;

const REASON = {
  truncated: "không tìm thấy mục lục của tệp nén (tệp bị cắt cụt?)",
  directory: "mục lục của tệp nén bị hỏng",
  missingData: "không tìm thấy dữ liệu của phần",
  method: "kiểu nén không được hỗ trợ",
  crc: "dữ liệu không khớp mã kiểm tra CRC",
  inflate: "dữ liệu nén bị hỏng",
  duplicate: "hai phần trùng tên",
  missingPart: "thiếu phần này",
  noSheetPart: "trang không có phần dữ liệu",
  xml: "XML không đọc được",
  zip64: "tệp nén ZIP64 (trên 4 GB)",
  partSize: "một phần giải nén vượt 400 MB",
  totalSize: "tổng các phần giải nén vượt 2 GB",
  sheetCells: "trang cần hơn 50 triệu ô",
  encryptedEntry: "phần được mã hóa",
  relTarget: "một quan hệ trỏ tới phần không đúng loại",
} satisfies Record<PartReason, string>;

/** Why an expression is refused or fails (engine/expression/reasons.ts), said to a secretary. */
const EXPRESSION = {
  tooLong: (p) => `dài quá ${p.max} ký tự`,
  singleQuote: () => 'văn bản đặt trong dấu nháy kép "…", không dùng dấu nháy đơn',
  hash: () => "không dùng dấu '#'",
  radix: () => "chỉ dùng số thập phân (không dùng 0x, 0b, 0o)",
  separator: (p) => (p.what === ";" ? "không dùng dấu ';'" : "viết trên một dòng"),
  tooDeep: (p) => `lồng ngoặc quá ${p.max} mức`,
  syntax: (p) => `sai cú pháp ở ký tự thứ ${p.at}`,
  functionDefinition: () => "không được định nghĩa hàm (f(x) = …)",
  assignment: () => "không được gán giá trị (x = …): dùng == để so sánh",
  access: () => "không được lấy thuộc tính hay phần tử (a.b, a[0])",
  collection: () => "không dùng danh sách hay khoảng ([…], {…}, 1:10)",
  structure: () => "có cấu trúc không được phép",
  missingOperand: () => "thiếu toán hạng",
  constant: () => "có hằng không được phép",
  notFinite: () => "số không hữu hạn (NaN, Infinity, 1e309)",
  badName: () => "tên không hợp lệ",
  function: (p) => `hàm '${p.name}' không được phép (dùng min, max, abs, round, floor, ceil)`,
  arity: (p) => `hàm ${p.name} nhận ${p.lo === p.hi ? p.lo : `${p.lo} đến ${p.hi}`} đối số`,
  implicit: () => "thiếu dấu nhân * (viết 2 * x, không viết 2x)",
  percent: () => "không dùng '%': viết 0.3 hoặc 30",
  operator: (p) => `phép '${p.op}' không được phép`,
  comparison: () => "so sánh không hợp lệ",
  tooCostly: (p) => `quá nặng để tính (${p.cost} > ${p.max} đơn vị): bớt phép lũy thừa`,
  emptyFormula: () => "công thức trống",
  divByZero: () => "chia cho 0",
  bigExponent: () => "số mũ quá lớn (tối đa 1000)",
  notFiniteResult: () => "kết quả quá lớn, không hữu hạn",
  needsNumber: () => "một phép tính cần số nhưng gặp văn bản",
  logicOnText: () => "phép logic (and, or, not) trên văn bản",
  orderText: () => "không so sánh lớn nhỏ được với văn bản",
  places: () => "số chữ số thập phân phải từ 0 đến 15",
  criterionError: (p) => `tiêu chí ${p.code} có lỗi`,
  notNumber: () => "kết quả không phải là số",
} satisfies Record<ReasonKey, (p: Params) => string>;

const reason = (p: Params) => EXPRESSION[p.reason as ReasonKey]?.(p) ?? String(p.reason);

/** Vietnamese sentences, the product's first language. */
export const vi = {
  missingSheet: (p) => `Không tìm thấy bảng hoặc trang '${p.sheet}'.`,
  notWorkbook: (p) => `Không đọc được tệp: không phải sổ làm việc .xlsx (${p.reason}).`,
  fileNotFound: (p) => `Không tìm thấy tệp '${p.path}': kiểm tra lại đường dẫn.`,
  encrypted: () =>
    "Sổ được bảo vệ bằng mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu) rồi thử lại.",
  foreignFile: (p) => FOREIGN[p.kind as ForeignFile] ?? FOREIGN.unknown,
  damagedPart: (p) =>
    `Tệp .xlsx bị hỏng${p.part ? ` ở phần '${p.part}'` : ""}: ${REASON[p.reason as PartReason] ?? p.reason}${p.detail ? ` (${p.detail})` : ""}. Hãy mở bằng Excel (Excel sẽ đề nghị sửa), lưu lại rồi thử lại.`,
  tooLarge: (p) =>
    `Tệp giải nén quá lớn${p.part ? ` ở phần '${p.part}'` : ""}: ${REASON[p.reason as PartReason] ?? p.reason}${p.detail ? ` (${p.detail})` : ""}; sổ của Hội đồng không lớn như vậy, tệp có thể bị hỏng hoặc cố ý làm phình.`,
  outOfGrid: (p) =>
    `Ô '${p.cell}' nằm ngoài bảng tính của Excel (tối đa XFD1048576): tệp bị hỏng, bỏ qua ô này.`,
  nameTaken: (p) =>
    `'${p.name}' đã có trong sổ nhưng không do Bình Xét ghi nên được giữ nguyên; kết quả ghi vào '${p.instead}'.`,
  inputSkipped: (p) =>
    `Trang '${p.sheet}' trùng tên với đầu vào '${p.input}' nhưng thiếu cột ${p.columns}: không dùng trang này.`,
  inputAmbiguous: (p) =>
    `Có hai trang dùng được làm '${p.input}': dùng '${p.chosen}', bỏ qua '${p.other}'. Hãy đổi tên trang không dùng.`,
  provisional: (p) =>
    `'${p.award}' trong '${p.scope}' là DỰ THẢO: chưa xếp hạng được ${p.waiting}; sửa các ô đó rồi xếp hạng lại.`,
  provisionalHolder: (p) =>
    `Đề xuất '${p.award}' là DỰ THẢO: còn chờ ${p.waiting} trong '${p.scope}'.`,
  signatureLost: () =>
    "Sổ có chữ ký số: bản ghi ra (thêm trang Xếp hạng) không còn chữ ký hợp lệ, cần ký lại nếu cần.",
  missingColumn: (p) => `Thiếu cột bắt buộc '${p.column}'.`,
  duplicateCode: (p) => `Mã tiêu chí ${p.code} bị trùng: bỏ qua dòng này.`,
  duplicateNominee: (p) => `Mã đối tượng ${p.id} bị trùng: không xếp hạng.`,
  duplicateResultRow: (p) => `Đối tượng ${p.id} có hai dòng kết quả: không xếp hạng.`,
  duplicateLongRow: (p) => `Tiêu chí ${p.code} có hai dòng kết quả: không xếp hạng.`,
  unknownField: (p) => `Lĩnh vực '${p.field}' không có tiêu chí nào.`,
  unknownCriterion: (p) => `Tiêu chí ${p.code} không thuộc lĩnh vực của đối tượng: bỏ qua.`,
  notJudged: (p) => `Tiêu chí ${p.code} không phải loại Chấm điểm: bỏ qua điểm chấm.`,
  unreadable: (p) => `'${p.value}' không phải số: nhập số, ví dụ 90 hoặc 12,5.`,
  ambiguous: (p) =>
    `Giá trị '${p.value}' không rõ dấu phân cách (phần nghìn hay thập phân): hãy ghi rõ.`,
  negative: (p) => `Giá trị âm '${p.value}' không hợp lệ cho tiêu chí ${p.code}.`,
  tooBig: (p) =>
    `Giá trị '${p.value}' quá lớn (tối đa 1.000.000.000.000.000 về độ lớn): không dùng được.`,
  notAValue: (p) => `Ô chứa '${p.value}', không phải số: nhập số, ví dụ 90.`,
  badKind: (p) => `Loại '${p.value}' không hợp lệ: dùng Tập thể hoặc Cá nhân.`,
  emptyId: () => `Ô mã trống: bỏ qua dòng này.`,
  unknownId: (p) => `Mã '${p.id}' không có trong danh sách đối tượng.`,
  badDefinition: (p) => `Cột '${p.column}' có giá trị không hợp lệ '${p.value}'.`,
  tooManyAwards: (p) =>
    `Trang có ${p.count} dòng hình thức khen thưởng, quá ${p.max}: chỉ dùng ${p.max} dòng đầu, bỏ qua từ dòng này.`,
  gapBudget: (p) =>
    `Khoảng cách đến hình thức tiếp theo chỉ tính được cho ${p.done}/${p.total} đối tượng (quá nhiều hình thức hoặc đối tượng bằng điểm): các ô còn lại để trống.`,
  emptyKey: (p) => `Ô '${p.column}' trống: bỏ qua dòng này.`,
  missingCell: (p) => `Ô trống: tính 0 điểm cho tiêu chí ${p.code}.`,
  noCell: (p) => `Không có số liệu cho tiêu chí ${p.code}: tính 0 điểm.`,
  noMax: () => `Không có tiêu chí nào được áp dụng: không tính được điểm.`,
  formulaNeedsValue: (p) =>
    `Công thức của tiêu chí ${p.code} cần giá trị nhưng không có ô số liệu: tính 0 điểm.`,
  emptyScore: (p) => `Ô điểm chấm trống cho tiêu chí ${p.code}: bỏ qua.`,
  outOfRange: (p) => `Điểm ${p.value} của tiêu chí ${p.code} ngoài khoảng 0 đến ${p.max}.`,
  badSyntax: (p) => `Biểu thức không hợp lệ: ${reason(p)}.`,
  unknownName: (p) => `Biểu thức dùng tên không có: ${p.name}.`,
  runtimeError: (p) => `Biểu thức lỗi khi tính${p.id ? ` cho ${p.id}` : ""}: ${reason(p)}.`,
  noTarget: (p) => `Công thức dùng 'target' nhưng tiêu chí ${p.code} không có chỉ tiêu.`,
  unknownSetting: (p) => `Khóa cấu hình '${p.key}' không được hỗ trợ.`,
  badSettingValue: (p) => `Giá trị '${p.value}' không hợp lệ cho '${p.key}': dùng mặc định.`,
  unknownTieBreak: (p) => `Tiêu chí phụ '${p.entry}' không phải mã tiêu chí hay nhóm: bỏ qua.`,
  tieAtQuota: (p) => `Bằng điểm tại giới hạn số lượng '${p.award}': Hội đồng quyết định.`,
  requiredNotMet: (p) => `Chưa đạt chỉ tiêu bắt buộc ${p.code}: không được đề xuất khen thưởng.`,
  badHistoryValue: (p) =>
    `'${p.value}' không hợp lệ cho '${p.header}' (dùng: ${p.allowed}): bỏ qua dòng lịch sử này.`,
  historyNeedsYear: () =>
    "Có lịch sử khen thưởng nhưng Cấu hình chưa có Năm xét: không tính được số năm liên tiếp.",
  historyMismatch: (p) =>
    `'${p.header}' nhập ${p.typed}, lịch sử cho ${p.derived}: dùng giá trị đã nhập.`,
  badQuarter: (p) => `'${p.value}' không phải quý (1, 2, 3, 4 hoặc Q1…Q4): bỏ qua dòng này.`,
  quarterNoRule: (p) =>
    `Tiêu chí ${p.code} có số liệu theo quý nhưng chưa có Gộp quý (Tổng, Trung bình, Cuối kỳ, Thấp nhất, Đúng hạn): dùng trung bình.`,
  judgeTooFew: (p) =>
    `Người chấm '${p.judge}' chỉ có ${p.count} điểm cho ${p.code} (cần ít nhất ${p.minimum}): không chuẩn hóa, dùng điểm gốc.`,
  printSkipped: (p) =>
    `${p.count} đối tượng, quá ${p.max} để in: không ghi trang In xếp hạng và Giải thích; in từ trang Xếp hạng sau khi lọc theo khối hay lĩnh vực.`,
  ballotUnknownAward: (p) =>
    `Phiếu bầu cho '${p.award}': không có hình thức này ở trang Khen thưởng; bỏ qua dòng này.`,
  ballotUnknownNominee: (p) =>
    `Phiếu bầu cho mã '${p.id}': không có trong danh sách đối tượng; bỏ qua dòng này.`,
  ballotNotBalloted: (p) =>
    `'${p.award}' không xét bằng phiếu (điều kiện không dùng tỷ lệ phiếu đồng ý): dòng phiếu bầu này không được dùng.`,
  badBallot: (p) =>
    `Số phiếu '${p.value}' không hợp lệ: nhập số nguyên từ 0 đến ${p.members}. '${p.award}' của ${p.id} chờ số phiếu đúng.`,
  ballotTooMany: (p) =>
    `Đồng ý ${p.yes} và không đồng ý ${p.no} cộng lại quá ${p.members} thành viên Hội đồng: kiểm tra lại; '${p.award}' của ${p.id} chờ số phiếu đúng.`,
  ballotDuplicate: (p) =>
    `${p.id} có hai dòng phiếu bầu cho '${p.award}': dùng dòng sau, xóa dòng thừa.`,
  ballotNeedsMembers: () =>
    "Có phiếu bầu nhưng Cấu hình chưa có 'Số thành viên Hội đồng': chưa tính được tỷ lệ, các hình thức bỏ phiếu còn chờ.",
  ballotNeedsPresent: () =>
    "Có phiếu bầu nhưng Cấu hình chưa có 'Số thành viên dự họp': chưa kiểm tra được số thành viên tối thiểu, các hình thức bỏ phiếu còn chờ.",
  noQuorum: (p) =>
    `Chỉ ${p.present}/${p.members} thành viên dự họp, dưới 2/3 (cần ${p.needed}): phiên họp không đủ điều kiện biểu quyết, không hình thức bỏ phiếu nào được đề xuất.`,
  ballotMismatch: (p) =>
    `Ô '${p.header}' ghi ${num(p.typed)} nhưng phiếu bầu cho '${p.award}' là ${num(p.share)}% (${p.yes}/${p.members}): dùng phiếu bầu.`,
  ballotByVotes: (p) =>
    `'${p.award}' vượt số lượng ở hạng ${p.rank}: lấy theo số phiếu đồng ý từ cao xuống (${p.votes}).`,
  conditionWordsStale: (p) =>
    `Diễn giải không còn khớp Điều kiện (đã sửa?): điều kiện nay là "${p.words}"; hãy sửa ô này cho khớp.`,
  exampleRows: (p) =>
    `${p.count} dòng ví dụ của mẫu (${p.ids}) không được xếp hạng: khi nhập đối tượng thật, xóa các dòng có Ví dụ là Có ở trang Đối tượng và các dòng của chúng ở Kết quả, Chấm điểm.`,
  pending: (p) => `Chưa đủ dữ liệu để xét '${p.award}': còn trống ${p.headers}; chưa đề xuất.`,
  reportNoTable: () =>
    "Tệp không có bảng BaoCao của mẫu báo cáo (trang Báo cáo): hãy điền mẫu do Hội đồng gửi (binhxet forms, Tạo mẫu báo cáo).",
  reportUnknownUnit: (p) =>
    `Mã đơn vị '${p.id}' không phải đơn vị báo cáo nào của Hội đồng: kiểm tra trang Thông tin hoặc gửi lại mẫu cho đơn vị.`,
  reportUnknownNominee: (p) =>
    `Mã đối tượng '${p.id}' không thuộc đơn vị ${p.unit}: mã đã bị sửa trong mẫu; báo cáo này chưa được gộp.`,
  reportUnknownCriterion: (p) =>
    `Mã tiêu chí '${p.code}' không phải tiêu chí báo cáo của ${p.id}: mẫu đã bị sửa; báo cáo này chưa được gộp.`,
  reportRowMissing: (p) =>
    `Thiếu dòng của ${p.id}, tiêu chí ${p.code} (mẫu đã bị xóa dòng hay đổi bộ tiêu chí): báo cáo này chưa được gộp; gửi lại mẫu mới cho đơn vị.`,
  reportRowRepeated: (p) =>
    `Dòng lặp: ${p.id}, tiêu chí ${p.code} đã có ở dòng ${p.row}: báo cáo này chưa được gộp.`,
  reportWrongPeriod: (p) =>
    `Báo cáo của kỳ ${p.found}, không phải kỳ ${p.expected} đang tổng hợp: báo cáo này chưa được gộp.`,
  reportSameUnit: (p) =>
    `Đơn vị ${p.unit} có hai báo cáo: ${p.files}. Chưa gộp bản nào; muốn lấy bản sau (${p.later}) thì xác nhận (dòng lệnh: --lay-ban-sau).`,
  reportConflict: (p) =>
    `Ô đã có ${p.old}, báo cáo ghi ${p.value} (${p.source}): không ghi đè khi Thư ký chưa xác nhận (dòng lệnh: --ghi-de).`,
  reportNoReport: (p) => `Đơn vị ${p.unit} chưa gửi báo cáo.`,
  reportRequiredEmpty: (p) =>
    `${p.unit}: ${p.id} để trống tiêu chí bắt buộc ${p.code}: đề nghị đơn vị bổ sung.`,
  reportDateFromFile: (p) =>
    `Trang Thông tin không ghi Ngày báo cáo: dùng ngày sửa tệp (${p.date}) để xét đúng hạn.`,
  reportLate: (p) => `Báo cáo ngày ${p.date}, sau hạn ${p.deadline}: không tính là đúng hạn.`,
  reportNoColumn: (p) =>
    `Trang ${p.sheet} không có cột ${p.code}: thêm cột rồi gộp lại; giá trị của tiêu chí này chưa được ghi.`,
  reportNoQuarter: (p) =>
    `Sổ không có trang Kết quả Q${p.quarter} hay cột Quý để ghi số liệu quý ${p.quarter}: thêm trang hoặc cột rồi gộp lại.`,
} satisfies Record<MessageKey, (p: Params) => string>;
