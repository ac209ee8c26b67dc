/**
 * Where the journey stands, kept in sessionStorage so a reload or the round trips to VNeID and to
 * the payment provider come back to the same step: the step, the chosen procedure, the signed-in
 * account's public summary, the dossier code, the applicant's answers and the dossier's
 * idempotency key. Never a password, PIN, one-time code or captcha (the draft store refuses them).
 */
import { createDraftStore, type DraftStore } from '../../core/persist.js';
import type { AccountSummary } from '../../core/events.js';
import type { SessionProcedure } from '../../core/session.js';
import { isFlowStep, type FlowStep } from './flow-steps.js';

/** A journey is picked up again within this time; the payment provider's page may take a while. */
const MAX_AGE_MS = 2 * 60 * 60_000;

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
}

export interface FlowState {
  step: FlowStep | null;
  procedure: SessionProcedure | null;
  account: AccountSummary | null;
  dossierCode: string;
  /** Sent with `createDossier`, so submitting twice (or after a reload) files one dossier. */
  createKey: string;
  applicant: Applicant;
  paid: boolean;
  completed: boolean;
}

const emptyApplicant = (): Applicant => ({ fullName: '', idNumber: '', phone: '', email: '' });

export const initialFlowState = (): FlowState => ({
  step: null,
  procedure: null,
  account: null,
  dossierCode: '',
  createKey: '',
  applicant: emptyApplicant(),
  paid: false,
  completed: false,
});

const FIELDS = ['step', 'procedure', 'account', 'dossierCode', 'createKey', 'fullName', 'idNumber', 'phone', 'email', 'paid', 'completed'];

function parseObject<T>(text: unknown, valid: (value: Record<string, unknown>) => boolean): T | null {
  if (typeof text !== 'string' || text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && valid(value as Record<string, unknown>) ? (value as T) : null;
  } catch {
    return null;
  }
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

export interface FlowStorage {
  load(): FlowState | null;
  save(state: FlowState): void;
  clear(): void;
}

export function createFlowStorage(key: string): FlowStorage {
  const drafts: DraftStore = createDraftStore({ key: `service-flow:${key}`, allow: FIELDS, maxAgeMs: MAX_AGE_MS });
  return {
    load() {
      const draft = drafts.load();
      if (!draft) return null;
      return {
        step: isFlowStep(draft.step) ? draft.step : null,
        procedure: parseObject(draft.procedure, (value) => typeof value.code === 'string' && typeof value.name === 'string'),
        account: parseObject(draft.account, (value) => typeof value.id === 'string' && typeof value.displayName === 'string'),
        dossierCode: asString(draft.dossierCode),
        createKey: asString(draft.createKey),
        applicant: {
          fullName: asString(draft.fullName),
          idNumber: asString(draft.idNumber),
          phone: asString(draft.phone),
          email: asString(draft.email),
        },
        paid: draft.paid === true,
        completed: draft.completed === true,
      };
    },
    save(state) {
      drafts.save({
        step: state.step ?? '',
        procedure: state.procedure ? JSON.stringify(state.procedure) : '',
        account: state.account ? JSON.stringify(state.account) : '',
        dossierCode: state.dossierCode,
        createKey: state.createKey,
        ...state.applicant,
        paid: state.paid,
        completed: state.completed,
      });
    },
    clear: () => drafts.clear(),
  };
}
