/** Messages for the identifier parsers' error codes (src/core/identifiers/codes.ts). */
import { msg } from '@lit/localize';
import type { IdentifierErrorCode } from '../../core/identifiers/codes.js';
import { templates as english } from '../generated/en/identifier-messages.js';
import { addTranslations } from '../locale.js';
import { dossierCodeMessages } from './dossier-code-messages.js';

addTranslations(english);

export const identifierMessages: Record<IdentifierErrorCode, () => string> = {
  'phone.required': () => msg('Vui lòng nhập số điện thoại.', { id: 'phone.required' }),
  'phone.invalid': () => msg('Số điện thoại chỉ gồm các chữ số.', { id: 'phone.invalid' }),
  'phone.country': () => msg('Vui lòng nhập số điện thoại di động Việt Nam (+84).', { id: 'phone.country' }),
  'phone.length': () => msg('Số điện thoại di động phải có 10 chữ số, ví dụ 0912345678.', { id: 'phone.length' }),
  'phone.old-format': () => msg('Số thuê bao 11 số đã được chuyển sang 10 số. Vui lòng nhập số mới.', { id: 'phone.old-format' }),
  'phone.landline': () => msg('Vui lòng nhập số điện thoại di động, không nhập số máy bàn.', { id: 'phone.landline' }),
  'phone.prefix': () => msg('Đầu số không phải đầu số di động Việt Nam. Vui lòng kiểm tra lại số điện thoại.', { id: 'phone.prefix' }),
  'cccd.required': () => msg('Vui lòng nhập số CCCD.', { id: 'cccd.required' }),
  'cccd.invalid': () => msg('Số CCCD chỉ gồm các chữ số.', { id: 'cccd.invalid' }),
  'cccd.length': () => msg('Số CCCD phải có đủ 12 chữ số.', { id: 'cccd.length' }),
  'cccd.place': () => msg('Số CCCD không hợp lệ: 3 chữ số đầu không phải mã nơi đăng ký khai sinh.', { id: 'cccd.place' }),
  'cccd.century': () => msg('Số CCCD không hợp lệ: chữ số thứ 4 (mã thế kỷ và giới tính) không đúng.', { id: 'cccd.century' }),
  'cccd.future-year': () => msg('Số CCCD không hợp lệ: năm sinh trong số CCCD lớn hơn năm hiện tại.', { id: 'cccd.future-year' }),
  'cccd.mismatch-year': () => msg('Năm sinh trong số CCCD không khớp với ngày sinh đã nhập.', { id: 'cccd.mismatch-year' }),
  'cccd.mismatch-gender': () => msg('Giới tính trong số CCCD không khớp với giới tính đã chọn.', { id: 'cccd.mismatch-gender' }),
  'cmnd.required': () => msg('Vui lòng nhập số CMND.', { id: 'cmnd.required' }),
  'cmnd.invalid': () => msg('Số CMND chỉ gồm các chữ số.', { id: 'cmnd.invalid' }),
  'cmnd.length': () => msg('Số CMND phải có 9 hoặc 12 chữ số.', { id: 'cmnd.length' }),
  'cmnd.structure': () => msg('Số CMND 12 số không hợp lệ. Vui lòng kiểm tra lại.', { id: 'cmnd.structure' }),
  'id-number.required': () => msg('Vui lòng nhập số CMND/CCCD.', { id: 'id-number.required' }),
  'id-number.invalid': () => msg('Số CMND/CCCD chỉ gồm các chữ số.', { id: 'id-number.invalid' }),
  'id-number.length': () => msg('Số CMND/CCCD phải có 9 hoặc 12 chữ số.', { id: 'id-number.length' }),
  'bhxh.required': () => msg('Vui lòng nhập mã số BHXH.', { id: 'bhxh.required' }),
  'bhxh.invalid': () => msg('Mã số BHXH chỉ gồm các chữ số.', { id: 'bhxh.invalid' }),
  'bhxh.length': () => msg('Mã số BHXH phải có đủ 10 chữ số.', { id: 'bhxh.length' }),
  'mst.required': () => msg('Vui lòng nhập mã số thuế.', { id: 'mst.required' }),
  'mst.invalid': () => msg('Mã số thuế chỉ gồm các chữ số, có thể thêm dấu gạch ngang trước mã chi nhánh.', { id: 'mst.invalid' }),
  'mst.length': () =>
    msg('Mã số thuế phải có 10 chữ số (thêm -001 đến -999 nếu là chi nhánh), hoặc 12 chữ số nếu là số định danh cá nhân.', {
      id: 'mst.length',
    }),
  'mst.checksum': () => msg('Mã số thuế không hợp lệ. Vui lòng kiểm tra lại từng chữ số.', { id: 'mst.checksum' }),
  'mst.branch': () => msg('Mã chi nhánh phải từ -001 đến -999.', { id: 'mst.branch' }),
  'mst.personal-id': () => msg('Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ.', { id: 'mst.personal-id' }),
  'procedure-code.required': () => msg('Vui lòng nhập mã thủ tục.', { id: 'procedure-code.required' }),
  'procedure-code.format': () => msg('Mã thủ tục không đúng định dạng, ví dụ 1.001193 hoặc 1.000358.01.', { id: 'procedure-code.format' }),
  ...dossierCodeMessages,
  'date.required': () => msg('Vui lòng nhập ngày theo dạng dd/mm/yyyy.', { id: 'date.required' }),
  'date.format': () => msg('Ngày phải theo dạng dd/mm/yyyy, ví dụ 05/09/1990.', { id: 'date.format' }),
  'date.calendar': () => msg('Ngày không tồn tại. Vui lòng kiểm tra ngày, tháng, năm.', { id: 'date.calendar' }),
  'date.future': () => msg('Ngày không được sau ngày hôm nay.', { id: 'date.future' }),
  'name.required': () => msg('Vui lòng nhập họ và tên.', { id: 'name.required' }),
  'name.characters': () =>
    msg('Họ và tên chỉ gồm chữ cái tiếng Việt có dấu, dấu cách, dấu nháy hoặc dấu gạch nối.', { id: 'name.characters' }),
  'email.required': () => msg('Vui lòng nhập email.', { id: 'email.required' }),
  'email.invalid': () => msg('Email không đúng định dạng, ví dụ ten@example.vn.', { id: 'email.invalid' }),
  'password.required': () => msg('Vui lòng nhập mật khẩu.', { id: 'password.required' }),
  'password.length': () => msg('Mật khẩu phải có ít nhất 8 ký tự.', { id: 'password.length' }),
  'password.lower': () => msg('Mật khẩu phải có ít nhất một chữ thường (a–z).', { id: 'password.lower' }),
  'password.upper': () => msg('Mật khẩu phải có ít nhất một chữ hoa (A–Z).', { id: 'password.upper' }),
  'password.digit': () => msg('Mật khẩu phải có ít nhất một chữ số (0–9).', { id: 'password.digit' }),
  'password.special': () => msg('Mật khẩu phải có ít nhất một ký tự đặc biệt: ! @ # $ % ^ & *', { id: 'password.special' }),
  'password.confirmation-required': () => msg('Vui lòng nhập lại mật khẩu.', { id: 'password.confirmation-required' }),
  'password.mismatch': () => msg('Mật khẩu nhập lại không khớp.', { id: 'password.mismatch' }),
  'captcha.required': () => msg('Vui lòng nhập mã xác thực.', { id: 'captcha.required' }),
};
