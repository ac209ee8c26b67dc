/**
 * The questions each method asks on its details step, in the order shown, with what browsers
 * need to fill them (autocomplete tokens, input modes) and the words the portal uses.
 */
import { msg } from '@lit/localize';
import type { RegistrationMethod } from '../../core/events.js';
import { templates as english } from '../../i18n/generated/en/wizard-fields.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export type FieldName = 'idNumber' | 'bhxhCode' | 'fullName' | 'birthDate' | 'phone' | 'email' | 'userId' | 'address';

export interface FieldDef {
  name: FieldName;
  label: () => string;
  hint?: () => string;
  required: boolean;
  type: 'text' | 'tel' | 'email';
  autocomplete: string;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
}

// SIM ký số and SmartCA ask for the account that signs.
const simLabel = (): string => msg('Số thuê bao SIM ký số', { id: 'wizard.field.sim' });
const simHint = (): string => msg('Số điện thoại của SIM có chữ ký số. Điện thoại cần bật và có sóng.', { id: 'wizard.hint.sim' });
const smartcaLabel = (): string => msg('Tài khoản VNPT SmartCA', { id: 'wizard.field.smartca' });
const smartcaHint = (): string =>
  msg('Số CCCD/CMND, hoặc mã số thuế của tổ chức, dùng để đăng nhập SmartCA.', { id: 'wizard.hint.smartca' });

const idNumber = (cccdOnly: boolean): FieldDef => ({
  name: 'idNumber',
  label: () => (cccdOnly ? msg('Số CCCD', { id: 'wizard.field.cccd' }) : msg('Số CMND/CCCD', { id: 'wizard.field.id-number' })),
  hint: () =>
    cccdOnly
      ? msg('12 chữ số, như trên thẻ căn cước.', { id: 'wizard.hint.cccd' })
      : msg('CCCD 12 chữ số hoặc CMND 9 chữ số.', { id: 'wizard.hint.id-number' }),
  required: true,
  type: 'text',
  autocomplete: 'off',
  inputmode: 'numeric',
});

const fullName: FieldDef = {
  name: 'fullName',
  label: () => msg('Họ và tên', { id: 'wizard.field.full-name' }),
  hint: () => msg('Viết có dấu, như trên giấy tờ tùy thân.', { id: 'wizard.hint.full-name' }),
  required: true,
  type: 'text',
  autocomplete: 'name',
};

const birthDate: FieldDef = {
  name: 'birthDate',
  label: () => msg('Ngày sinh', { id: 'wizard.field.birth-date' }),
  hint: () => msg('Theo dạng ngày/tháng/năm, ví dụ 15/05/1990.', { id: 'wizard.hint.birth-date' }),
  required: true,
  type: 'text',
  autocomplete: 'bday',
};

const phone = (hint: () => string): FieldDef => ({
  name: 'phone',
  label: () => msg('Số điện thoại di động', { id: 'wizard.field.phone' }),
  hint,
  required: true,
  type: 'tel',
  autocomplete: 'tel',
  inputmode: 'tel',
});

const email: FieldDef = {
  name: 'email',
  label: () => msg('Email (không bắt buộc)', { id: 'wizard.field.email-optional' }),
  required: false,
  type: 'email',
  autocomplete: 'email',
  inputmode: 'email',
};

const bhxhCode: FieldDef = {
  name: 'bhxhCode',
  label: () => msg('Mã số BHXH', { id: 'wizard.field.bhxh-code' }),
  hint: () => msg('10 chữ số, in trên thẻ bảo hiểm y tế hoặc sổ BHXH.', { id: 'wizard.hint.bhxh-code' }),
  required: true,
  type: 'text',
  autocomplete: 'off',
  inputmode: 'numeric',
};

/** Methods whose details step is a form of identity fields. */
export const FIELDS: Partial<Record<RegistrationMethod, readonly FieldDef[]>> = {
  phone: [
    idNumber(false),
    fullName,
    birthDate,
    phone(() =>
      msg('Số thuê bao phải đăng ký chính chủ với số CMND/CCCD ở trên (kiểm tra: nhắn TTTB gửi 1414).', { id: 'wizard.hint.phone' }),
    ),
    email,
  ],
  vnpost: [
    idNumber(false),
    fullName,
    birthDate,
    phone(() => msg('Mã OTP kích hoạt sẽ được gửi đến số này nếu bạn chọn kích hoạt qua SMS.', { id: 'wizard.hint.phone-vnpost' })),
    {
      ...email,
      label: () => msg('Email', { id: 'wizard.field.email' }),
      hint: () => msg('Bắt buộc nếu bạn chọn kích hoạt qua email.', { id: 'wizard.hint.email-vnpost' }),
    },
    {
      name: 'address',
      label: () => msg('Địa chỉ liên hệ (không bắt buộc)', { id: 'wizard.field.address' }),
      required: false,
      type: 'text',
      autocomplete: 'street-address',
    },
  ],
  'usb-token': [
    {
      ...email,
      label: () => msg('Email', { id: 'wizard.field.email' }),
      hint: () => msg('Thông báo về tài khoản sẽ được gửi đến địa chỉ này.', { id: 'wizard.hint.email-usb' }),
      required: true,
    },
  ],
  'sim-ca': [{ name: 'phone', label: simLabel, hint: simHint, required: true, type: 'tel', autocomplete: 'tel', inputmode: 'tel' }],
  smartca: [
    { name: 'userId', label: smartcaLabel, hint: smartcaHint, required: true, type: 'text', autocomplete: 'username', inputmode: 'text' },
  ],
  bhxh: [
    bhxhCode,
    idNumber(true),
    fullName,
    birthDate,
    phone(() => msg('Số điện thoại đã đăng ký với cơ quan BHXH.', { id: 'wizard.hint.phone-bhxh' })),
  ],
};

/** Methods that ask for a captcha (mã xác thực) with their details. */
export const CAPTCHA_METHODS: ReadonlySet<RegistrationMethod> = new Set(['phone', 'vnpost', 'usb-token']);

export const activationLabel = (): string => msg('Cách kích hoạt tài khoản', { id: 'wizard.field.activation' });
export const activationName = (activation: 'sms' | 'email'): string =>
  activation === 'sms'
    ? msg('Mã OTP gửi qua SMS', { id: 'wizard.activation.sms' })
    : msg('Đường dẫn kích hoạt gửi qua email', { id: 'wizard.activation.email' });

export const captchaLabel = (): string => msg('Mã xác thực', { id: 'wizard.field.captcha' });
export const passwordLabel = (): string => msg('Mật khẩu', { id: 'wizard.field.password' });
export const confirmLabel = (): string => msg('Nhập lại mật khẩu', { id: 'wizard.field.password-confirm' });
export const otpLabel = (): string => msg('Mã OTP', { id: 'wizard.field.otp' });
export const pinLabel = (): string => msg('Mã PIN của USB ký số', { id: 'wizard.usb.pin' });
