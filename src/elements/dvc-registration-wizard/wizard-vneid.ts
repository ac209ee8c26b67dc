/**
 * VNeID: send the browser to the national e-ID (the server keeps the state and PKCE verifier),
 * then finish with the `code` and `state` it brings back, from the query or a hash route.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { AccountSummary } from '../../core/events.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { templates as english } from '../../i18n/generated/en/wizard-vneid.js';
import { addTranslations } from '../../i18n/locale.js';
import { clearReturnParams, currentUrlWithout, readReturnParams } from './wizard-return.js';
import type { StepView, WizardHost } from './wizard-types.js';

addTranslations(english);

/** Marks a return from VNeID, so `code` and `state` meant for another app on the page are left alone. */
const VNEID_MARKER = 'dvc-return';
const VNEID_PARAMS = [VNEID_MARKER, 'code', 'state', 'error', 'error_description'];

/** The parameters VNeID brought back to this page, if it did. */
export function readVneidReturn(): Record<string, string> | null {
  const params = readReturnParams(VNEID_PARAMS);
  return params?.[VNEID_MARKER] === 'vneid' && (params.code || params.error) ? params : null;
}

/** Sends the browser to VNeID, coming back to `returnUrl` (default: this page, marked as a VNeID return). */
export async function startVneid(host: WizardHost, returnUrl: string | null, redirect: (url: string) => void): Promise<void> {
  const back = new URL(currentUrlWithout(VNEID_PARAMS));
  back.searchParams.set(VNEID_MARKER, 'vneid');
  const start = await host.call(
    (backend, signal) => backend.startVneid({ subject: host.subject, returnUrl: returnUrl ?? back.href }, { signal }),
    () => void startVneid(host, returnUrl, redirect),
  );
  if (start) redirect(start.authorizationUrl);
}

/** Exchanges the returned code for the account, or explains why VNeID sent the user back without one. */
export async function finishVneid(
  host: WizardHost,
  params: Record<string, string>,
  complete: (account: AccountSummary) => void,
): Promise<void> {
  clearReturnParams(VNEID_PARAMS);
  if (params.error || !params.code || !params.state) {
    const code = params.error === 'access_denied' ? 'vneid-denied' : 'state-invalid';
    if (code === 'state-invalid') await errorMessagesReady();
    const message =
      code === 'vneid-denied'
        ? msg('Bạn chưa đồng ý chia sẻ thông tin trên VNeID nên tài khoản chưa được tạo. Bạn có thể thử lại.', {
            id: 'wizard.vneid.denied',
          })
        : backendErrorMessage(code);
    host.fail({ code, message });
    return;
  }
  const { code, state } = params;
  const account = await host.call(
    (backend, signal) => backend.finishVneid({ code, state }, { signal }),
    () => void finishVneid(host, params, complete),
  );
  if (account) complete(account);
}

export function renderVneidIntro(view: StepView, onSubmit: (event: Event) => void): TemplateResult {
  return html`<form novalidate @submit=${onSubmit}>
    ${view.heading()}
    <p>
      ${msg('Bạn sẽ được chuyển đến trang của VNeID để đăng nhập bằng tài khoản định danh điện tử mức 2, rồi quay lại đây.', {
        id: 'wizard.vneid.intro',
      })}
    </p>
    <p class="hint">${msg('Từ ngày 1/7/2024, công dân đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID.', { id: 'wizard.vneid.note' })}</p>
    ${view.actions(msg('Tiếp tục với VNeID', { id: 'wizard.vneid.go' }))}
  </form>`;
}
