/**
 * What shows once a search has answered: the filter panel with its counts, the results with the
 * applied filters, the help when nothing is found, the page navigation, and one procedure's
 * detail. Loaded with the element's source (a dataset or a backend), which nothing is shown from
 * before it answers, so the element's first load is the search field alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Procedure, ProcedureLevel } from '../../core/schemas/procedure.js';
import type { ProcedureSearchHit, ProcedureSearchResult } from '../../core/schemas/procedure-search.js';
import { templates as english } from '../../i18n/generated/en/procedure-search-views.js';
import { addTranslations } from '../../i18n/locale.js';
import { highlighted } from './highlight.js';
import { HOTLINE, HOTLINE_TEL } from './hotline.js';
import {
  detailLabel,
  fieldLegend,
  levelLabel,
  notStated,
  onlineBadge,
  onlineDetail,
  provinceName,
  valueLabel,
} from './procedure-search-text.js';
import { appliedFilters, FILTER_FIELDS, hasFilters, type FilterField, type SelectedFilters } from './search-filters.js';

addTranslations(english);

export { adoptViewStyles } from './procedure-search-views.styles.js';

/** Options a long filter shows before "show all". */
const FACET_PREVIEW = 5;
/** Pages listed around the current one. */
const PAGE_WINDOW = 2;

/** The levels in the order their filter lists them: `PROCEDURE_LEVELS`, without loading the schema and zod. */
export const LEVEL_ORDER: readonly ProcedureLevel[] = ['Cấp bộ', 'Cấp tỉnh', 'Cấp xã', 'Cơ quan khác'];

/** What the no-results view offers: the count without filters, and sectors to browse. */
export interface Help {
  withoutFilters: number | null;
  sectors: { value: string; count: number }[];
}

type Handler = (event: Event) => void;

/** The element's state and handlers the results view is drawn from. */
export interface ResultsView {
  result: ProcedureSearchResult;
  /** The filters' counts shown (they may follow the results a frame later). */
  facets: ProcedureSearchResult['facets'] | null;
  filters: SelectedFilters;
  /** Filters showing all their options. */
  expanded: ReadonlySet<FilterField>;
  /** The filter panel, on narrow screens. */
  filtersOpen: boolean;
  /** A search is on its way. */
  busy: boolean;
  /** From 1. */
  page: number;
  pageCount: number;
  /** The search text, trimmed. */
  query: string;
  help: Help | null;
  number(value: number): string;
  /** A checkbox's id, the same for a value across renders. */
  optionId(field: FilterField, value: string): string;
  onFilterChange: Handler;
  onToggleFacet: Handler;
  onToggleFilters: Handler;
  onRemoveFilter: Handler;
  onClearFilters: Handler;
  onOpenResult: Handler;
  onPage: Handler;
  onBrowseSector: Handler;
}

export interface DetailView {
  procedure: Procedure;
  /** It is the session's chosen procedure. */
  chosen: boolean;
  onBack: Handler;
  onChoose: Handler;
}

/** A filter's options: its facet counts, selected values with none, in a stable order. */
function facetOptions(view: ResultsView, field: FilterField): { value: string; count: number }[] {
  const facets = view.facets;
  if (!facets) return [];
  const options =
    field === 'online'
      ? facets.online.map(({ value, count }) => ({ value: String(value), count })).sort((a, b) => (a.value < b.value ? 1 : -1))
      : facets[field].map(({ value, count }) => ({ value, count }));
  for (const value of view.filters[field] ?? []) if (!options.some((option) => option.value === value)) options.push({ value, count: 0 });
  if (field === 'level') {
    const rank = (value: string) => {
      const at = (LEVEL_ORDER as readonly string[]).indexOf(value);
      return at === -1 ? LEVEL_ORDER.length : at;
    };
    options.sort((a, b) => rank(a.value) - rank(b.value));
  }
  return options;
}

