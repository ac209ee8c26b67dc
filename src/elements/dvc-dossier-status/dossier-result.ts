/**
 * The view of a shown dossier: its status, facts, what the citizen must do now and the timeline.
 * Loaded apart from the element, which needs none of it before the backend answers.
 */
import { html, nothing } from 'lit';
import type { Locale } from '../../core/session.js';
import { DOSSIER_STATUS } from '../../core/data/dossier-status.js';
import type { DossierAction } from '../../core/events.js';
import type { Dossier, DossierStep } from '../../core/schemas/dossier.js';
import { formatMoney } from '../../i18n/format.js';
import { formatClock, formatDay, formatInstant, formatInstantDay } from './dossier-dates.js';
import { nextStepText, resultText as text, statusName } from './dossier-result-text.js';

export { adoptResultStyles } from './dossier-result.styles.js';
export { backendErrorMessage } from '../../i18n/messages/error-messages.js';

/** What the element knows beside the dossier itself. */
export interface ResultView {
  /** Prefix of the ids inside the element. */
  id: string;
  locale: Locale;
  /** The procedure's name and code, or its code alone. */
  procedure: string;
  paymentUrl: string | null;
  supplementUrl: string | null;
  stale: boolean;
  checkedAt: Date | null;
  loading: boolean;
  onAction: (event: Event, action: DossierAction) => void;
  onRefresh: () => void;
}

/** The polite announcement of a new status. */
export const changedText = (dossier: Dossier): string => text.changed(statusName(dossier.status));

/** The polite announcement of a refresh that found nothing new. */
export const unchangedText = (): string => text.unchanged();

function renderAction(view: ResultView, action: DossierAction, label: string, url: string | null) {
  return url
    ? html`<a part="button" class="button primary" href=${url} @click=${(event: Event) => view.onAction(event, action)}>${label}</a>`
    : html`<button part="button" class="primary" type="button" @click=${(event: Event) => view.onAction(event, action)}>${label}</button>`;
}

function renderTodo(dossier: Dossier, view: ResultView) {
  const id = `${view.id}-todo`;
  let body;
  if (dossier.status === DOSSIER_STATUS.documentsRequested) {
    body = html`<p>${text.supplementIntro()}</p>
      <ul class="documents">
        ${(dossier.requestedDocuments ?? []).map((document) => html`<li>${document}</li>`)}
      </ul>
      ${renderAction(view, 'supplement-documents', text.supplement(), view.supplementUrl)}`;
  } else if (dossier.status === DOSSIER_STATUS.paymentRequested && dossier.totalAmount > 0) {
    body = html`<p>${text.payIntro(formatMoney(dossier.totalAmount, view.locale))}</p>
      ${renderAction(view, 'pay-fees', text.pay(), view.paymentUrl)}`;
  } else {
    body = html`<p>${nextStepText(dossier.status)}</p>`;
  }
  const asks = dossier.status === DOSSIER_STATUS.documentsRequested || dossier.status === DOSSIER_STATUS.paymentRequested;
  return html`<section part="todo" class="todo ${asks ? 'asks' : ''}" aria-labelledby=${id}>
    <h3 id=${id}>${text.todo()}</h3>
    ${body}
  </section>`;
}

function renderTimeline(history: readonly DossierStep[], view: ResultView) {
  if (history.length === 0) return nothing;
  const id = `${view.id}-history`;
  const last = history.length - 1;
  return html`<section class="history" aria-labelledby=${id}>
    <h3 id=${id}>${text.history()}</h3>
    <ol part="timeline" class="timeline">
      ${history.map(
        (step, index) =>
          html`<li class=${index === last ? 'current' : ''} aria-current=${index === last ? 'step' : nothing}>
            <span class="when">${formatInstant(step.at, view.locale)}</span>
            <span class="what"
              >${statusName(step.status)}${index === last ? html` <span class="tag">${text.current()}</span>` : nothing}</span
            >
            ${step.note ? html`<span class="note">${step.note}</span>` : nothing}
          </li>`,
      )}
    </ol>
  </section>`;
}

export function renderResult(dossier: Dossier, view: ResultView) {
  const statusId = `${view.id}-status`;
  return html`<section part="result" class="result" aria-labelledby=${statusId}>
    <h3 part="status" id=${statusId} class="status status-${dossier.status}" tabindex="-1">
      <span class="label">${text.status()}:</span> <span class="value">${statusName(dossier.status)}</span>
    </h3>
    <dl class="facts">
      <div>
        <dt>${text.dossier()}</dt>
        <dd class="code">${dossier.code}</dd>
      </div>
      <div>
        <dt>${text.procedure()}</dt>
        <dd>${view.procedure}</dd>
      </div>
      <div>
        <dt>${text.filedOn()}</dt>
        <dd>${formatInstantDay(dossier.createdAt, view.locale)}</dd>
      </div>
      ${
        dossier.dueDate
          ? html`<div>
              <dt>${text.dueOn()}</dt>
              <dd>${formatDay(dossier.dueDate)}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${renderTodo(dossier, view)} ${renderTimeline(dossier.history ?? [], view)}
    ${view.stale ? html`<p class="stale">${text.stale()}</p>` : nothing}
    <p class="checked">
      ${view.checkedAt ? html`<span>${text.checkedAt(formatClock(view.checkedAt, view.locale))}</span>` : nothing}
      <button part="button" class="secondary" type="button" aria-disabled=${view.loading ? 'true' : nothing} @click=${view.onRefresh}>
        ${text.refresh()}
      </button>
    </p>
  </section>`;
}
