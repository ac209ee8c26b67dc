/**
 * Which procedures have an online form here, by code alone: a page that only asks (the service
 * flow choosing its confirm step) loads neither the forms nor zod.
 */

/** The national codes of the procedures with a form; `catalogue.ts` holds the forms themselves. */
export const DOSSIER_FORM_CODES: ReadonlySet<string> = new Set(['1.004194', '1.003677']);

/** The national code a provincial copy (`1.004194.H19`) shares its form with. */
export const nationalCode = (procedureCode: string): string => procedureCode.split('.').slice(0, 2).join('.');

/** Whether `procedureCode`, or the national procedure it is a copy of, has an online form. */
export const hasDossierForm = (procedureCode: string): boolean =>
  DOSSIER_FORM_CODES.has(procedureCode) || DOSSIER_FORM_CODES.has(nationalCode(procedureCode));
