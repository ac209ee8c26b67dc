/**
 * A procedure's online form, fetched when a page shows it: each form is its own module, so a
 * page downloads only the form it shows, however many there are.
 */
import type { DossierForm } from './form-description.js';
import { nationalCode } from './form-codes.js';
import { onDemand } from '../on-demand.js';

/** The forms by national code (the same as `DOSSIER_FORM_CODES`). */
const FORMS: ReadonlyMap<string, () => Promise<DossierForm>> = new Map([
  ['1.004194', onDemand(() => import('./temporary-residence.js').then((module) => module.TEMPORARY_RESIDENCE_FORM))],
  ['1.003677', onDemand(() => import('./temporary-absence.js').then((module) => module.TEMPORARY_ABSENCE_FORM))],
]);

/**
 * A procedure's online form, undefined when it has none; a provincial copy (`1.004194.H19`) uses
 * the national one. Rejects with a `network` `DvcError` when the form cannot be fetched.
 */
export function loadDossierForm(procedureCode: string): Promise<DossierForm | undefined> {
  const load = FORMS.get(procedureCode) ?? FORMS.get(nationalCode(procedureCode));
  return load ? load() : Promise.resolve(undefined);
}