function renderFacet(view: ResultsView, field: FilterField) {
  const options = facetOptions(view, field);
  if (options.length === 0) return nothing;
  const selected = new Set(view.filters[field] ?? []);
  const expanded = view.expanded.has(field);
  const long = options.length > FACET_PREVIEW + 1;
  const shown = !long || expanded ? options : options.filter((option, index) => index < FACET_PREVIEW || selected.has(option.value));
  const listId = `facet-${field}`;
  return html`
    <fieldset class="facet">
      <legend>${fieldLegend(field)}</legend>
      <ul class="options" id=${listId}>
        ${repeat(
          shown,
          (option) => option.value,
          (option) => {
            const id = view.optionId(field, option.value);
            return html`<li class="check">
              <input
                type="checkbox"
                id=${id}
                data-field=${field}
                .value=${option.value}
                .checked=${live(selected.has(option.value))}
                @change=${view.onFilterChange}
              />
              <label for=${id}>${valueLabel(field, option.value)} <span class="count">(${view.number(option.count)})</span></label>
            </li>`;
          },
        )}
      </ul>
      ${
        long
          ? html`<button
              type="button"
              class="link more"
              data-field=${field}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${listId}
              @click=${view.onToggleFacet}
            >
              ${
                expanded
                  ? msg('Thu gọn', { id: 'procedure-search.show-fewer' })
                  : msg(str`Xem tất cả ${view.number(options.length)} lựa chọn`, { id: 'procedure-search.show-all' })
              }
            </button>`
          : nothing
      }
    </fieldset>
  `;
}

function renderFilters(view: ResultsView) {
  const applied = appliedFilters(view.filters).length;
  return html`
    <section part="filters" class="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" class="heading">${msg('Lọc kết quả', { id: 'procedure-search.filters-heading' })}</h2>
      <button
        type="button"
        class="secondary filters-toggle"
        aria-expanded=${view.filtersOpen ? 'true' : 'false'}
        aria-controls="filter-groups"
        @click=${view.onToggleFilters}
      >
        ${
          view.filtersOpen
            ? msg('Ẩn bộ lọc', { id: 'procedure-search.hide-filters' })
            : applied > 0
              ? msg(str`Hiện bộ lọc (đang dùng ${applied})`, { id: 'procedure-search.show-filters-applied' })
              : msg('Hiện bộ lọc', { id: 'procedure-search.show-filters' })
        }
      </button>
      <div id="filter-groups" class="groups ${view.filtersOpen ? 'open' : ''}">
        ${FILTER_FIELDS.map((field) => renderFacet(view, field))}
      </div>
    </section>
  `;
}

function renderApplied(view: ResultsView) {
  const applied = appliedFilters(view.filters);
  if (applied.length === 0) return nothing;
  return html`
    <div part="applied-filters" class="applied">
      <p id="applied-label" class="applied-label">${msg('Đang lọc theo:', { id: 'procedure-search.applied' })}</p>
      <ul class="chips" aria-labelledby="applied-label">
        ${applied.map(
          ([field, value], index) =>
            html`<li>
              <button type="button" class="chip" data-index=${index} data-remove-index=${index} @click=${view.onRemoveFilter}>
                <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                  <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"></path>
                </svg>
                ${msg(str`Bỏ lọc: ${valueLabel(field, value)}`, { id: 'procedure-search.remove-filter' })}
              </button>
            </li>`,
        )}
      </ul>
      <button type="button" class="link clear" @click=${view.onClearFilters}>
        ${msg('Bỏ tất cả bộ lọc', { id: 'procedure-search.clear-filters' })}
      </button>
    </div>
  `;
}

function renderHit(view: ResultsView, { procedure, highlights }: ProcedureSearchHit) {
  const levels = procedure.levels.map(levelLabel).join(', ');
  return html`<li part="result" class="result">
    <h3 class="result-title">
      <button type="button" class="link result-link" data-code=${procedure.code} @click=${view.onOpenResult}>
        ${highlighted(procedure.name, highlights)}
      </button>
    </h3>
    <dl class="meta">
      <div>
        <dt>${detailLabel('code')}:</dt>
        <dd class="code">${procedure.code}</dd>
      </div>
      ${
        levels
          ? html`<div>
              <dt>${detailLabel('levels')}:</dt>
              <dd>${levels}</dd>
            </div>`
          : nothing
      }
      ${
        procedure.agency
          ? html`<div class="agency">
              <dt>${detailLabel('agency')}:</dt>
              <dd>${procedure.agency}</dd>
            </div>`
          : nothing
      }
    </dl>
    <span class="badge ${procedure.online ? 'online' : ''}">${onlineBadge(procedure.online)}</span>
  </li>`;
}

