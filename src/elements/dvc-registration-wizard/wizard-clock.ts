/**
 * The clock the session-timeout warning uses, its limits, and what the wizard says once the time
 * is up: all the wizard needs before a registration starts and the warning itself is fetched.
 */
import { msg } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/wizard-clock.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/** Where the warning reads the time and sets its timers; a test or an app may pass its own. */
export interface WizardClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: WizardClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The least warning WCAG 2.2.1 allows (20 s) and the default (2 minutes). */
export const MIN_WARNING_SECONDS = 20;
export const DEFAULT_WARNING_SECONDS = 120;

export const sessionExpiredMessage = (): string =>
  msg(
    'Phiên đăng ký đã hết hạn vì không có thao tác trong một thời gian. Thông tin bạn đã nhập vẫn được giữ bên dưới: hãy kiểm tra rồi bấm Đăng ký để nhận mã mới.',
    { id: 'wizard.timeout.expired' },
  );
