/**
 * The check of the applicant's answers against the dossier schema, the one the server uses.
 * Loaded apart from the flow: the schemas and zod are not needed until a dossier is filed.
 */
import { applicantSchema, type Applicant } from '../../core/schemas/dossier.js';
import { z } from '../../core/schemas/zod.js';

export type ApplicantCheck = { ok: true; applicant: Applicant } | { ok: false; issues: { field: string; code: string }[] };

export function checkApplicant(candidate: Record<string, string>): ApplicantCheck {
  const parsed = z.safeParse(applicantSchema, candidate);
  if (parsed.success) return { ok: true, applicant: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      code: typeof issue.message === 'string' ? issue.message : '',
    })),
  };
}
