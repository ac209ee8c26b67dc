/**
 * The data the server read from a verified certificate (USB token, SIM ký số, SmartCA), as the
 * check-answers step shows it.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CertificateIdentity } from '../../core/schemas/signing.js';
import { templates as english } from '../../i18n/generated/en/wizard-certificate-identity.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export const certificateDate = (iso: string, locale: string): string =>
  new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'vi-VN');

/** The data the server read from a verified certificate, as label and value, holder first. */
export function identityRows(identity: CertificateIdentity, locale: string): [string, string][] {
  const rows: [string, string][] = [[msg('Chủ chứng thư', { id: 'wizard.usb.holder' }), identity.holder]];
  if (identity.taxCode) rows.push([msg('Mã số thuế', { id: 'wizard.usb.tax-code' }), identity.taxCode]);
  if (identity.idNumber) rows.push([msg('Số CMND/CCCD', { id: 'wizard.usb.id-number' }), identity.idNumber]);
  rows.push([msg('Tổ chức cấp', { id: 'wizard.usb.issuer' }), identity.issuer]);
  rows.push([msg('Hiệu lực đến', { id: 'wizard.usb.valid-to' }), certificateDate(identity.validTo, locale)]);
  return rows;
}

/** The data the server read from a verified certificate, read-only. */
export function renderIdentity(identity: CertificateIdentity, locale: string): TemplateResult {
  return html`<dl>
    ${identityRows(identity, locale).map(
      ([label, value]) =>
        html`<div class="review-row">
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}
