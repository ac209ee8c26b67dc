/**
 * The procedures that have an online form here, apart from the form schemas so that a page can
 * ask whether a procedure has one without loading zod.
 */
import type { DossierForm } from './form-description.js';
import { nationalCode } from './form-codes.js';
import { TEMPORARY_ABSENCE_FORM } from './temporary-absence.js';
import { TEMPORARY_RESIDENCE_FORM } from './temporary-residence.js';

/** The procedures that have an online form here, by code. */
export const DOSSIER_FORMS: ReadonlyMap<string, DossierForm> = new Map(
  [TEMPORARY_RESIDENCE_FORM, TEMPORARY_ABSENCE_FORM].map((form) => [form.procedureCode, form]),
);

/** A procedure's online form; a provincial copy (`1.004194.H19`) uses the national one. */
export function dossierFormFor(procedureCode: string): DossierForm | undefined {
  return DOSSIER_FORMS.get(procedureCode) ?? DOSSIER_FORMS.get(nationalCode(procedureCode));
}
