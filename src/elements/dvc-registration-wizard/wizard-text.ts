/** The wizard's names for subjects, methods and steps, in the words the portal uses. */
import { msg } from '@lit/localize';
import type { RegistrationMethod, Subject } from '../../core/events.js';
import { templates as english } from '../../i18n/generated/en/wizard-text.js';
import { addTranslations } from '../../i18n/locale.js';
import type { StepId } from './wizard-flow.js';

addTranslations(english);

export const subjectName = (subject: Subject): string => {
  switch (subject) {
    case 'citizen':
      return msg('Công dân', { id: 'wizard.subject.citizen' });
    case 'enterprise':
      return msg('Doanh nghiệp', { id: 'wizard.subject.enterprise' });
    case 'agency':
      return msg('Cơ quan nhà nước', { id: 'wizard.subject.agency' });
  }
};

export const methodName = (method: RegistrationMethod): string => {
  switch (method) {
    case 'phone':
      return msg('Thuê bao di động', { id: 'wizard.method.phone' });
    case 'bhxh':
      return msg('Mã số BHXH', { id: 'wizard.method.bhxh' });
    case 'vnpost':
      return msg('Tài khoản Bưu điện Việt Nam', { id: 'wizard.method.vnpost' });
    case 'usb-token':
      return msg('USB ký số', { id: 'wizard.method.usb-token' });
    case 'sim-ca':
      return msg('SIM ký số', { id: 'wizard.method.sim-ca' });
    case 'smartca':
      return msg('Chữ ký số cá nhân (VNPT SmartCA)', { id: 'wizard.method.smartca' });
    case 'vneid':
      return msg('Tài khoản định danh điện tử VNeID', { id: 'wizard.method.vneid' });
  }
};

export const stepHeading = (step: StepId, method: RegistrationMethod | null): string => {
  switch (step) {
    case 'subject':
      return msg('Bạn đăng ký tài khoản với tư cách nào?', { id: 'wizard.heading.subject' });
    case 'method':
      return msg('Chọn phương thức đăng ký', { id: 'wizard.heading.method' });
    case 'details':
      if (method === 'bhxh') return msg('Thông tin đăng ký bằng mã số BHXH', { id: 'wizard.heading.details-bhxh' });
      if (method === 'usb-token') return msg('Thông tin đọc từ chứng thư số', { id: 'wizard.heading.details-usb' });
      if (method === 'vneid') return msg('Đăng ký bằng tài khoản định danh điện tử VNeID', { id: 'wizard.heading.details-vneid' });
      if (method === 'sim-ca') return msg('Đăng ký bằng SIM ký số', { id: 'wizard.heading.details-sim' });
      if (method === 'smartca') return msg('Đăng ký bằng VNPT SmartCA', { id: 'wizard.heading.details-smartca' });
      if (method === 'vnpost') return msg('Thông tin đăng ký qua Bưu điện Việt Nam', { id: 'wizard.heading.details-vnpost' });
      return msg('Thông tin đăng ký bằng thuê bao di động', { id: 'wizard.heading.details-phone' });
    case 'certificate':
      return msg('Chọn chứng thư số', { id: 'wizard.heading.certificate' });
    case 'pin':
      return msg('Nhập mã PIN', { id: 'wizard.heading.pin' });
    case 'waiting':
      return msg('Vui lòng xác nhận trên điện thoại', { id: 'wizard.heading.waiting' });
    case 'email-link':
      return msg('Kích hoạt tài khoản qua email', { id: 'wizard.heading.email-link' });
    case 'otp':
      return msg('Nhập mã OTP', { id: 'wizard.heading.otp' });
    case 'password':
      return msg('Đặt mật khẩu', { id: 'wizard.heading.password' });
    case 'review':
      return msg('Kiểm tra lại thông tin', { id: 'wizard.heading.review' });
    case 'done':
      return msg('Đăng ký thành công', { id: 'wizard.heading.done' });
  }
};
