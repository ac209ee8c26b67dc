import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { DvcElement } from '../../base/dvc-element.js';
import type { DvcEvent, FieldError } from '../../core/events.js';
import { styles } from './dvc-error-summary.styles.js';
import { templates as english } from '../../i18n/generated/en/dvc-error-summary.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/**
 * @tagname dvc-error-summary
 * @summary A page-level list of the errors that the controls inside a container publish, with
 * links that move focus to each field (the GOV.UK and GC Design System error summary).
 *
 * Controls publish their errors with the `dvc-validity` event (`{ errors: [{ label, message,
 * target }] }`); the summary listens on the container named by `for`. When errors appear the
 * summary takes focus, so keyboard and screen-reader users hear it first; fixing one error does
 * not move focus again. With no errors it renders nothing.
 *
 * @csspart base - The bordered box.
 * @cssprop --dvc-color-error - Border and link colour.
 * @cssprop --dvc-color-surface - Background.
 * @cssprop --dvc-space - Spacing unit.
 */
export class DvcErrorSummary extends DvcElement {
  static override styles = styles;

  static override properties = {
    for: { reflect: true },
    heading: {},
    _errors: { state: true },
  };

  /** The id of the container whose controls are listed; by default the summary's own root. */
  declare for: string | null;
  /** Overrides the default heading text. */
  declare heading: string | null;

  declare private _errors: FieldError[];
  private readonly _bySource = new Map<EventTarget, FieldError[]>();
  private _container?: EventTarget;

  constructor() {
    super();
    this.for = null;
    this.heading = null;
    this._errors = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._container?.removeEventListener('dvc-validity', this._onValidity as EventListener);
    this._container = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) this._listen();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const before = changed.get('_errors') as FieldError[] | undefined;
    if (before && before.length === 0 && this._errors.length > 0) this.focus();
  }

  private readonly _onValidity = (event: DvcEvent<'dvc-validity'>) => {
    const source = event.composedPath()[0] ?? event.target;
    if (!source) return;
    if (event.detail.errors.length) this._bySource.set(source, event.detail.errors);
    else this._bySource.delete(source);
    // Sources that left the page no longer have errors to fix.
    for (const key of [...this._bySource.keys()]) if (key instanceof Node && !key.isConnected) this._bySource.delete(key);
    this._errors = [...this._bySource.values()].flat();
  };

  /** The errors listed now. */
  get errors(): readonly FieldError[] {
    return this._errors;
  }

  /** Forgets every listed error (for example when the container's form is reset). */
  clear(): void {
    this._bySource.clear();
    this._errors = [];
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="base"]')?.focus(options);
  }

  private _listen(): void {
    this._container?.removeEventListener('dvc-validity', this._onValidity as EventListener);
    const root = this.getRootNode() as Document | ShadowRoot;
    this._container = (this.for ? root.getElementById(this.for) : null) ?? root;
    this._container.addEventListener('dvc-validity', this._onValidity as EventListener);
  }

  private _focusField(event: Event, error: FieldError): void {
    event.preventDefault();
    const target = error.target as HTMLElement;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  }

  override render() {
    if (!this._errors.length) return nothing;
    return html`
      <div part="base" tabindex="-1" aria-labelledby="heading">
        <h2 id="heading">${this.heading ?? msg('Có lỗi cần sửa', { id: 'error-summary.heading' })}</h2>
        <ul>
          ${this._errors.map(
            (error) =>
              html`<li>
                <a href="#" @click=${(event: Event) => this._focusField(event, error)}
                  >${error.label ? `${error.label}: ` : ''}${error.message}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    `;
  }
}
