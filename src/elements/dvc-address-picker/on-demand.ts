import { onDemand } from '../../core/on-demand.js';

/** Registers `<dvc-address-picker>` for a form that shows one, fetching it the first time. */
export const loadAddressPicker = onDemand(() => import('./define.js'));
