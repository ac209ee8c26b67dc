/**
 * Which subjects may use which methods, which methods the wizard offers, and the steps each
 * method walks through. Plain data: no Lit, no DOM.
 */
import type { RegistrationMethod, Subject } from '../../core/events.js';

export const SUBJECTS: readonly Subject[] = ['citizen', 'enterprise', 'agency'];

/** Every method, in the order the portal lists them. */
export const ALL_METHODS: readonly RegistrationMethod[] = ['phone', 'bhxh', 'vnpost', 'usb-token', 'sim-ca', 'smartca', 'vneid'];

/** Methods this version of the wizard can carry to the end; others are never offered. */
export const IMPLEMENTED_METHODS: ReadonlySet<RegistrationMethod> = new Set(ALL_METHODS);

/**
 * Phone and BHXH are for citizens only; so is Vietnam Post (the portal's guide says "chỉ dành cho
 * công dân", and its request schema takes only `subject: 'citizen'`).
 */
export const CITIZEN_ONLY: ReadonlySet<RegistrationMethod> = new Set(['phone', 'bhxh', 'vnpost']);

export const subjectAllows = (subject: Subject, method: RegistrationMethod): boolean => subject === 'citizen' || !CITIZEN_ONLY.has(method);

export type StepId =
  'subject' | 'method' | 'certificate' | 'pin' | 'details' | 'otp' | 'email-link' | 'waiting' | 'password' | 'review' | 'done';

/** The first step of a method, after the subject and method questions. */
export const methodStart = (method: RegistrationMethod | null): StepId => (method === 'usb-token' ? 'certificate' : 'details');

/** Parses the `methods` attribute: the listed methods, or null when a name is unknown. */
export function parseMethods(value: string | null | undefined): RegistrationMethod[] | null {
  if (value === null || value === undefined || value.trim() === '') return [...ALL_METHODS];
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.length || names.some((name) => !(ALL_METHODS as readonly string[]).includes(name))) return null;
  return [...new Set(names)] as RegistrationMethod[];
}

/** The methods to offer a subject: asked for, usable by the subject, and implemented. */
export const offeredMethods = (methods: readonly RegistrationMethod[], subject: Subject | null): RegistrationMethod[] =>
  methods.filter((method) => IMPLEMENTED_METHODS.has(method) && (subject === null || subjectAllows(subject, method)));

/**
 * The numbered steps (the confirmation is not numbered). Every method but VNeID ends on check
 * answers; the signing methods reach it once the certificate was read, and register from it.
 */
export function stepsFor(options: {
  askSubject: boolean;
  askMethod: boolean;
  method: RegistrationMethod | null;
  activation?: 'sms' | 'email';
}): StepId[] {
  const steps: StepId[] = [];
  if (options.askSubject) steps.push('subject');
  if (options.askMethod) steps.push('method');
  if (options.method === 'vneid') return [...steps, 'details'];
  if (options.method === 'usb-token') return [...steps, 'certificate', 'pin', 'details', 'review'];
  if (options.method === 'sim-ca' || options.method === 'smartca') return [...steps, 'details', 'waiting', 'review'];
  steps.push('details', options.method === 'vnpost' && options.activation === 'email' ? 'email-link' : 'otp', 'password', 'review');
  return steps;
}
