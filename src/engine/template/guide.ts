/**
 * The rows of the template's first sheet, `Hướng dẫn` (issue 18): the four steps, what each sheet is for,
 * where to get help, so a secretary who has never seen Bình Xét fills the workbook without the README.
 */
export const GUIDE_ROWS: readonly (readonly [string, string])[] = [
  [
    "Bước 1",
    "Trang Tiêu chí: mỗi dòng một tiêu chí của một lĩnh vực (Chung: mọi lĩnh vực), với Loại, Chỉ tiêu, Điểm tối đa. Mã tiêu chí là tên cột ở trang Kết quả.",
  ],
  [
    "Bước 2",
    "Trang Đối tượng: mỗi dòng một tập thể hoặc cá nhân, với Lĩnh vực và Khối. Xóa hai dòng ví dụ (cột Ví dụ là Có) khi nhập đối tượng thật.",
  ],
  [
    "Bước 3",
    "Trang Kết quả: mỗi dòng một đối tượng, mỗi cột một mã tiêu chí, ghi giá trị đạt được (KAD: không áp dụng). Tiêu chí Chấm điểm: điểm từng thành viên ở trang Chấm điểm.",
  ],
  [
    "Bước 4",
    "Bấm Xếp hạng (ngăn Bình Xét trong Excel, trang web Bình Xét, hoặc lệnh binhxet rank). Kết quả ở trang Xếp hạng và Đề nghị khen thưởng; mỗi thông báo chỉ ô cần sửa.",
  ],
  [
    "Khen thưởng",
    "Các danh hiệu, hình thức khen thưởng theo quy định của năm xét, với số lượng và điều kiện; cột Điều kiện (diễn giải) nói điều kiện bằng lời. Dòng tô màu là suy luận: Hội đồng xác nhận trước khi dùng.",
  ],
  [
    "Cấu hình",
    "Phạm vi xếp hạng, năm xét, tên Hội đồng, người ký, số thành viên: để trống thì dùng mặc định hoặc để dòng chấm điền tay.",
  ],
  [
    "Bỏ phiếu",
    "Hình thức cần bỏ phiếu: bấm Tạo phiếu bầu, sau khi kiểm phiếu ghi số phiếu ở trang Phiếu bầu, rồi Xếp hạng lại.",
  ],
  [
    "Trợ giúp",
    "Chọn một ô tiêu đề để xem ghi chú của cột. Hướng dẫn đầy đủ: README của Bình Xét; thông báo lỗi luôn nêu trang, ô và cách sửa.",
  ],
];