function renderPagination(view: ResultsView) {
  const pages = view.pageCount;
  if (pages <= 1) return nothing;
  const current = Math.min(view.page, pages);
  const numbers: (number | null)[] = [];
  for (let page = 1; page <= pages; page += 1) {
    if (page === 1 || page === pages || Math.abs(page - current) <= PAGE_WINDOW) numbers.push(page);
    else if (numbers.at(-1) !== null) numbers.push(null);
  }
  return html`
    <nav part="pagination" class="pagination" aria-label=${msg('Phân trang kết quả', { id: 'procedure-search.pagination' })}>
      <ul>
        ${
          current > 1
            ? html`<li>
                <button type="button" class="page-step" data-page=${current - 1} @click=${view.onPage}>
                  <span aria-hidden="true">‹</span> ${msg('Trang trước', { id: 'procedure-search.previous' })}
                </button>
              </li>`
            : nothing
        }
        ${numbers.map((page) =>
          page === null
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  type="button"
                  class="page ${page === current ? 'current' : ''}"
                  data-page=${page}
                  aria-current=${page === current ? 'page' : nothing}
                  aria-label=${msg(str`Trang ${page}`, { id: 'procedure-search.page' })}
                  @click=${view.onPage}
                >
                  ${page}
                </button>
              </li>`,
        )}
        ${
          current < pages
            ? html`<li>
                <button type="button" class="page-step" data-page=${current + 1} @click=${view.onPage}>
                  ${msg('Trang sau', { id: 'procedure-search.next' })} <span aria-hidden="true">›</span>
                </button>
              </li>`
            : nothing
        }
      </ul>
    </nav>
  `;
}

function renderNoResults(view: ResultsView) {
  const query = view.query;
  const help = view.help;
  const filtered = hasFilters(view.filters);
  return html`
    <div part="no-results" class="no-results">
      <p class="no-results-title">
        ${
          query
            ? msg(str`Không tìm thấy thủ tục nào phù hợp với “${query}”.`, { id: 'procedure-search.none-for' })
            : msg('Không tìm thấy thủ tục nào phù hợp.', { id: 'procedure-search.found-none' })
        }
      </p>
      <p>${msg('Bạn có thể:', { id: 'procedure-search.tips-intro' })}</p>
      <ul class="tips">
        <li>${msg('kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ: dang ky tam tru);', { id: 'procedure-search.tip-spelling' })}</li>
        <li>${msg('dùng ít từ hơn, từ khác, hoặc nhập mã thủ tục;', { id: 'procedure-search.tip-words' })}</li>
        ${
          filtered
            ? html`<li>
                ${
                  help?.withoutFilters
                    ? msg(str`bỏ bớt bộ lọc: không lọc thì có ${view.number(help.withoutFilters)} thủ tục phù hợp;`, {
                        id: 'procedure-search.tip-filters-count',
                      })
                    : msg('bỏ bớt bộ lọc;', { id: 'procedure-search.tip-filters' })
                }
                <button type="button" class="link" @click=${view.onClearFilters}>
                  ${msg('Bỏ tất cả bộ lọc', { id: 'procedure-search.clear-filters' })}
                </button>
              </li>`
            : nothing
        }
        <li>
          ${msg('hoặc gọi tổng đài hỗ trợ Dịch vụ công (miễn phí):', { id: 'procedure-search.tip-hotline' })}
          <a href=${HOTLINE_TEL}>${HOTLINE}</a>.
        </li>
      </ul>
      ${
        help && help.sectors.length > 0
          ? html`<p id="browse-label">${msg('Hoặc xem thủ tục theo lĩnh vực:', { id: 'procedure-search.browse' })}</p>
              <ul class="chips" aria-labelledby="browse-label">
                ${help.sectors.map(
                  ({ value, count }) =>
                    html`<li>
                      <button type="button" class="secondary" data-value=${value} @click=${view.onBrowseSector}>
                        ${value} <span class="count">(${view.number(count)})</span>
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>
  `;
}

function renderResults(view: ResultsView) {
  const result = view.result;
  const pages = view.pageCount;
  const page = Math.min(view.page, pages);
  const total = view.number(result.total);
  return html`
    <section part="results" class="results" aria-labelledby="results-heading" aria-busy=${view.busy ? 'true' : 'false'}>
      <h2 id="results-heading" class="heading" tabindex="-1">
        ${
          page > 1
            ? msg(str`Kết quả tìm kiếm, trang ${page}`, { id: 'procedure-search.results-heading-page' })
            : msg('Kết quả tìm kiếm', { id: 'procedure-search.results-heading' })
        }
      </h2>
      <p class="summary">
        ${
          result.total === 0
            ? msg('Không có thủ tục nào.', { id: 'procedure-search.summary-none' })
            : result.total === 1
              ? msg('1 thủ tục', { id: 'procedure-search.summary-one' })
              : pages > 1
                ? msg(str`${total} thủ tục · trang ${page}/${pages}`, { id: 'procedure-search.summary-pages' })
                : msg(str`${total} thủ tục`, { id: 'procedure-search.summary' })
        }
      </p>
      ${renderApplied(view)}
      ${
        result.total === 0
          ? renderNoResults(view)
          : // Rows are patched in place, not keyed: a new search rewrites the text of the rows there
            // are instead of building new ones, which takes far less layout work.
            html`<ol class="list">
              ${result.items.map((hit) => renderHit(view, hit))}
            </ol>`
      }
      ${renderPagination(view)}
    </section>
  `;
}

export function renderDetail({ procedure, chosen, onBack, onChoose }: DetailView): TemplateResult {
  const rows: [string, TemplateResult | string][] = [
    [detailLabel('code'), html`<span class="code">${procedure.code}</span>`],
    [detailLabel('sector'), procedure.sector || notStated()],
    [detailLabel('agency'), procedure.agency || notStated()],
    [detailLabel('levels'), procedure.levels.map(levelLabel).join(', ') || notStated()],
    [detailLabel('online'), onlineDetail(procedure.online)],
    [
      detailLabel('subjects'),
      procedure.subjects.length
        ? html`<ul class="plain">
            ${procedure.subjects.map((subject) => html`<li>${subject}</li>`)}
          </ul>`
        : notStated(),
    ],
    [detailLabel('type'), procedure.type || notStated()],
    [
      detailLabel('locality'),
      procedure.locality ? provinceName(procedure.locality) : msg('Toàn quốc', { id: 'procedure-search.nationwide' }),
    ],
  ];
  return html`
    <section part="detail" class="detail" aria-labelledby="detail-heading">
      <button type="button" class="link back" @click=${onBack}>
        <span aria-hidden="true">‹</span> ${msg('Quay lại kết quả tìm kiếm', { id: 'procedure-search.back' })}
      </button>
      <h2 id="detail-heading" class="heading detail-heading" tabindex="-1">${procedure.name}</h2>
      <dl class="fields">
        ${rows.map(
          ([label, value]) =>
            html`<div class="field">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      <div class="actions">
        <button type="button" part="choose" class="primary" @click=${onChoose}>
          ${msg('Chọn thủ tục này', { id: 'procedure-search.choose' })}
        </button>
      </div>
      ${chosen ? html`<p class="chosen">${msg('Bạn đã chọn thủ tục này.', { id: 'procedure-search.chosen' })}</p>` : nothing}
    </section>
  `;
}

/** The filter panel beside the results. */
export const renderResultsLayout = (view: ResultsView): TemplateResult =>
  html`<div class="layout">${renderFilters(view)}${renderResults(view)}</div>`;
