/** The USB-token method's views: plugin missing, certificate choice and PIN. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Certificate } from '../../core/schemas/signing.js';
import { templates as english } from '../../i18n/generated/en/wizard-usb-token.js';
import { addTranslations } from '../../i18n/locale.js';
import { certificateDate } from './wizard-certificate-identity.js';

addTranslations(english);

export type OperatingSystem = 'windows' | 'macos' | 'linux' | 'other';

/** Where the signing plugin can be downloaded, per operating system. */
export type PluginDownloadUrls = Partial<Record<OperatingSystem, string>>;

/** The user's operating system, from User-Agent Client Hints when the browser has them. */
export function detectOs(nav: Navigator = navigator): OperatingSystem {
  const hints = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;
  const platform = `${hints ?? ''} ${nav.platform ?? ''} ${nav.userAgent ?? ''}`.toLowerCase();
  if (platform.includes('win')) return 'windows';
  if (platform.includes('mac')) return 'macos';
  if (platform.includes('linux') && !platform.includes('android')) return 'linux';
  return 'other';
}

const osName = (os: OperatingSystem): string =>
  os === 'windows'
    ? 'Windows'
    : os === 'macos'
      ? 'macOS'
      : os === 'linux'
        ? 'Linux'
        : msg('máy tính của bạn', { id: 'wizard.usb.os-other' });

export type CertificateState = 'valid' | 'expired' | 'not-yet-valid';

export function certificateState(certificate: Certificate, now = Date.now()): CertificateState {
  if (Date.parse(certificate.validTo) <= now) return 'expired';
  if (Date.parse(certificate.validFrom) > now) return 'not-yet-valid';
  return 'valid';
}

export function renderPluginMissing(os: OperatingSystem, urls: PluginDownloadUrls, onRetry: () => void): TemplateResult {
  const url = urls[os] ?? urls.other;
  return html`<div class="notice">
      <p><strong>${msg('Chưa tìm thấy công cụ ký số (plugin) trên máy tính này.', { id: 'wizard.usb.plugin-missing' })}</strong></p>
      <p>
        ${msg('Để đăng ký bằng USB ký số, máy tính cần có driver của USB ký số và công cụ ký số của Cổng Dịch vụ công.', { id: 'wizard.usb.plugin-why' })}
      </p>
    </div>
    <ol>
      <li>
        ${
          url
            ? html`<a href=${url} target="_blank" rel="noopener"
                >${msg(str`Tải công cụ ký số cho ${osName(os)}`, { id: 'wizard.usb.download' })}</a
              >`
            : msg(str`Tải công cụ ký số cho ${osName(os)} từ trang hướng dẫn của Cổng Dịch vụ công.`, { id: 'wizard.usb.download-no-link' })
        }
      </li>
      <li>${msg('Mở tệp vừa tải và cài đặt theo hướng dẫn.', { id: 'wizard.usb.install' })}</li>
      <li>${msg('Cắm USB ký số vào máy tính.', { id: 'wizard.usb.plug' })}</li>
      <li>${msg('Bấm "Kiểm tra lại".', { id: 'wizard.usb.retry-step' })}</li>
    </ol>
    <div class="actions">
      <button type="button" class="primary" @click=${onRetry}>${msg('Kiểm tra lại', { id: 'wizard.usb.retry' })}</button>
    </div>`;
}

export interface CertificateListView {
  certificates: readonly Certificate[];
  selected: string | null;
  locale: string;
  idFor: (certificate: Certificate, index: number) => string;
  error?: string;
  errorId: string;
  onSelect: (id: string) => void;
}

export function renderCertificateList(view: CertificateListView): TemplateResult {
  if (!view.certificates.length)
    return html`<p>${msg('Không tìm thấy chứng thư số nào. Hãy cắm USB ký số rồi bấm "Kiểm tra lại".', { id: 'wizard.usb.none' })}</p>`;
  return html`${view.error ? html`<p class="error" id=${view.errorId}>${view.error}</p>` : nothing}
  ${view.certificates.map((certificate, index) => {
    const state = certificateState(certificate);
    const id = view.idFor(certificate, index);
    const reason =
      state === 'expired'
        ? msg(str`Đã hết hạn ngày ${certificateDate(certificate.validTo, view.locale)}`, { id: 'wizard.usb.expired' })
        : state === 'not-yet-valid'
          ? msg(str`Chưa có hiệu lực (từ ngày ${certificateDate(certificate.validFrom, view.locale)})`, { id: 'wizard.usb.not-yet-valid' })
          : '';
    return html`<div class="choice certificate">
      <input
        type="radio"
        name="certificate"
        id=${id}
        value=${certificate.id}
        ?disabled=${state !== 'valid'}
        aria-describedby=${`${id}-details`}
        .checked=${view.selected === certificate.id}
        @change=${() => view.onSelect(certificate.id)}
      />
      <label for=${id}>
        <strong>${certificate.holder}</strong>
        <span class="hint" id=${`${id}-details`}>
          ${msg(str`Cấp bởi ${certificate.issuer}; hiệu lực đến ${certificateDate(certificate.validTo, view.locale)}`, { id: 'wizard.usb.details' })}${
            reason ? html`. <span class="error">${reason}</span>` : nothing
          }
        </span>
      </label>
    </div>`;
  })}`;
}

export const pinHint = (): string =>
  msg('Mã PIN chỉ được chuyển cho công cụ ký số trên máy của bạn, không gửi đi và không được lưu.', { id: 'wizard.usb.pin-hint' });
export const certificateRequired = (): string => msg('Chọn một chứng thư số còn hiệu lực.', { id: 'wizard.usb.choose' });
