import type { Procedure } from '../../../src/core/schemas/index.js';

const citizen = ['Công dân Việt Nam'];
const business = ['Doanh nghiệp'];

const record = (code: string, name: string, fields: Partial<Procedure> = {}): Procedure => ({
  code,
  name,
  sector: 'Đăng ký, quản lý cư trú',
  agency: 'Công an xã',
  levels: ['Cấp xã'],
  online: true,
  subjects: citizen,
  type: 'TTHC được giao luật quy định chi tiết',
  ...fields,
});

/** A small dataset with known answers: 14 records over four sectors. */
export const PROCEDURES: Procedure[] = [
  record('1.004194', 'Đăng ký tạm trú'),
  record('1.010028', 'Xóa đăng ký tạm trú'),
  record('1.004222', 'Đăng ký thường trú'),
  record('1.003677', 'Khai báo tạm vắng', { online: false }),
  record('1.000253', 'Khai báo tạm trú cho người nước ngoài tại Việt Nam', {
    sector: 'Quản lý xuất nhập cảnh',
    levels: ['Cấp xã', 'Cấp tỉnh'],
    online: false,
    subjects: ['Tổ chức nước ngoài'],
  }),
  record('1.001193', 'Thủ tục đăng ký khai sinh', { sector: 'Hộ tịch', agency: 'Ủy ban nhân dân cấp xã' }),
  record('1.000894', 'Thủ tục đăng ký kết hôn', { sector: 'Hộ tịch', agency: 'Ủy ban nhân dân cấp xã' }),
  record('1.000656', 'Thủ tục đăng ký khai tử', { sector: 'Hộ tịch', agency: 'Ủy ban nhân dân cấp xã', online: false }),
  record('2.000908', 'Cấp bản sao trích lục hộ tịch', { sector: 'Hộ tịch', agency: 'Sở Tư pháp', levels: ['Cấp tỉnh'] }),
  record('1.001612', 'Đăng ký thành lập doanh nghiệp tư nhân', {
    sector: 'Thành lập và hoạt động doanh nghiệp',
    agency: 'Sở Tài chính',
    levels: ['Cấp tỉnh'],
    subjects: business,
  }),
  record('2.002154', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', {
    sector: 'Thành lập và hoạt động doanh nghiệp',
    agency: 'Sở Tài chính',
    levels: ['Cấp tỉnh'],
    subjects: business,
  }),
  record('1.005388', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', {
    sector: 'Hoạt động xây dựng',
    agency: 'Ủy ban nhân dân cấp xã',
    subjects: [...citizen, ...business],
  }),
  record('1.009994', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', {
    sector: 'Hoạt động xây dựng',
    agency: 'Sở Xây dựng',
    levels: ['Cấp tỉnh'],
    online: false,
    subjects: business,
  }),
  record('1.009995.H19', 'Cấp giấy phép di dời công trình (Thái Nguyên)', {
    sector: 'Hoạt động xây dựng',
    agency: 'Sở Xây dựng',
    levels: ['Cấp tỉnh'],
    subjects: business,
    locality: '19',
  }),
];
