// Apart from the dossier schemas, so elements that only compare statuses do not load zod.
/**
 * The default status catalogue (one provincial system's), by its numbers: 1 Mới đăng ký,
 * 2 Được tiếp nhận, 3 Không được tiếp nhận, 4 Đang xử lý, 5 Yêu cầu bổ sung giấy tờ, 6 Yêu cầu
 * thực hiện nghĩa vụ tài chính, 7 Công dân yêu cầu rút hồ sơ, 8 Dừng xử lý, 9 Đã xử lý xong,
 * 10 Đã trả kết quả.
 */
export const DOSSIER_STATUS = {
  registered: 1,
  accepted: 2,
  refused: 3,
  processing: 4,
  documentsRequested: 5,
  paymentRequested: 6,
  withdrawalRequested: 7,
  stopped: 8,
  resolved: 9,
  resultReturned: 10,
} as const;
