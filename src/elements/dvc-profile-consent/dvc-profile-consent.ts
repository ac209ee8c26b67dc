import { html, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { Profile, SessionState } from '../../core/session.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { styles } from './dvc-profile-consent.styles.js';
import { templates as english } from '../../i18n/generated/en/dvc-profile-consent.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

type Phase = 'idle' | 'loading' | 'failed';

const FIELDS: readonly (keyof Profile)[] = ['fullName', 'birthDate', 'idNumber', 'phone', 'email', 'address'];

const fieldLabel = (field: keyof Profile): string => {
  switch (field) {
    case 'fullName':
      return msg('Họ và tên', { id: 'consent.field.full-name' });
    case 'birthDate':
      return msg('Ngày sinh', { id: 'consent.field.birth-date' });
    case 'idNumber':
      return msg('Số định danh cá nhân', { id: 'consent.field.id-number' });
    case 'phone':
      return msg('Số điện thoại', { id: 'consent.field.phone' });
    case 'email':
      return msg('Thư điện tử', { id: 'consent.field.email' });
    default:
      return msg('Địa chỉ', { id: 'consent.field.address' });
  }
};

/**
 * @tagname dvc-profile-consent
 * @summary "Declare once": after sign-in, asks the citizen once whether forms may prefill from the
 * profile the portal verified, and lets them change their mind at any time.
 *
 * With an account in the session it reads the verified profile from `backend.getProfile` (kept in
 * the session's memory only, never in browser storage), shows what would be reused and asks.
 * Agreeing fills the session's `profile`, which every element prefills from; declining or
 * withdrawing empties it. Once answered it shrinks to one line with the opposite choice. Without
 * an account, or when the profile holds nothing, it renders nothing. Signing out forgets the
 * profile and the answer.
 *
 * @event dvc-profile-consent-change - `{ consent }` when the citizen agrees or withdraws; never carries the profile.
 * @event dvc-error - `{ code, message }` when the profile cannot be read.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The question's heading.
 * @csspart button - Each button.
 *
 * @cssprop --dvc-color-primary - Buttons.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-border - The box's border.
 * @cssprop --dvc-radius - Corners.
 * @cssprop --dvc-space - Spacing unit.
 */
export class DvcProfileConsent extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    _phase: { state: true },
    _failure: { state: true },
    _announcement: { state: true },
  };

  /** Where the verified profile comes from (`getProfile`); takes precedence over `backend-url`. */
  declare backend: DvcBackend | undefined;
  /** Base URL of an HTTP backend, when the `backend` property is not set. */
  declare backendUrl: string | null;

  declare private _phase: Phase;
  declare private _failure: string | null;
  declare private _announcement: string;

  /** The account whose profile was asked for, so a change of account asks again. */
  private _requestedFor: string | null = null;
  private _abort: AbortController | undefined;
  private _focusStatus = false;

  constructor() {
    super();
    this.backend = undefined;
    this.backendUrl = null;
    this._phase = 'idle';
    this._failure = null;
    this._announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._requestedFor = null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this._loadIfNeeded();
  }

  protected override sessionChanged(state: SessionState, previous: SessionState): void {
    if (state.account?.id !== previous.account?.id) {
      this._abort?.abort();
      this._requestedFor = null;
      this._phase = 'idle';
      this._failure = null;
    }
  }

  protected override updated(): void {
    if (this._focusStatus) {
      this._focusStatus = false;
      this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
    }
  }

  /** Asks the backend for the signed-in account's profile once per account. */
  private _loadIfNeeded(): void {
    const { account, verifiedProfile } = this.session.getState();
    if (!account || verifiedProfile || this._requestedFor === account.id) return;
    const backend = backendFor(this.backend, this.backendUrl);
    if (!backend) return;
    this._requestedFor = account.id;
    void this._load(backend, account.id);
  }

  private async _load(backend: DvcBackend, accountId: string): Promise<void> {
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this._phase = 'loading';
    this._failure = null;
    try {
      const profile = await backend.getProfile({ accountId }, { signal: abort.signal });
      if (abort.signal.aborted || this.session.getState().account?.id !== accountId) return;
      this.session.setVerifiedProfile(profile);
      this._phase = 'idle';
    } catch (error) {
      if (abort.signal.aborted) return;
      const { code } = toDvcError(error);
      if (code === 'not-found') {
        // The account has no verified profile (an organisation's, say): nothing to offer.
        this.session.setVerifiedProfile({});
        this._phase = 'idle';
        return;
      }
      await errorMessagesReady();
      if (abort.signal.aborted) return;
      this._failure = code;
      this._phase = 'failed';
      this.emitError(code, backendErrorMessage(code));
    }
  }

  private _retry(): void {
    this._requestedFor = null;
    this._loadIfNeeded();
  }

  private _decide(consent: boolean): void {
    this.session.setProfileConsent(consent);
    this.emit('dvc-profile-consent-change', { consent });
    this._announcement = consent
      ? msg('Đã đồng ý: các biểu mẫu sẽ điền sẵn thông tin đã xác thực của bạn.', { id: 'consent.announce.on' })
      : msg('Các biểu mẫu sẽ không điền sẵn thông tin của bạn.', { id: 'consent.announce.off' });
    // The button just pressed is gone from the new view: keep focus in the element.
    this._focusStatus = true;
  }

  override render() {
    const { account, verifiedProfile, profileConsent } = this.session.getState();
    const live = html`<p class="visually-hidden" role="status">${this._announcement}</p>`;
    if (!account) return live;
    if (this._phase === 'loading') {
      return html`<div class="base" part="base" aria-busy="true">
          <p class="loading">
            <span class="spinner" aria-hidden="true"></span>${msg('Đang tải thông tin đã xác thực…', { id: 'consent.loading' })}
          </p>
        </div>
        ${live}`;
    }
    if (this._phase === 'failed') {
      return html`<div class="base failure" part="base" role="alert">
          <p>${msg('Chưa tải được thông tin đã xác thực của bạn.', { id: 'consent.failed' })}</p>
          <p>${backendErrorMessage(this._failure ?? 'server')}</p>
          <button type="button" part="button" @click=${this._retry}>${msg('Thử lại', { id: 'consent.retry' })}</button>
        </div>
        ${live}`;
    }
    const known = FIELDS.filter((field) => verifiedProfile?.[field]);
    if (!verifiedProfile || known.length === 0) return live;
    return html`${profileConsent === null ? this._renderQuestion(verifiedProfile, known) : this._renderStatus(profileConsent)}${live}`;
  }

  private _renderQuestion(profile: Profile, known: (keyof Profile)[]) {
    return html`<section class="base question" part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${msg('Dùng lại thông tin đã xác thực?', { id: 'consent.heading' })}</h2>
      <p>
        ${msg(
          'Cổng Dịch vụ công đã xác thực các thông tin dưới đây. Nếu bạn đồng ý, các biểu mẫu sẽ điền sẵn chúng để bạn không phải khai lại. Bạn có thể thay đổi lựa chọn này bất cứ lúc nào.',
          {
            id: 'consent.explain',
          },
        )}
      </p>
      <dl>
        ${known.map(
          (field) =>
            html`<div>
              <dt>${fieldLabel(field)}</dt>
              <dd>${profile[field]}</dd>
            </div>`,
        )}
      </dl>
      <div class="actions">
        <button type="button" part="button" class="primary" @click=${() => this._decide(true)}>
          ${msg('Đồng ý dùng lại', { id: 'consent.agree' })}
        </button>
        <button type="button" part="button" @click=${() => this._decide(false)}>
          ${msg('Không, tôi sẽ tự nhập', { id: 'consent.decline' })}
        </button>
      </div>
    </section>`;
  }

  private _renderStatus(consent: boolean) {
    return html`<div class="base answered" part="base">
      <p class="status" tabindex="-1">
        ${
          consent
            ? msg('Các biểu mẫu đang điền sẵn thông tin đã xác thực của bạn.', { id: 'consent.status.on' })
            : msg('Bạn đã chọn tự nhập thông tin vào các biểu mẫu.', { id: 'consent.status.off' })
        }
      </p>
      <button type="button" part="button" @click=${() => this._decide(!consent)}>
        ${
          consent
            ? msg('Ngừng dùng lại thông tin', { id: 'consent.withdraw' })
            : msg('Dùng lại thông tin đã xác thực', { id: 'consent.give' })
        }
      </button>
    </div>`;
  }
}
