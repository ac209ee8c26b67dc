/**
 * What the demo "sends". SMS are written without diacritics, as the portal's brand-name SMS are
 * (an accented SMS costs more segments); emails keep them.
 */

const minutes = (ms: number): number => Math.round(ms / 60_000);

export const otpSms = (code: string, validMs: number): string =>
  `DVCQG: Ma xac thuc (OTP) dang ky tai khoan Cong Dich vu cong quoc gia cua ban la ${code}. ` +
  `Ma co hieu luc trong ${minutes(validMs)} phut. Tuyet doi KHONG cung cap ma nay cho bat ky ai.`;

export const activationEmail = (fullName: string, link: string, validMs: number): string =>
  `Kính gửi ${fullName},\n\n` +
  `Bạn vừa đăng ký tài khoản Cổng Dịch vụ công quốc gia qua Bưu điện Việt Nam. ` +
  `Vui lòng mở đường dẫn sau để kích hoạt tài khoản (hiệu lực ${Math.round(validMs / 3_600_000)} giờ):\n${link}\n\n` +
  `Nếu bạn không thực hiện đăng ký này, hãy bỏ qua thư.`;

export const simSigningSms = (displayCode: string, validMs: number): string =>
  `DVCQG: Yeu cau xac thuc dang ky tai khoan bang SIM ky so, ma giao dich ${displayCode}. ` +
  `Kiem tra ma giao dich va nhap ma PIN tren dien thoai de xac nhan trong ${minutes(validMs)} phut.`;

export const smartcaSigningNotice = (displayCode: string, validMs: number): string =>
  `VNPT SmartCA: Ban co yeu cau ky so dang ky tai khoan Cong Dich vu cong quoc gia, ma giao dich ${displayCode}. ` +
  `Mo ung dung VNPT SmartCA de xac nhan trong ${minutes(validMs)} phut.`;

export const accountCreatedEmail = (displayName: string): string =>
  `Kính gửi ${displayName},\n\n` +
  `Tài khoản Cổng Dịch vụ công quốc gia của bạn đã được tạo bằng chứng thư số. ` +
  `Bạn có thể đăng nhập bằng USB ký số đã dùng khi đăng ký.`;
