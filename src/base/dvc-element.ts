import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { DvcEventMap, DvcEventName } from '../core/events.js';
import { getDefaultSession, type Session } from '../core/session.js';
import { addTranslations, getLocale, translationsLoading } from '../i18n/locale.js';
import { connectLocale, follow, langLocale, ownLangChanged } from './locale-observer.js';
import { sessionContext } from './session-context.js';
import { PendingChecks } from './pending-checks.js';
import { noteTaken } from './registration.js';
import { VERSION } from './version.js';
import { templates as english } from '../i18n/generated/en/dvc-element.js';

addTranslations(english);

/**
 * The base of every element: typed events, guarded registration, the page language, and the
 * session (its `store` property, else an ancestor's provided session, else the page's default).
 */
export class DvcElement extends LitElement {
  static version = VERSION;

  static override properties: PropertyDeclarations = {
    store: { attribute: false },
  };

  /**
   * Registers the element under `tag`. Registering again never throws: the same class is a no-op,
   * another copy of the same version is ignored, another version logs one warning for all its tags.
   */
  static define(tag: string): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag);
    if (existing) noteTaken(tag, existing, this, this.version);
    else registry.define(tag, this);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The session to use instead of the provided or default one. */
  declare store: Session | undefined;

  private readonly _provided = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  private _unsubscribe?: () => void;
  private _stopLocale?: () => void;
  private _subscribedTo?: Session;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The session this element reads and writes. */
  get session(): Session {
    return this.store ?? this._provided.value ?? getDefaultSession();
  }

  /** The locale strings are rendered in now. */
  get locale() {
    return getLocale();
  }

  /** Attribute checks fetched on demand (see `PendingChecks`). */
  protected readonly pendingChecks = new PendingChecks();

  /**
   * Holds a render while the page's English text is on its way, so it never flashes Vietnamese,
   * and while a value given is being checked, so it never shows the one before.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = translationsLoading();
    if (!loading && !this.pendingChecks.pending) return super.scheduleUpdate();
    return Promise.all([loading, this.pendingChecks.settled()]).then(() => super.scheduleUpdate());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.pendingChecks.settled();
    const done = await super.getUpdateComplete();
    // A check started by the update itself (a value first read while rendering) is waited for too.
    return this.pendingChecks.pending ? this.getUpdateComplete() : done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopLocale = connectLocale(this, this.session.getState().locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopLocale?.();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._subscribedTo = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) ownLangChanged(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Subscribe to whichever session is current: `store` or the provided context may change.
    const session = this.session;
    if (session !== this._subscribedTo) {
      this._unsubscribe?.();
      this._subscribedTo = session;
      this._unsubscribe = session.subscribe((state, previous) => {
        if (state.locale !== previous.locale && !langLocale(this)) follow(state.locale);
        this.sessionChanged(state, previous);
        this.requestUpdate();
      });
    }
  }

  /** Subclasses react to session changes here. */
  protected sessionChanged(_state: ReturnType<Session['getState']>, _previous: ReturnType<Session['getState']>): void {}

  /** Dispatches a typed, bubbling, composed event; returns false when a listener cancelled it. */
  emit<K extends DvcEventName>(name: K, detail: DvcEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /**
   * A malformed attribute or property: warn the integrator, tell the host with `dvc-error`, and
   * let the caller keep its last good value.
   */
  protected reportInvalidAttribute(attribute: string, value: unknown): void {
    console.warn(`dvc-elements: <${this.localName}> ignored an invalid "${attribute}" value:`, value);
    const message = msg(str`Cấu hình "${attribute}" không hợp lệ nên đã được bỏ qua.`, { id: 'base.invalid-attribute' });
    this.emitError('invalid-attribute', message, attribute);
  }

  /** Tells the host about a failure with `dvc-error`, in the words the element shows. */
  protected emitError(code: string, message: string, field?: string): void {
    this.emit('dvc-error', field ? { code, message, field } : { code, message });
  }
}
