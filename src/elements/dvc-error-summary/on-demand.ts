import { onDemand } from '../../core/on-demand.js';

/**
 * Registers `<dvc-error-summary>` for a form that lists its errors in one, fetching it the first
 * time: a form asks for it when it connects and waits for it before it first reports errors.
 */
export const loadErrorSummary = onDemand(() => import('./define.js'));

/** Settles once the summary is registered, or could not be: errors reported then reach it. */
export const errorSummaryReady = (): Promise<unknown> => loadErrorSummary().catch(() => undefined);
