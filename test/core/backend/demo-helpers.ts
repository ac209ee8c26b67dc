/** Shared set-up for the demo backend tests: a movable clock and ready-made registration requests. */
import type { DemoBackend } from '../../../src/core/backend/index.js';
import type { PhoneRegistration } from '../../../src/core/schemas/index.js';
import { DvcError } from '../../../src/core/errors.js';

export const START = Date.parse('2025-07-01T08:00:00.000Z');

export function createClock(start = START) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** A valid phone registration with a fresh captcha answered correctly. */
export async function phoneRegistration(backend: DemoBackend, overrides: Partial<PhoneRegistration> = {}): Promise<PhoneRegistration> {
  const captcha = await backend.getCaptcha();
  return {
    method: 'phone',
    subject: 'citizen',
    captchaId: captcha.id,
    captchaAnswer: backend.captchaAnswer(captcha.id) ?? '',
    idNumber: '001090012345',
    fullName: 'Nguyễn Văn An',
    birthDate: '15/05/1990',
    phone: '0912345678',
    ...overrides,
  };
}

/** The DvcError a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<DvcError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DvcError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
