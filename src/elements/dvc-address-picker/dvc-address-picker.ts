import { html, nothing, render, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { DvcElement } from '../../base/dvc-element.js';
import { FormControlMixin } from '../../base/form-control.js';
import { addressLine, EMPTY_ADDRESS, formatAddress, splitAddressLine, type AddressValue } from '../../core/address/address-line.js';
import type { CommuneIndex } from '../../core/address/commune-search.js';
import type { Field, Option } from './address-search.js';
import type { Commune } from '../../core/data/communes.js';
import type { SessionState } from '../../core/session.js';
import { networkMessage } from '../../i18n/messages/network-message.js';
import { styles } from './dvc-address-picker.styles.js';
import { templates as english } from '../../i18n/generated/en/dvc-address-picker.js';
import { addTranslations } from '../../i18n/locale.js';
import { onDemand } from '../../core/on-demand.js';

addTranslations(english);

type Problem = 'province-unknown' | 'commune-unknown' | 'province-required' | 'commune-required';

/** Wait before saying where the communes are, so typing is not interrupted by each keystroke. */
const ANNOUNCE_DELAY = 700;

const problemMessage = (problem: Problem): string => {
  switch (problem) {
    case 'province-required':
      return msg('Vui lòng chọn tỉnh, thành phố.', { id: 'address.province-required' });
    case 'commune-required':
      return msg('Vui lòng chọn xã, phường.', { id: 'address.commune-required' });
    case 'province-unknown':
      return msg('Không tìm thấy tỉnh, thành phố này. Hãy chọn một tên trong danh sách.', { id: 'address.province-unknown' });
    case 'commune-unknown':
      return msg('Không tìm thấy xã, phường này. Hãy chọn một tên trong danh sách.', { id: 'address.commune-unknown' });
  }
};

const problemField = (problem: Problem): Field => (problem.startsWith('province') ? 'province' : 'commune');

let instances = 0;

type AddressSearch = typeof import('./address-search.js');

/** The type-ahead, fetched at connect with the communes; a failed fetch is tried again with them. */
let search: AddressSearch | undefined;
const loadSearch = onDemand(() => import('./address-search.js').then((module) => (search = module)));

/** The shipped 2025 list, read with the type-ahead. */
const loadShippedCommunes = (): Promise<readonly Commune[]> => loadSearch().then((module) => module.loadCommunes());

type ValueCheck = typeof import('./value-check.js');
type ParseAddressValue = ValueCheck['parseAddressValue'];

/** The check of a given `value` (its schema, with zod) and the province names it shows, fetched at connect. */
let valueCheck: ValueCheck | undefined;
const loadValueCheck = onDemand(() => import('./value-check.js').then((module) => (valueCheck = module)));

/**
 * A province's name, from whichever of the two modules fetched at connect is in: an address holds
 * a province only after one is, since only a checked value or a choice puts it there.
 */
const provinceName = (code: string): string | undefined => (search ?? valueCheck)?.provinceByCode(code)?.name;

/**
 * @tagname dvc-address-picker
 * @summary A Vietnamese address in the administrative units in force since 1 July 2025: province
 * and commune chosen by type-ahead (with or without diacritics; old province names are
 * recognised and mapped to the new province with a note), then house number and street.
 *
 * The province and commune fields are ARIA 1.2 comboboxes. The house-number and street fields
 * are native inputs in the element's light DOM (the element creates them), so browser autofill
 * reaches them (`address-line1`, `address-line2`). The form value is the structured address as
 * JSON, the same as `value`. With the citizen's consent to reuse their profile, an empty picker
 * is filled from the session profile's address.
 *
 * @slot house-label - The house-number label (created).
 * @slot house - The house-number input (created).
 * @slot street-label - The street label (created).
 * @slot street - The street input (created).
 *
 * @event dvc-address-change - `{ provinceCode, communeCode, line, text }` when the user changes the address.
 * @event dvc-validity - `{ errors }` when the shown error appears, changes or goes (for `<dvc-error-summary>`).
 * @event dvc-error - `{ code, message, field? }` when `value` is invalid or cannot be checked (offline), or the commune list cannot be loaded.
 *
 * @csspart base - The fieldset around everything.
 * @csspart label - The legend.
 * @csspart province - The province field; `commune` the commune field.
 * @csspart input - Each combobox input.
 * @csspart listbox - Each list of options.
 * @csspart note - The note about an old province name or a prefilled address.
 * @csspart error - Each inline error.
 *
 * @cssprop --dvc-color-primary - Active option, notes.
 * @cssprop --dvc-color-border - Field borders.
 * @cssprop --dvc-color-error - Errors.
 * @cssprop --dvc-color-focus - Focus ring.
 */
export class DvcAddressPicker extends FormControlMixin(DvcElement) {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    value: { noAccessor: true },
    label: {},
    communeSource: { attribute: false },
    _provinceText: { state: true },
    _communeText: { state: true },
    _open: { state: true },
    _active: { state: true },
    _options: { state: true },
    _communes: { state: true },
    _communeState: { state: true },
    _formerName: { state: true },
    _prefilled: { state: true },
    _unmatched: { state: true },
    _showValidation: { state: true },
    _announcement: { state: true },
  };

  /** The legend; "Địa chỉ" / "Address" by default. */
  declare label: string;
  /**
   * Where the communes come from; the shipped 2025 list by default. A page may give its own
   * loader (for example one that fetches from its server).
   */
  declare communeSource: () => Promise<readonly Commune[]>;

  /**
   * The address as JSON (`{"provinceCode":"79","communeCode":"26743","houseNumber":"12","street":"Lê Lợi"}`),
   * '' when empty. Setting it (attribute or property, JSON or object) fires no event; an invalid
   * value is reported with `dvc-error` and the last good one kept. Its check is fetched at connect:
   * a value given before the check is in takes effect once it is, and `updateComplete` waits for it.
   */
  get value(): string {
    return isEmpty(this._address) ? '' : JSON.stringify(this._address);
  }
  set value(input: string | Partial<AddressValue> | null) {
    this._withCheck((parse) => {
      const parsed = parse(input ?? '');
      if (!parsed) {
        this.reportInvalidAttribute('value', input);
        return;
      }
      const old = this.value;
      this._touched = true;
      this._setAddress(parsed);
      this._formerName = '';
      this._prefilled = false;
      this.requestUpdate('value', old);
    });
  }

  /** The address as an object. */
  get address(): AddressValue {
    return { ...this._address };
  }
  set address(address: Partial<AddressValue>) {
    this.value = address;
  }

  /** The address as one line: "12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh". */
  get text(): string {
    const address = this._address;
    return formatAddress(addressLine(address), this._communeName(address.communeCode), provinceName(address.provinceCode));
  }

  // The comboboxes' state, which the type-ahead (address-typing.ts, fetched at connect) reads and
  // writes too: not API, and left out of the manifest with every name starting with "_".
  declare _provinceText: string;
  declare _communeText: string;
  declare _open: Field | null;
  declare _active: number;
  declare _options: Option[];
  declare _communes: CommuneIndex | null;
  declare private _communeState: 'loading' | 'ready' | 'failed';
  /** The old province name the chosen province was found by. */
  declare _formerName: string;
  declare _prefilled: boolean;
  /** Text left in a combobox that names nothing. */
  declare _unmatched: Partial<Record<Field, boolean>>;
  declare _showValidation: boolean;
  declare private _announcement: string;

  _address: AddressValue = { ...EMPTY_ADDRESS };
  /** The value was set or the user typed: the profile no longer fills the picker. */
  _touched = false;
  private _published = '';
  private _optionsStyled = false;
  /** The last given value waiting for its check: each waits for the one before. */
  private _lastCheck: Promise<void> = Promise.resolve();
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _house?: HTMLInputElement;
  private _street?: HTMLInputElement;
  private readonly _prefix = `dvc-address-${++instances}`;

  constructor() {
    super();
    this.label = '';
    this.communeSource = loadShippedCommunes;
    this._provinceText = '';
    this._communeText = '';
    this._open = null;
    this._active = -1;
    this._options = [];
    this._communes = null;
    this._communeState = 'loading';
    this._formerName = '';
    this._prefilled = false;
    this._unmatched = {};
    this._showValidation = false;
    this._announcement = '';
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    loadValueCheck().catch(() => undefined);
    this._createLineInputs();
    this._syncFormState();
    if (!this._communes) void this._loadCommunes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this._showValidation && !this._problem()) this._showValidation = false;
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    if (search && !this._optionsStyled) {
      search.adoptOptionStyles(this.renderRoot as ShadowRoot);
      this._optionsStyled = true;
    }
    super.update(changed);
    render(this._renderLight(), this, { host: this });
    this._syncDisabled();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this._syncFormState();
    this._publishError();
    if (changed.has('_active') && this._active >= 0)
      this.renderRoot.querySelector(`#${this._open}-option-${this._active}`)?.scrollIntoView({ block: 'nearest' });
  }

  protected override sessionChanged(state: SessionState, previous: SessionState): void {
    if (state.profile !== previous.profile || state.profileConsent !== previous.profileConsent) search?.prefill(this);
  }

  // ---- event handlers ----------------------------------------------------------------------

  private readonly _onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.dataset.field as Field;
    this._touched = true;
    if (field === 'province') this._provinceText = input.value;
    else this._communeText = input.value;
    this._unmatched = { ...this._unmatched, [field]: false };
    if (search) search.showOptions(this, field, input.value, 0);
    else {
      // Once the type-ahead is in, it shows and counts this field's options.
      this._open = field;
      if (field === 'commune') this._announce(this._communeStatusText(), ANNOUNCE_DELAY);
    }
  };

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    search?.keyDown(this, (event.target as HTMLElement).dataset.field as Field, event);
  };

  private readonly _onBlur = (event: FocusEvent): void => {
    const field = (event.target as HTMLElement).dataset.field as Field;
    this._close();
    if (search) {
      search.settle(this, field);
      return;
    }
    // Before the type-ahead is in, the text is judged once it is.
    loadSearch().then(
      (typing) => typing.settle(this, field),
      () => undefined,
    );
  };

  /** Keeps focus in the field while an option is clicked. */
  private readonly _onListMouseDown = (event: MouseEvent): void => event.preventDefault();

  private readonly _onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    if (option && this._open && this._options[index]) search?.choose(this, this._open, this._options[index]);
  };

  private readonly _onLineInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this._touched = true;
    // Autofill (a plain `input` event, not typing) may put the whole "12 Lê Lợi" in the house field.
    if (input === this._house && !(event instanceof InputEvent) && !this._street!.value.trim()) {
      const { houseNumber, street } = splitAddressLine(input.value);
      if (houseNumber && street) {
        input.value = houseNumber;
        this._street!.value = street;
      }
    }
    this._address = { ...this._address, houseNumber: this._house!.value, street: this._street!.value };
    this._syncFormState();
    this.requestUpdate();
  };

  private readonly _onLineChange = (): void => this._emitChange();

  private readonly _onRetry = (): void => {
    void this._loadCommunes();
  };

  // ---- public methods ----------------------------------------------------------------------

  /** Focuses the field that needs attention: the one with an error, else the province. */
  override focus(options?: FocusOptions): void {
    const problem = this._problem();
    const field = problem ? problemField(problem) : 'province';
    const input = this.renderRoot?.querySelector<HTMLInputElement>(`#${field}-input`);
    if (input) input.focus(options);
    else super.focus(options);
  }

  // ---- form control ------------------------------------------------------------------------

  override formDisabledCallback(disabled: boolean): void {
    super.formDisabledCallback(disabled);
    // Also called while the element reflects its own `disabled` attribute, after this render
    // was computed: the fields follow at once rather than on a render that would not come.
    this._syncDisabled();
  }

  protected resetValue(): void {
    const given = this.getAttribute('value') ?? '';
    this._withCheck((parse) => {
      this._setAddress(parse(given) ?? { ...EMPTY_ADDRESS });
      this._formerName = '';
      this._prefilled = false;
      this._showValidation = false;
      this._unmatched = {};
    });
  }

  protected restoreValue(state: string): void {
    this._withCheck((parse) => {
      const restored = parse(state);
      if (restored) this._setAddress(restored);
    });
  }

  protected showValidity(): void {
    this._showValidation = true;
  }

  // ---- private helpers ---------------------------------------------------------------------

  /**
   * Runs `use` with the check of given values: at once when it is here and no earlier value waits,
   * else once it arrives. Without it (offline) the value is left aside and the page told.
   */
  private _withCheck(use: (parse: ParseAddressValue) => void): void {
    if (valueCheck && !this.pendingChecks.pending) {
      use(valueCheck.parseAddressValue);
      return;
    }
    // After the values given before it, so they are taken in order.
    this._lastCheck = this._lastCheck.then(loadValueCheck).then(
      ({ parseAddressValue }) => use(parseAddressValue),
      () => this.emitError('network', networkMessage(), 'value'),
    );
    this.pendingChecks.track(this._lastCheck);
  }

  private async _loadCommunes(): Promise<void> {
    this._communeState = 'loading';
    let typing: AddressSearch;
    try {
      const searching = loadSearch();
      // A failure of either is one failure, reported as soon as the communes fail.
      searching.catch(() => undefined);
      const communes = await this.communeSource();
      typing = await searching;
      this._communes = typing.createCommuneIndex(communes);
      this._communeState = 'ready';
    } catch {
      this._communeState = 'failed';
      this.emitError('data-unavailable', this._loadFailedText(), 'commune');
      return;
    }
    this._checkCommune();
    typing.prefill(this);
    if (this._open) typing.showOptions(this, this._open, this._searchText(this._open), this._active);
  }

  /** A commune given in `value` before the list was loaded must exist and lie in the province. */
  private _checkCommune(): void {
    const code = this._address.communeCode;
    if (!code) return;
    const commune = this._communes?.byCode(code);
    if (commune && commune.provinceCode === this._address.provinceCode) {
      if (!this._communeText) this._communeText = commune.name;
      return;
    }
    this.reportInvalidAttribute('value', this.value);
    this._address = { ...this._address, communeCode: '' };
    this._communeText = '';
    this._syncFormState();
  }

  /** Sets the whole address and the texts shown for it. */
  _setAddress(address: AddressValue): void {
    this._address = address;
    this._provinceText = provinceName(address.provinceCode) ?? '';
    this._communeText = this._communeName(address.communeCode) ?? '';
    this._unmatched = {};
    if (this._communes) this._checkCommune();
    if (this._house) this._house.value = address.houseNumber;
    if (this._street) this._street.value = address.street;
    this._syncFormState();
    this.requestUpdate();
  }

  private _communeName(code: string): string | undefined {
    return code ? this._communes?.byCode(code)?.name : undefined;
  }

  _chosenName(field: Field): string {
    return field === 'province' ? (provinceName(this._address.provinceCode) ?? '') : (this._communeName(this._address.communeCode) ?? '');
  }

  _fieldText(field: Field): string {
    return field === 'province' ? this._provinceText : this._communeText;
  }

  /** What to search for when the list opens: nothing (all) while the text is the chosen name. */
  _searchText(field: Field): string {
    const text = this._fieldText(field);
    return text === this._chosenName(field) ? '' : text;
  }

  _close(): void {
    this._open = null;
    this._active = -1;
    this._options = [];
  }

  _emitChange(): void {
    const address = this._address;
    this.emit('dvc-address-change', {
      provinceCode: address.provinceCode,
      communeCode: address.communeCode,
      line: addressLine(address),
      text: this.text,
    });
  }

  private _problem(): Problem | null {
    if (this._unmatched.province) return 'province-unknown';
    if (this._unmatched.commune) return 'commune-unknown';
    if (!this.required) return null;
    if (!this._address.provinceCode) return 'province-required';
    if (!this._address.communeCode) return 'commune-required';
    return null;
  }

  _syncFormState(): void {
    this.setFormValue(this.value || null);
    const problem = this._problem();
    if (!problem) {
      this.setValidity({});
      return;
    }
    const anchor = this.renderRoot?.querySelector<HTMLInputElement>(`#${problemField(problem)}-input`) ?? undefined;
    const flags = problem.endsWith('required') ? { valueMissing: true } : { badInput: true };
    this.setValidity(flags, problemMessage(problem), anchor);
  }

  /** The error to show now, if any. */
  private _shownProblem(): Problem | null {
    return this._showValidation ? this._problem() : null;
  }

  private _publishError(): void {
    const problem = this._shownProblem();
    const message = problem ? problemMessage(problem) : '';
    if (message === this._published) return;
    this._published = message;
    this.emit('dvc-validity', { errors: message ? [{ target: this, label: this._fieldLabel(problemField(problem!)), message }] : [] });
  }

  /** Says `text` in the polite live region, after emptying it so a repeated text is read again. */
  _announce(text: string, delay = 100): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      this._announcement = text;
    }, delay);
  }

  private _fieldLabel(field: Field): string {
    return field === 'province'
      ? msg('Tỉnh, thành phố', { id: 'address.province-label' })
      : msg('Xã, phường, đặc khu', { id: 'address.commune-label' });
  }

  private _loadingText(): string {
    return msg('Đang tải danh sách xã, phường…', { id: 'address.loading' });
  }

  /** What the commune list is doing while it is not there: loading, or failed to load. */
  _communeStatusText(): string {
    return this._communeState === 'failed' ? this._loadFailedText() : this._loadingText();
  }

  private _loadFailedText(): string {
    return msg('Không tải được danh sách xã, phường. Vui lòng thử lại.', { id: 'address.load-failed' });
  }

  /** Creates the house-number and street inputs once; they stay, so autofill and typing are never lost. */
  private _createLineInputs(): void {
    if (this._house) return;
    const make = (slot: string, autocomplete: string) => {
      const input = document.createElement('input');
      input.type = 'text';
      input.slot = slot;
      input.id = `${this._prefix}-${slot}`;
      input.setAttribute('autocomplete', autocomplete);
      input.maxLength = slot === 'house' ? 100 : 200;
      input.addEventListener('input', this._onLineInput);
      input.addEventListener('change', this._onLineChange);
      this.append(input);
      return input;
    };
    this._house = make('house', 'address-line1');
    this._street = make('street', 'address-line2');
    this._house.value = this._address.houseNumber;
    this._street.value = this._address.street;
  }

  /** Every field, and the retry button, disabled with the element. */
  private _syncDisabled(): void {
    const disabled = this.isDisabled;
    const fields = [
      this._house,
      this._street,
      ...(this.renderRoot?.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button') ?? []),
    ];
    for (const field of fields) if (field) field.disabled = disabled;
  }

  private _renderLight() {
    return html`<label slot="house-label" for="${this._prefix}-house">${msg('Số nhà, ngõ, hẻm', { id: 'address.house-label' })}</label>
      <label slot="street-label" for="${this._prefix}-street"
        >${msg('Đường, phố, thôn, ấp, tổ dân phố', { id: 'address.street-label' })}</label
      >`;
  }

  // The options take clicks only: their keys (arrows, Enter, Escape) go to the field, which keeps
  // focus and points at the highlighted one with aria-activedescendant (ARIA 1.2 combobox).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  private _renderCombobox(field: Field, hint: string, extra: unknown) {
    // Options come from the type-ahead, so there are none before it is here.
    const typeAhead = search;
    const open = typeAhead !== undefined && this._open === field && this._options.length > 0;
    const problem = this._shownProblem();
    const invalid = problem !== null && problemField(problem) === field;
    const active = open && this._active >= 0 ? `${field}-option-${this._active}` : nothing;
    const describedBy = [`${field}-hint`, field === 'province' && this._formerName ? 'province-note' : '', invalid ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div part=${field} class="field ${invalid ? 'invalid' : ''}">
        <label class="label" id="${field}-label" for="${field}-input">${this._fieldLabel(field)}</label>
        <p class="hint" id="${field}-hint">${hint}</p>
        <p part="error" class="error" id="${field}-error" ?hidden=${!invalid}>${invalid ? problemMessage(problem!) : ''}</p>
        <div class="combo">
          <input
            id="${field}-input"
            part="input"
            type="text"
            role="combobox"
            data-field=${field}
            autocomplete="off"
            autocapitalize="words"
            spellcheck="false"
            aria-labelledby="${field}-label"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${field}-listbox"
            aria-activedescendant=${active}
            aria-describedby=${describedBy}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-required=${this.required ? 'true' : nothing}
            .value=${live(this._fieldText(field))}
            @input=${this._onInput}
            @keydown=${this._onKeyDown}
            @blur=${this._onBlur}
          />
          <ul
            id="${field}-listbox"
            part="listbox"
            class="listbox"
            role="listbox"
            aria-labelledby="${field}-label"
            ?hidden=${!open}
            @mousedown=${this._onListMouseDown}
            @click=${this._onListClick}
          >
            ${open ? this._options.map((option, index) => typeAhead.renderOption(field, option, index, index === this._active)) : nothing}
          </ul>
        </div>
        ${extra}
      </div>
    `;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */

  private _renderCommuneStatus() {
    if (this._communeState === 'loading')
      return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${this._loadingText()}</p>`;
    if (this._communeState === 'failed')
      return html`<p class="error">${this._loadFailedText()}</p>
        <button type="button" class="retry" @click=${this._onRetry}>${msg('Thử lại', { id: 'address.retry' })}</button>`;
    return nothing;
  }

  override render() {
    const provinceHint = msg('Gõ tên để tìm, có thể không dấu. Tên tỉnh cũ (trước 01/07/2025) cũng được.', { id: 'address.province-hint' });
    const communeHint = this._address.provinceCode
      ? msg('Gõ tên để tìm, hoặc nhấn phím mũi tên xuống để xem danh sách.', { id: 'address.commune-hint' })
      : msg('Chọn tỉnh, thành phố trước, hoặc gõ tên xã, phường để tìm trong cả nước.', { id: 'address.commune-hint-nationwide' });
    return html`
      <fieldset part="base">
        <legend part="label">${this.label || msg('Địa chỉ', { id: 'address.legend' })}</legend>
        <p part="note" class="note" id="prefill-note" ?hidden=${!this._prefilled}>
          ${msg('Đã điền sẵn từ hồ sơ của bạn. Hãy kiểm tra lại.', { id: 'address.prefilled' })}
        </p>
        ${this._renderCombobox(
          'province',
          provinceHint,
          html`<p part="note" class="note" id="province-note" ?hidden=${!this._formerName}>
            ${this._formerName ? search?.formerNote(this) : ''}
          </p>`,
        )}
        ${this._renderCombobox('commune', communeHint, this._renderCommuneStatus())}
        <div class="line">
          <div class="field"><slot name="house-label"></slot><slot name="house"></slot></div>
          <div class="field"><slot name="street-label"></slot><slot name="street"></slot></div>
        </div>
      </fieldset>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    `;
  }
}

function isEmpty(address: AddressValue): boolean {
  return !address.provinceCode && !address.communeCode && !address.houseNumber && !address.street;
}
