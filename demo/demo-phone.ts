import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { templates as english } from '../src/i18n/generated/en/demo-phone.js';
import { addTranslations } from '../src/i18n/locale.js';

addTranslations(english);

interface InboxMessage {
  channel: 'sms' | 'email';
  to: string;
  text: string;
  code?: string;
  link?: string;
}

interface SigningPrompt {
  requestId: string;
  method: 'sim-ca' | 'smartca';
  to: string;
  displayCode: string;
}

/**
 * The demo's stand-in for the citizen's phone and mailbox: shows what the demo backend "sent"
 * (read from its inbox over HTTP), newest first, and the signing SIM's or SmartCA app's prompt to
 * approve or reject a remote-signing request.
 */
export class DemoPhone extends LitElement {
  static override styles = css`
    :host {
      display: block;
      border: 2px solid #4a5461;
      border-radius: 16px;
      padding: 12px;
      background: #fff;
      max-inline-size: 22rem;
    }
    h2 {
      font-size: 1.1rem;
      margin: 0 0 8px;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      background: #f1f4f8;
      border-radius: 8px;
      padding: 8px;
      overflow-wrap: anywhere;
    }
    .meta {
      font-size: 0.875rem;
      color: #4a5461;
    }
    .code {
      font-family: ui-monospace, monospace;
      font-size: 1.25rem;
      letter-spacing: 0.15em;
    }
    a {
      color: #0a4fa0;
    }
    .prompt {
      border: 2px solid #0a4fa0;
      border-radius: 8px;
      padding: 8px;
      margin-block-end: 12px;
    }
    button {
      min-block-size: 32px;
      font: inherit;
    }
  `;

  static override properties = { base: {}, _messages: { state: true }, _prompts: { state: true } };

  declare base: string;
  declare private _messages: InboxMessage[];
  declare private _prompts: SigningPrompt[];
  private _timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.base = '/api';
    this._messages = [];
    this._prompts = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this._poll();
    this._timer = setInterval(() => void this._poll(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._timer);
  }

  private async _poll(): Promise<void> {
    try {
      const response = await fetch(`${this.base}/_demo/inbox`);
      if (!response.ok) return;
      const body = (await response.json()) as { messages: InboxMessage[] };
      if (body.messages.length !== this._messages.length) this._messages = [...body.messages].reverse();
      const signing = await fetch(`${this.base}/_demo/remote-signing`);
      if (signing.ok) {
        const { requests } = (await signing.json()) as { requests: SigningPrompt[] };
        if (requests.map((r) => r.requestId).join() !== this._prompts.map((r) => r.requestId).join()) this._prompts = requests;
      }
    } catch {
      // The demo server restarting: the next poll catches up.
    }
  }

  private async _decide(prompt: SigningPrompt, decision: 'approve' | 'reject') {
    await fetch(`${this.base}/_demo/remote-signing/${decision}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requestId: prompt.requestId }),
    });
    this._prompts = this._prompts.filter((other) => other !== prompt);
  }

  override render() {
    return html`
      ${this._prompts.map(
        (prompt) =>
          html`<div class="prompt" role="group" aria-label=${msg('Yêu cầu ký số', { id: 'demo.phone.signing' })}>
            <p>
              ${prompt.method === 'smartca' ? 'VNPT SmartCA' : msg('SIM ký số', { id: 'demo.phone.sim' })} · ${prompt.to} ·
              ${msg('mã giao dịch', { id: 'demo.phone.transaction' })} <strong>${prompt.displayCode}</strong>
            </p>
            <button @click=${() => this._decide(prompt, 'approve')}>${msg('Xác nhận', { id: 'demo.phone.approve' })}</button>
            <button @click=${() => this._decide(prompt, 'reject')}>${msg('Từ chối', { id: 'demo.phone.reject' })}</button>
          </div>`,
      )}
      <h2 id="phone-heading">${msg('Điện thoại và hộp thư (mô phỏng)', { id: 'demo.phone.heading' })}</h2>
      <div role="log" aria-live="polite" aria-labelledby="phone-heading">
        ${
          this._messages.length
            ? html`<ol>
                ${this._messages.map(
                  (message) =>
                    html`<li>
                      <div class="meta">${message.channel === 'sms' ? 'SMS' : 'Email'} → ${message.to}</div>
                      <div>${message.text}</div>
                      ${message.code ? html`<div class="code" data-code>${message.code}</div>` : ''}
                      ${message.link ? html`<a href=${message.link}>${msg('Mở đường dẫn kích hoạt', { id: 'demo.phone.open-link' })}</a>` : ''}
                    </li>`,
                )}
              </ol>`
            : html`<p>${msg('Chưa có tin nhắn nào.', { id: 'demo.phone.empty' })}</p>`
        }
      </div>
    `;
  }
}
customElements.define('dvc-demo-phone', DemoPhone);
