import { html, nothing, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { DvcElement } from '../../base/dvc-element.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError, type DvcErrorCode } from '../../core/errors.js';
import type { Procedure } from '../../core/schemas/procedure.js';
import type { ProcedureSearchHit, ProcedureSearchResult, SearchProceduresRequest } from '../../core/schemas/procedure-search.js';
import type { SearchThread } from '../../core/search/index.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { styles } from './dvc-procedure-search.styles.js';
import { highlighted } from './highlight.js';
import { HOTLINE } from './hotline.js';
import type { Dataset } from './procedure-dataset.js';
import { prefetchRecords } from './dataset-records.js';
import type { Help, ResultsView } from './procedure-search-views.js';
import {
  appliedFilters,
  filtersEqual,
  hasFilters,
  isSelectedFilters,
  normalizeFilters,
  toRequestFilters,
  withValue,
  type FilterField,
  type SelectedFilters,
} from './search-filters.js';
import { backendSource, localSource, type SearchSource } from './search-sources.js';
import { hasUrlState, readUrlState, writeUrlState } from './search-url.js';
import { templates as english } from '../../i18n/generated/en/dvc-procedure-search.js';
import { addTranslations } from '../../i18n/locale.js';
import { onDemand } from '../../core/on-demand.js';

addTranslations(english);

export type { SelectedFilters, FilterField } from './search-filters.js';

const DEFAULT_PAGE_SIZE = 10;
/** The `worker` attribute's values and the thread each asks for. */
const THREADS = { auto: 'auto', on: 'worker', off: 'page' } as const satisfies Record<string, SearchThread>;
export type WorkerChoice = keyof typeof THREADS;
const isWorkerChoice = (value: unknown): value is WorkerChoice => typeof value === 'string' && Object.hasOwn(THREADS, value);
const MAX_PAGE_SIZE = 100;
/** Suggestions shown under the field. */
const SUGGESTIONS = 6;
/**
 * While the citizen types over a dataset on the page, the suggestions follow each short pause;
 * the results, their count and the filters wait for a longer one, so typing never waits for
 * the results list to be laid out again.
 */
const SUGGEST_DELAY = 60;
const RESULTS_DELAY = 300;
/** A server is asked once per pause, for the suggestions and the results together. */
const TYPING_DELAY_BACKEND = 250;
/** The longest the filters' counts wait for the frame after the results. */
const FACETS_FALLBACK_DELAY = 100;
/** Quiet time before the result count is announced, so typing is not talked over. */
const ANNOUNCE_DELAY = 1000;
/** Sectors offered to browse when nothing is found. */
const BROWSE_SECTORS = 6;

/**
 * What started a search: it decides the debounce, whether the count is announced, and whether
 * the URL gets a new history entry.
 */
type Origin = 'typing' | 'submit' | 'filter' | 'page' | 'program' | 'history' | 'retry';

interface Failure {
  code: DvcErrorCode;
  /** Loading the dataset (or the first backend answer), a later search, or opening one procedure. */
  during: 'load' | 'search' | 'detail';
}

let instances = 0;

/** The views of an answered search, fetched with an element's source: nothing shows them before it answers. */
let views: typeof import('./procedure-search-views.js') | undefined;
const loadViews = onDemand(() =>
  import('./procedure-search-views.js').then((module) => {
    views = module;
  }),
);

/** A dataset's load, check and index (worker or page), fetched when an element has one to search. */
let datasets: typeof import('./procedure-dataset.js') | undefined;
const loadDatasets = onDemand(() => import('./procedure-dataset.js').then((module) => (datasets = module)));

/** `source`, once the views it answers for are in too. */
async function withViews(source: Promise<SearchSource>): Promise<SearchSource> {
  const [ready] = await Promise.all([source, loadViews()]);
  return ready;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const PROVINCE = /^\d{2,3}$/;
/** The longest query sent (the backend contract's limit). */
const MAX_QUERY = 500;

/**
 * @tagname dvc-procedure-search
 * @summary Find an administrative procedure (thủ tục hành chính): a search field with suggestions,
 * filters with counts, results with the matched words marked, a detail view, and "choose this
 * procedure" into the shared session. Searches a JSON dataset in the page (`src`) or a backend.
 *
 * The field is an ARIA 1.2 combobox: Arrow keys move through the suggestions, Enter picks one (or
 * searches), Escape closes them and then clears the field. Over a dataset the suggestions follow
 * each keystroke, and the results, their count and the filters follow a short pause in typing.
 * The result count is announced politely about a second after typing stops, and only while the
 * field (or, after a filter change, the element) has focus. Applying a filter keeps focus where
 * it is and announces the new count.
 *
 * With `sync-url`, the query, filters, page and open procedure live in the page URL's query
 * parameters `q`, `sector`, `level`, `online`, `agency`, `subject`, `page` and `procedure`
 * (other parameters and the hash are left alone); Back and Forward restore them. A URL that
 * holds a search wins over the `query` and `filters` attributes. Use it on one element per page.
 *
 * @event dvc-search - `{ query, filters, total }` after each completed search.
 * @event dvc-procedure-select - `{ procedure }` when the citizen chooses a procedure ("Chọn thủ tục này"); it is also stored in the session.
 * @event dvc-error - `{ code, message, field? }` when the dataset or a search cannot be loaded (the message is the one shown), when records of the dataset are invalid and left out (`invalid-input`, field `src` or `procedures`), or an attribute is invalid.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The search form (`role=search`).
 * @csspart label - The field's label.
 * @csspart input - The search field.
 * @csspart submit - The search button.
 * @csspart suggestions - The suggestion list under the field.
 * @csspart filters - The filter panel.
 * @csspart results - The results section.
 * @csspart result - One result.
 * @csspart applied-filters - The list of applied filters with their "remove" buttons.
 * @csspart no-results - The help shown when nothing is found.
 * @csspart pagination - The page navigation.
 * @csspart detail - The detail view of one procedure.
 * @csspart choose - The "choose this procedure" button.
 * @csspart error - A load or search failure, with its retry button.
 *
 * @cssprop --dvc-color-primary - Buttons, links, the active suggestion.
 * @cssprop --dvc-color-focus - The focus ring.
 * @cssprop --dvc-color-border - Field, checkbox and card borders.
 * @cssprop --dvc-color-surface-alt - The filter panel and the detail's background.
 * @cssprop --dvc-radius - Corner radius.
 * @cssprop --dvc-space - The spacing unit.
 */
export class DvcProcedureSearch extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    src: {},
    backend: { attribute: false },
    procedures: { attribute: false },
    query: {},
    province: {},
    pageSize: { attribute: 'page-size', noAccessor: true },
    worker: { noAccessor: true },
    filters: { noAccessor: true },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    label: {},
    _status: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _result: { state: true, attribute: false },
    _facets: { state: true, attribute: false },
    _busy: { state: true, attribute: false },
    _suggestions: { state: true, attribute: false },
    _open: { state: true, attribute: false },
    _active: { state: true, attribute: false },
    _page: { state: true, attribute: false },
    _detail: { state: true, attribute: false },
    _expanded: { state: true, attribute: false },
    _filtersOpen: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _help: { state: true, attribute: false },
  };

  /** URL of a JSON dataset: an array of procedure records (as `data/procedures.json`). Invalid records are left out and reported. */
  declare src: string;
  /** Search a server instead of a dataset: `searchProcedures` and `getProcedure`. Takes precedence over `src` and `procedures`. */
  declare backend: DvcBackend | undefined;
  /** Records to search, given directly instead of `src` (checked like a dataset). */
  declare procedures: readonly unknown[] | undefined;
  /** The search text. Setting it searches; it follows what the citizen types. */
  declare query: string;
  /** A province code (`01`): its own procedures are listed with the national ones. */
  declare province: string;
  /** Keeps the search in the page URL, with Back and Forward restoring it. */
  declare syncUrl: boolean;
  /** The field's visible label; "Tìm thủ tục hành chính" / "Find a procedure" by default. */
  declare label: string;

  /** Results per page, 1–100 (default 10). An invalid value is reported and the last good one kept. */
  get pageSize(): number {
    return this._pageSize;
  }
  set pageSize(value: number | string | null | undefined) {
    const next = value === null || value === undefined || value === '' ? DEFAULT_PAGE_SIZE : Number(value);
    if (!Number.isInteger(next) || next < 1 || next > MAX_PAGE_SIZE) {
      this.reportInvalidAttribute('page-size', value);
      return;
    }
    const old = this._pageSize;
    this._pageSize = next;
    this.requestUpdate('pageSize', old);
  }

  /**
   * Where a dataset (`src`, `procedures`) is indexed and searched: `auto` (default) in a Web
   * Worker from 5,000 records on, so typing never waits for the search; `on` always
   * in a worker; `off` on the page. Without a usable worker (a Content-Security-Policy that
   * forbids it, a bundle copied without its worker file) searching stays on the page, built in
   * short slices. An invalid value is reported and the last good one kept.
   */
  get worker(): WorkerChoice {
    return this._worker;
  }
  set worker(value: WorkerChoice | string | null | undefined) {
    const next = value === null || value === undefined || value === '' ? 'auto' : value;
    if (!isWorkerChoice(next)) {
      this.reportInvalidAttribute('worker', value);
      return;
    }
    const old = this._worker;
    this._worker = next;
    this.requestUpdate('worker', old);
  }

  /**
   * The selected filters: values per field (`sector`, `level`, `online` as `"true"`/`"false"`,
   * `agency`, `subjects`). Follows the citizen's choices; setting it (an object, or JSON in the
   * attribute) searches. An invalid value is reported and the last good one kept.
   */
  get filters(): SelectedFilters {
    return structuredClone(this._filters);
  }
  set filters(value: SelectedFilters | string | null | undefined) {
    let parsed: unknown = value ?? {};
    if (typeof parsed === 'string') {
      try {
        parsed = parsed.trim() === '' ? {} : JSON.parse(parsed);
      } catch {
        this.reportInvalidAttribute('filters', value);
        return;
      }
    }
    if (!isSelectedFilters(parsed)) {
      this.reportInvalidAttribute('filters', value);
      return;
    }
    const old = this._filters;
    this._filters = normalizeFilters(parsed);
    this.requestUpdate('filters', old);
  }

  declare private _status: 'idle' | 'loading' | 'ready' | 'error';
  declare private _failure: Failure | null;
  /** The last completed search. */
  declare private _result: ProcedureSearchResult | null;
  /** The filters' counts shown: the last result's, a frame later after typing. */
  declare private _facets: ProcedureSearchResult['facets'] | null;
  /** A search is on its way. */
  declare private _busy: boolean;
  declare private _suggestions: ProcedureSearchHit[];
  /** The suggestion list is shown. */
  declare private _open: boolean;
  /** The suggestion the arrow keys are on; -1 for none. */
  declare private _active: number;
  /** From 1. */
  declare private _page: number;
  /** The procedure whose detail is shown. */
  declare private _detail: Procedure | null;
  /** Filters showing all their options. */
  declare private _expanded: ReadonlySet<FilterField>;
  /** The filter panel, on narrow screens. */
  declare private _filtersOpen: boolean;
  declare private _announcement: string;
  declare private _help: Help | null;

  private _pageSize = DEFAULT_PAGE_SIZE;
  private _worker: WorkerChoice = 'auto';
  private _filters: SelectedFilters = {};
  private _source: Promise<SearchSource> | undefined;
  /** The source has answered once (so a failure is a search's, not the load's). */
  private _sourceReady = false;
  private _sourceGeneration = 0;
  /** Stamp of the latest search; an older one's answer is dropped. */
  private _sequence = 0;
  private _abort: AbortController | undefined;
  private _detailAbort: AbortController | undefined;
  /** The state (source, query, filters, province, page size, page) the latest search was for. */
  private _requestedKey = '';
  private _lastRequest: SearchProceduresRequest | undefined;
  private _lastFilters: SelectedFilters = {};
  /** A typing search waits for a pause. */
  private _typingTimer: ReturnType<typeof setTimeout> | undefined;
  private _suggestTimer: ReturnType<typeof setTimeout> | undefined;
  private _suggestAbort: AbortController | undefined;
  /** The query the shown suggestions are for. */
  private _suggestedQuery = '';
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** What to focus once rendered (a selector in the shadow root). */
  private _focusNext: string | null = null;
  /** The procedure to open once the source is ready (from the URL). */
  private _pendingProcedure: string | null = null;
  /** Whether opening it moves focus (after Back/Forward, not when the page loads). */
  private _focusPending = false;
  /** The code of the result whose detail was opened, to return focus to it. */
  private _openedFrom: string | null = null;
  private _urlRead = false;
  /** The views' styles are adopted by this element's shadow root. */
  private _viewStyles = false;
  private _listening = false;
  private readonly _optionIds = new Map<string, string>();
  private readonly _prefix = `dvc-ps-${++instances}`;

  constructor() {
    super();
    this.src = '';
    this.backend = undefined;
    this.procedures = undefined;
    this.query = '';
    this.province = '';
    this.syncUrl = false;
    this.label = '';
    this._status = 'idle';
    this._failure = null;
    this._result = null;
    this._facets = null;
    this._busy = false;
    this._suggestions = [];
    this._open = false;
    this._active = -1;
    this._page = 1;
    this._detail = null;
    this._expanded = new Set();
    this._filtersOpen = false;
    this._announcement = '';
    this._help = null;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    void errorMessagesReady();
    if (!this.hasUpdated) return;
    this._listenToHistory(this.syncUrl);
    // A search cut short by the disconnection runs again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._listenToHistory(false);
    this._abort?.abort();
    this._detailAbort?.abort();
    clearTimeout(this._typingTimer);
    this._typingTimer = undefined;
    this._stopSuggesting();
    clearTimeout(this._announceTimer);
    // A search cut short here runs again on reconnection.
    this._requestedKey = '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Before the views first render here: their rules join the element's.
    if (views && !this._viewStyles && this.shadowRoot) {
      this._viewStyles = true;
      views.adoptViewStyles(this.shadowRoot);
    }
    if (!this.hasUpdated || changed.has('src') || changed.has('backend') || changed.has('procedures') || changed.has('worker'))
      this._connectSource();
    if (changed.has('province') && this.province && !PROVINCE.test(this.province)) this.reportInvalidAttribute('province', this.province);
    if (changed.has('syncUrl')) {
      this._listenToHistory(this.syncUrl);
      if (this.syncUrl && !this._urlRead) this._readUrl();
    }
    // The page changed a property the search depends on: search again, from page 1.
    if (this._typingTimer === undefined && this.isConnected && this._key() !== this._requestedKey) {
      const last = this._lastRequest;
      const next = this._request();
      if (
        last !== undefined &&
        (last.query !== next.query ||
          !filtersEqual(this._filters, this._lastFilters) ||
          last.province !== next.province ||
          last.pageSize !== next.pageSize)
      )
        this._page = 1;
      void this._search('program');
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // A target that is not rendered yet (the results after a retry) is focused when it is.
    const target = this._focusNext ? this.renderRoot.querySelector<HTMLElement>(this._focusNext) : null;
    if (target) {
      this._focusNext = null;
      target.focus();
    }
    if (changed.has('_active') && this._active >= 0)
      this.renderRoot.querySelector(`#${this._prefix}-suggestion-${this._active}`)?.scrollIntoView({ block: 'nearest' });
  }

  // ---- event handlers ----------------------------------------------------------------------

  private readonly _onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this._closeDetail({ focus: false, push: false });
    this._page = 1;
    this._active = -1;
    if (this.query.trim() === '') this._open = false;
    this._schedule();
  };

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    const count = this._suggestions.length;
    const canOpen = count > 0 && this.query.trim() !== '';
    switch (event.key) {
      case 'ArrowDown':
        if (!canOpen) return;
        event.preventDefault();
        if (!this._open) {
          this._open = true;
          this._active = event.altKey ? -1 : 0;
        } else if (!event.altKey) this._active = (this._active + 1) % count;
        return;
      case 'ArrowUp':
        if (!canOpen) return;
        event.preventDefault();
        if (!this._open) {
          this._open = true;
          this._active = count - 1;
        } else this._active = this._active <= 0 ? count - 1 : this._active - 1;
        return;
      case 'Enter':
        if (this._open && this._active >= 0 && this._active < count) {
          event.preventDefault();
          this._pick(this._suggestions[this._active]);
        }
        // Otherwise the form submits.
        return;
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          event.stopPropagation();
          this._close();
        } else if (this.query !== '') {
          event.preventDefault();
          event.stopPropagation();
          this.query = '';
          this._page = 1;
          void this._search('typing');
        }
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text; the highlighted suggestion is let go.
        this._active = -1;
        return;
    }
  };

  private readonly _onBlur = (): void => this._close();

  private readonly _onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this._close();
    this._page = 1;
    this._closeDetail({ focus: false, push: false });
    void this._search('submit');
  };

  /** Keeps focus in the field while a suggestion is clicked. */
  private readonly _onListMouseDown = (event: MouseEvent): void => event.preventDefault();

  private readonly _onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    if (option && this._suggestions[index]) this._pick(this._suggestions[index]);
  };

  private readonly _onFilterChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.dataset.field as FilterField;
    this._applyFilters(withValue(this._filters, field, input.value, input.checked));
  };

  private readonly _onRemoveFilter = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const index = Number(button.dataset.index);
    const applied = appliedFilters(this._filters);
    const [field, value] = applied[index];
    const left = applied.length - 1;
    // The button goes: focus the one that takes its place, else the one before, else the results' heading.
    this._focusNext = left === 0 ? '#results-heading' : `[data-remove-index="${Math.min(index, left - 1)}"]`;
    this._applyFilters(withValue(this._filters, field, value, false));
  };

  private readonly _onClearFilters = (): void => {
    this._focusNext = '#results-heading';
    this._applyFilters({});
  };

  private readonly _onToggleFacet = (event: Event): void => {
    const field = (event.currentTarget as HTMLElement).dataset.field as FilterField;
    const expanded = new Set(this._expanded);
    if (expanded.has(field)) expanded.delete(field);
    else expanded.add(field);
    this._expanded = expanded;
  };

  private readonly _onToggleFilters = (): void => {
    this._filtersOpen = !this._filtersOpen;
  };

  private readonly _onOpenResult = (event: Event): void => {
    const code = (event.currentTarget as HTMLElement).dataset.code;
    const hit = this._result?.items.find(({ procedure }) => procedure.code === code);
    if (hit) this._openDetail(hit.procedure, { push: true });
  };

  private readonly _onBack = (): void => this._closeDetail({ focus: true, push: true });

  private readonly _onChoose = (): void => {
    const procedure = this._detail;
    if (!procedure) return;
    this.session.selectProcedure(structuredClone(procedure));
    this.emit('dvc-procedure-select', { procedure: structuredClone(procedure) });
    this._say(msg(str`Đã chọn thủ tục: ${procedure.name}.`, { id: 'procedure-search.chosen-announcement' }));
  };

  private readonly _onPage = (event: Event): void => {
    const page = Number((event.currentTarget as HTMLElement).dataset.page);
    if (!Number.isInteger(page) || page < 1 || page === this._page) return;
    this._page = page;
    this._focusNext = '#results-heading';
    void this._search('page');
  };

  private readonly _onBrowseSector = (event: Event): void => {
    const sector = (event.currentTarget as HTMLElement).dataset.value ?? '';
    this.query = '';
    this._focusNext = '#results-heading';
    this._applyFilters({ sector: [sector] });
  };

  private readonly _onRetry = (): void => {
    const failure = this._failure;
    if (!failure) return;
    this._focusNext = '#results-heading';
    if (failure.during === 'detail' && this._pendingProcedure) {
      this._failure = null;
      this._focusPending = true;
      void this._openPending();
      return;
    }
    if (failure.during === 'load') this._connectSource();
    void this._search('retry');
  };

  private readonly _onPopState = (): void => {
    const state = readUrlState(location.href);
    if (state.query !== this.query || !filtersEqual(state.filters, this._filters) || state.page !== this._page) {
      this.query = state.query;
      const old = this._filters;
      this._filters = state.filters;
      this.requestUpdate('filters', old);
      this._page = state.page;
      void this._search('history');
    }
    const open = this._detail?.code ?? null;
    if (state.procedure === open) return;
    if (state.procedure) {
      this._pendingProcedure = state.procedure;
      this._focusPending = true;
      void this._openPending();
    } else this._closeDetail({ focus: true, push: false });
  };

  // ---- public methods ----------------------------------------------------------------------

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    const input = this._input;
    if (input) input.focus(options);
    else super.focus(options);
  }

  // ---- private helpers ---------------------------------------------------------------------

  private get _input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#search-input') ?? null;
  }

  private _request(): SearchProceduresRequest {
    const request: SearchProceduresRequest = {
      query: this.query.trim().slice(0, MAX_QUERY),
      filters: toRequestFilters(this._filters),
      page: this._page,
      pageSize: this._pageSize,
    };
    if (PROVINCE.test(this.province)) request.province = this.province;
    return request;
  }

  private _key(): string {
    return JSON.stringify([this._sourceGeneration, this._request(), this._filters]);
  }

  /** Picks the source from `backend`, `procedures` or `src`; a dataset starts loading now. */
  private _connectSource(): void {
    this._sourceGeneration += 1;
    const generation = this._sourceGeneration;
    this._sourceReady = false;
    this._failure = null;
    this._result = null;
    this._facets = null;
    this._help = null;
    let source: Promise<SearchSource> | undefined;
    if (this.backend) source = Promise.resolve(backendSource(this.backend));
    else if (Array.isArray(this.procedures)) {
      const records = this.procedures;
      const thread = THREADS[this._worker];
      source = loadDatasets().then(async ({ datasetOf }) => this._useDataset(await datasetOf(records, thread), 'procedures'));
    } else if (this.src) {
      const src = this.src;
      const thread = THREADS[this._worker];
      // Until that code is in, the records are fetched alongside it.
      if (!datasets) prefetchRecords(new URL(src, document.baseURI).href);
      source = loadDatasets().then(async ({ loadDataset }) => this._useDataset(await loadDataset(src, thread), 'src'));
    }
    if (source) source = withViews(source);
    this._source = source;
    this._status = source ? 'loading' : 'idle';
    source?.then(
      () => {
        if (generation === this._sourceGeneration && !this.backend) this._sourceReady = true;
      },
      () => {
        // The search that awaits it reports the failure.
      },
    );
  }

  private _useDataset(dataset: Dataset, field: 'src' | 'procedures'): SearchSource {
    if (dataset.invalid.length > 0) {
      const count = dataset.invalid.length;
      console.warn(
        `dvc-elements: <${this.localName}> left out ${count} invalid procedure record(s) of its ${field === 'src' ? `dataset ${this.src}` : 'procedures'}, at positions`,
        dataset.invalid.slice(0, 20),
      );
      this.emitError(
        'invalid-input',
        msg(str`${count} thủ tục trong dữ liệu không hợp lệ nên đã được bỏ qua.`, { id: 'procedure-search.invalid-records' }),
        field,
      );
    }
    return localSource(dataset);
  }

  /**
   * After a keystroke: suggestions after a short pause (from a dataset), the results after a
   * longer one. A search still on its way is for a query that has changed: it is dropped.
   */
  private _schedule(): void {
    this._stopSuggesting();
    clearTimeout(this._typingTimer);
    if (this._source) {
      this._sequence += 1;
      this._abort?.abort();
      this._busy = true;
    }
    if (!this.backend)
      this._suggestTimer = setTimeout(() => {
        this._suggestTimer = undefined;
        void this._suggest();
      }, SUGGEST_DELAY);
    this._typingTimer = setTimeout(
      () => {
        this._typingTimer = undefined;
        void this._search('typing');
      },
      this.backend ? TYPING_DELAY_BACKEND : RESULTS_DELAY,
    );
  }

  /** The suggestions alone for what is typed: a search for a handful of records, rendered at once. */
  private async _suggest(): Promise<void> {
    const pending = this._source;
    const request = { ...this._request(), page: 1, pageSize: SUGGESTIONS };
    if (!pending || request.query === '') return;
    const controller = new AbortController();
    this._suggestAbort = controller;
    let result: ProcedureSearchResult;
    try {
      result = await (await pending).search(request, controller.signal);
    } catch {
      // The results search that follows reports any failure.
      return;
    }
    if (controller.signal.aborted || !this._fieldFocused()) return;
    this._showSuggestions(result.items, request.query);
  }

  private _stopSuggesting(): void {
    clearTimeout(this._suggestTimer);
    this._suggestTimer = undefined;
    this._suggestAbort?.abort();
  }

  /** Shows `hits` as the suggestions; the arrow keys' place is kept while the list stays the same. */
  private _showSuggestions(hits: readonly ProcedureSearchHit[], query: string): void {
    const next = hits.slice(0, SUGGESTIONS);
    const same =
      next.length === this._suggestions.length &&
      next.every(({ procedure }, at) => procedure.code === this._suggestions[at].procedure.code);
    this._suggestions = next;
    this._suggestedQuery = query;
    this._open = next.length > 0;
    if (!same) this._active = -1;
  }

  private async _search(origin: Origin): Promise<void> {
    clearTimeout(this._typingTimer);
    this._typingTimer = undefined;
    this._stopSuggesting();
    this._requestedKey = this._key();
    const pending = this._source;
    if (!pending) return;
    const request = this._request();
    this._lastRequest = request;
    this._lastFilters = this._filters;
    const sequence = ++this._sequence;
    this._abort?.abort();
    const controller = new AbortController();
    this._abort = controller;
    this._busy = true;
    let source: SearchSource;
    let result: ProcedureSearchResult;
    try {
      source = await pending;
      if (sequence !== this._sequence) return;
      result = await source.search(request, controller.signal);
    } catch (error) {
      if (sequence !== this._sequence || controller.signal.aborted) return;
      this._busy = false;
      this._fail(toDvcError(error).code, this._sourceReady ? 'search' : 'load');
      return;
    }
    if (sequence !== this._sequence) return;
    const lastPage = Math.max(1, Math.ceil(result.total / this._pageSize));
    if (this._page > lastPage) {
      // Past the end (an old link, fewer results now): show the last page instead.
      this._page = lastPage;
      void this._search(origin === 'history' ? 'history' : 'program');
      return;
    }
    this._busy = false;
    this._sourceReady = true;
    this._status = 'ready';
    if (this._failure?.during !== 'detail') this._failure = null;
    this._result = result;
    if (origin === 'typing') this._showFacetsAfterFrame(result);
    else this._facets = result.facets;
    this._help = null;
    this._followSuggestions(origin, request.query, result);
    this.emit('dvc-search', { query: request.query, filters: this.filters as Record<string, string[]>, total: result.total });
    this._announceCount(origin);
    this._writeUrl(origin === 'typing' || origin === 'program' ? 'replace' : origin === 'history' ? 'none' : 'push');
    if (this._pendingProcedure && !this._detail) void this._openPending();
    if (result.total === 0) void this._findHelp(request, source);
  }

  /**
   * After typing, the filters' counts follow the new results a frame later, so laying them out is
   * two short frames' work instead of one long one. A timer stands in for the frame in a
   * background tab, which gets none.
   */
  private _showFacetsAfterFrame(result: ProcedureSearchResult): void {
    const show = () => {
      clearTimeout(timer);
      if (this._result === result) this._facets = result.facets;
    };
    const timer = setTimeout(show, FACETS_FALLBACK_DELAY);
    requestAnimationFrame(() => setTimeout(show));
  }

  private _fail(code: DvcErrorCode, during: Failure['during']): void {
    const failure = (this._failure = { code, during });
    // After "Try again" failed again, focus goes back to the new "Try again".
    if (this._focusNext === '#results-heading') this._focusNext = '.error button';
    if (during === 'load') this._status = 'error';
    // Shown and told once its words are in: renders and `updateComplete` wait for them.
    this.pendingChecks.track(
      errorMessagesReady().then(() => {
        if (this._failure === failure) this.emitError(code, this._failureText(failure));
      }),
    );
  }

  /** Suggestions follow typing while the field has focus; any other search closes them. */
  private _followSuggestions(origin: Origin, query: string, result: ProcedureSearchResult): void {
    if (origin === 'typing' && query !== '' && this._fieldFocused()) {
      // Those already shown for this query stay as they are: the arrow keys' place, or closed by Escape.
      if (this._suggestedQuery !== query) this._showSuggestions(result.items, query);
    } else if (origin !== 'typing' || query === '') {
      this._close();
      if (query === '') {
        this._suggestions = [];
        this._suggestedQuery = '';
      }
    }
  }

  private _pick(hit: ProcedureSearchHit): void {
    this.query = hit.procedure.name;
    this._closeDetail({ focus: false, push: false });
    this._close();
    this._page = 1;
    void this._search('submit');
  }

  private _close(): void {
    this._open = false;
    this._active = -1;
  }

  private _applyFilters(filters: SelectedFilters): void {
    const old = this._filters;
    this._filters = normalizeFilters(filters);
    this.requestUpdate('filters', old);
    this._page = 1;
    void this._search('filter');
  }

  private _fieldFocused(): boolean {
    const input = this._input;
    return input !== null && this.shadowRoot?.activeElement === input;
  }

  /**
   * The count, said about a second after the last change, and only if the citizen is still there:
   * in the field for typing, anywhere in the element for filters and submits. Searches the page
   * started, Back/Forward and paging (which moves focus to the results' heading) say nothing.
   */
  private _announceCount(origin: Origin): void {
    if (origin === 'program' || origin === 'history' || origin === 'page') return;
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      const active = this.shadowRoot?.activeElement ?? null;
      const present = origin === 'typing' ? active !== null && active === this._input : active !== null;
      if (!present || !this._result) return;
      this._announcement = this._countText(this._result.total);
    }, ANNOUNCE_DELAY);
  }

  /** Says `text` now (after emptying the region, so a repeat is read again). */
  private _say(text: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      this._announcement = text;
    }, 100);
  }

  private _countText(total: number): string {
    if (total === 0) return msg('Không tìm thấy thủ tục nào phù hợp.', { id: 'procedure-search.found-none' });
    if (total === 1) return msg('Tìm thấy 1 thủ tục.', { id: 'procedure-search.found-one' });
    const count = this._number(total);
    return msg(str`Tìm thấy ${count} thủ tục.`, { id: 'procedure-search.found-many' });
  }

  private _number(value: number): string {
    const locale = this.locale;
    let format = numberFormats.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
      numberFormats.set(locale, format);
    }
    return format.format(value);
  }

  private _pageCount(): number {
    return Math.max(1, Math.ceil((this._result?.total ?? 0) / this._pageSize));
  }

  private _openDetail(procedure: Procedure, { push }: { push: boolean }): void {
    this._detail = procedure;
    this._openedFrom = procedure.code;
    this._pendingProcedure = null;
    this._close();
    this._focusNext = '#detail-heading';
    if (push) this._writeUrl('push');
  }

  private _closeDetail({ focus, push = true }: { focus: boolean; push?: boolean }): void {
    if (!this._detail) return;
    const code = this._openedFrom ?? this._detail.code;
    this._detail = null;
    this._pendingProcedure = null;
    if (focus) {
      const onPage = this._result?.items.some(({ procedure }) => procedure.code === code);
      this._focusNext = onPage ? `[data-code="${CSS.escape(code)}"]` : '#results-heading';
    }
    if (push) this._writeUrl('push');
  }

  /** Opens the procedure the URL names, once the source can look it up. */
  private async _openPending(): Promise<void> {
    const code = this._pendingProcedure;
    if (!code || !this._source) return;
    this._detailAbort?.abort();
    const controller = new AbortController();
    this._detailAbort = controller;
    try {
      const source = await this._source;
      const procedure = await source.get(code, controller.signal);
      if (controller.signal.aborted || this._pendingProcedure !== code) return;
      if (this._failure?.during === 'detail') this._failure = null;
      this._openDetail(procedure, { push: false });
      if (!this._focusPending) this._focusNext = null;
    } catch (error) {
      if (controller.signal.aborted || this._pendingProcedure !== code) return;
      const failure = toDvcError(error).code;
      if (failure === 'not-found' || failure === 'invalid-input') {
        this._pendingProcedure = null;
        this._failure = { code: 'not-found', during: 'detail' };
        this.emitError('not-found', this._failureText(this._failure));
      } else this._fail(failure, 'detail');
    }
  }

  /** What the no-results view offers; found after the empty answer. */
  private async _findHelp(request: SearchProceduresRequest, source: SearchSource): Promise<void> {
    const sequence = this._sequence;
    try {
      const signal = this._abort?.signal ?? new AbortController().signal;
      const filtered = hasFilters(this._filters);
      const [withoutFilters, overview] = await Promise.all([
        filtered ? source.search({ ...request, filters: {}, page: 1, pageSize: 1 }, signal) : null,
        source.search({ query: '', page: 1, pageSize: 1, ...(request.province ? { province: request.province } : {}) }, signal),
      ]);
      if (sequence !== this._sequence) return;
      this._help = { withoutFilters: withoutFilters?.total ?? null, sectors: overview.facets.sector.slice(0, BROWSE_SECTORS) };
    } catch {
      // The help is a bonus: the tips and the hotline are shown without it.
    }
  }

  private _readUrl(): void {
    this._urlRead = true;
    if (typeof location === 'undefined' || !hasUrlState(location.href)) return;
    const state = readUrlState(location.href);
    this.query = state.query;
    this._filters = state.filters;
    this._page = state.page;
    this._pendingProcedure = state.procedure;
    this._focusPending = false;
  }

  private _writeUrl(mode: 'push' | 'replace' | 'none'): void {
    if (!this.syncUrl || mode === 'none' || typeof history === 'undefined') return;
    const href = writeUrlState(location.href, {
      query: this.query.trim(),
      filters: this._filters,
      page: this._page,
      procedure: this._detail?.code ?? null,
    });
    if (href === location.href) return;
    // The page's own history state (a router's) is kept on the entry.
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private _listenToHistory(on: boolean): void {
    if (on === this._listening || typeof window === 'undefined') return;
    this._listening = on;
    if (on) window.addEventListener('popstate', this._onPopState);
    else window.removeEventListener('popstate', this._onPopState);
  }

  private _optionId(field: FilterField, value: string): string {
    const key = `${field}\u0000${value}`;
    let id = this._optionIds.get(key);
    if (id === undefined) {
      id = `filter-${field}-${this._optionIds.size}`;
      this._optionIds.set(key, id);
    }
    return id;
  }

  private _labelText(): string {
    return this.label || msg('Tìm thủ tục hành chính', { id: 'procedure-search.label' });
  }

  private _failureText(failure: Failure): string {
    const title =
      failure.during === 'load'
        ? msg('Không tải được danh sách thủ tục.', { id: 'procedure-search.load-failed' })
        : failure.during === 'search'
          ? msg('Chưa tìm kiếm được.', { id: 'procedure-search.search-failed' })
          : msg('Không mở được thông tin thủ tục.', { id: 'procedure-search.detail-failed' });
    let reason: string;
    if (failure.during === 'detail' && failure.code === 'not-found')
      reason = msg('Không tìm thấy thủ tục này; có thể mã thủ tục đã thay đổi.', { id: 'procedure-search.detail-not-found' });
    else if (failure.code === 'network' || failure.code === 'timeout' || failure.code === 'rate-limited')
      reason = backendErrorMessage(failure.code);
    else
      reason = msg(str`Vui lòng thử lại sau ít phút. Nếu vẫn không được, hãy gọi tổng đài ${HOTLINE}.`, {
        id: 'procedure-search.try-later',
      });
    return `${title} ${reason}`;
  }

  // ---- rendering ---------------------------------------------------------------------------

  // The suggestions take clicks only: their keys (arrows, Enter, Escape) go to the field, which
  // keeps focus and points at the highlighted one with aria-activedescendant (ARIA 1.2 combobox).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  private _renderForm() {
    const open = this._open && this._suggestions.length > 0;
    const active = open && this._active >= 0 ? `${this._prefix}-suggestion-${this._active}` : nothing;
    return html`
      <form part="form" class="search" role="search" @submit=${this._onSubmit}>
        <label part="label" class="label" id="search-label" for="search-input">${this._labelText()}</label>
        <p class="hint" id="search-hint">
          ${msg('Nhập tên hoặc mã thủ tục, ví dụ: đăng ký tạm trú, 1.001193.', { id: 'procedure-search.hint' })}
        </p>
        <div class="row">
          <div class="combo">
            <input
              id="search-input"
              part="input"
              type="text"
              role="combobox"
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              enterkeyhint="search"
              aria-labelledby="search-label"
              aria-autocomplete="list"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="suggestions"
              aria-activedescendant=${active}
              aria-describedby="search-hint"
              .value=${live(this.query)}
              @input=${this._onInput}
              @keydown=${this._onKeyDown}
              @blur=${this._onBlur}
            />
            <ul
              id="suggestions"
              part="suggestions"
              class="listbox suggestions"
              role="listbox"
              aria-label=${msg('Gợi ý thủ tục', { id: 'procedure-search.suggestions' })}
              ?hidden=${!open}
              @mousedown=${this._onListMouseDown}
              @click=${this._onListClick}
            >
              ${
                open
                  ? this._suggestions.map(
                      ({ procedure, highlights }, index) =>
                        html`<li
                          id="${this._prefix}-suggestion-${index}"
                          role="option"
                          data-index=${index}
                          aria-selected=${index === this._active ? 'true' : 'false'}
                          class="option ${index === this._active ? 'active' : ''}"
                        >
                          <span class="option-name">${highlighted(procedure.name, highlights)}</span>
                          <span class="option-code">${procedure.code}</span>
                        </li>`,
                    )
                  : nothing
              }
            </ul>
          </div>
          <button part="submit" class="submit" type="submit">
            <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"></circle>
              <path d="M12.6 12.6 17 17" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"></path>
            </svg>
            ${msg('Tìm kiếm', { id: 'procedure-search.submit' })}
          </button>
        </div>
      </form>
    `;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */

  private _renderFailure() {
    const failure = this._failure;
    if (!failure) return nothing;
    return html`<div part="error" class="failure">
      <p>${this._failureText(failure)}</p>
      ${
        failure.during === 'detail' && failure.code === 'not-found'
          ? nothing
          : html`<button type="button" class="secondary" @click=${this._onRetry}>
              ${msg('Thử lại', { id: 'procedure-search.retry' })}
            </button>`
      }
    </div>`;
  }

  /** The state and handlers the results are drawn from. */
  private _resultsView(result: ProcedureSearchResult): ResultsView {
    return {
      result,
      facets: this._facets,
      filters: this._filters,
      expanded: this._expanded,
      filtersOpen: this._filtersOpen,
      busy: this._busy,
      page: this._page,
      pageCount: this._pageCount(),
      query: this.query.trim(),
      help: this._help,
      number: (value) => this._number(value),
      optionId: (field, value) => this._optionId(field, value),
      onFilterChange: this._onFilterChange,
      onToggleFacet: this._onToggleFacet,
      onToggleFilters: this._onToggleFilters,
      onRemoveFilter: this._onRemoveFilter,
      onClearFilters: this._onClearFilters,
      onOpenResult: this._onOpenResult,
      onPage: this._onPage,
      onBrowseSector: this._onBrowseSector,
    };
  }

  private _renderBody() {
    // A result or a detail comes from the source, which is ready only once the views are in.
    if (this._detail && views) {
      const procedure = this._detail;
      const chosen = this.session.getState().procedure?.code === procedure.code;
      return views.renderDetail({ procedure, chosen, onBack: this._onBack, onChoose: this._onChoose });
    }
    if (this._status === 'idle' || this._status === 'error') return nothing;
    const result = this._result;
    if (!result || !views)
      return html`<p class="loading" aria-busy="true">
        <span class="spinner" aria-hidden="true"></span>${msg('Đang tải danh sách thủ tục…', { id: 'procedure-search.loading' })}
      </p>`;
    return views.renderResultsLayout(this._resultsView(result));
  }

  override render() {
    return html`
      <div part="base" class="base">
        ${this._renderForm()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
        <div class="alert" role="alert">${this._renderFailure()}</div>
        ${this._renderBody()}
      </div>
    `;
  }
}
