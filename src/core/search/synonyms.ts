import type { SynonymTable } from './types.js';

/**
 * Abbreviations and everyday words people type for what procedure names spell out in full.
 * Data, not code: integrators add their own through `createProcedureIndex(records, { synonyms })`.
 * Keys and phrases are folded like queries (marks optional). A phrase whose words appear in no
 * procedure name of the dataset is ignored, so one table serves national and provincial datasets.
 */
export const DEFAULT_PROCEDURE_SYNONYMS: SynonymTable = {
  // Abbreviations used in forms, forums and officials' notes.
  dk: 'đăng ký',
  dkkd: 'đăng ký kinh doanh',
  dkdn: 'đăng ký doanh nghiệp',
  gcn: 'giấy chứng nhận',
  gp: 'giấy phép',
  gplx: 'giấy phép lái xe',
  gpxd: 'giấy phép xây dựng',
  gpkd: 'giấy phép kinh doanh',
  qsdd: 'quyền sử dụng đất',
  gcnqsdd: 'giấy chứng nhận quyền sử dụng đất',
  cccd: ['căn cước', 'căn cước công dân'],
  cmnd: ['chứng minh nhân dân', 'căn cước'],
  cmt: ['chứng minh nhân dân', 'căn cước'],
  bhyt: 'bảo hiểm y tế',
  bhxh: 'bảo hiểm xã hội',
  bhtn: 'bảo hiểm thất nghiệp',
  gtgt: 'giá trị gia tăng',
  vat: 'giá trị gia tăng',
  tncn: 'thu nhập cá nhân',
  tndn: 'thu nhập doanh nghiệp',
  ttdb: 'tiêu thụ đặc biệt',
  mst: 'mã số thuế',
  hkd: 'hộ kinh doanh',
  dn: 'doanh nghiệp',
  dntn: 'doanh nghiệp tư nhân',
  tnhh: 'trách nhiệm hữu hạn',
  htx: 'hợp tác xã',
  ubnd: 'ủy ban nhân dân',
  xnc: 'xuất nhập cảnh',
  xnk: 'xuất nhập khẩu',
  lltp: 'lý lịch tư pháp',
  pccc: 'phòng cháy chữa cháy',
  tthc: 'thủ tục hành chính',
  nnn: 'người nước ngoài',
  vn: 'việt nam',
  // Everyday words for what names call otherwise.
  'bằng lái': 'giấy phép lái xe',
  'bằng lái xe': 'giấy phép lái xe',
  'sổ đỏ': 'giấy chứng nhận quyền sử dụng đất',
  'sổ hồng': ['giấy chứng nhận quyền sử dụng đất', 'quyền sở hữu nhà ở'],
  'hộ khẩu': ['thường trú', 'cư trú'],
  'chứng minh thư': ['chứng minh nhân dân', 'căn cước'],
  visa: 'thị thực',
  passport: 'hộ chiếu',
  'xe máy': ['xe mô tô', 'xe gắn máy'],
  oto: 'ô tô',
  'đăng kiểm': 'kiểm định',
  'mở công ty': 'thành lập doanh nghiệp',
  'giấy phép kinh doanh': 'đăng ký kinh doanh',
  làm: 'cấp',
  xin: 'cấp',
  'làm lại': 'cấp lại',
  'con nuôi': 'nuôi con nuôi',
};
