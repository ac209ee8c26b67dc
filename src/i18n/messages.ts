/**
 * One lookup from error code to localized message, for identifiers (`phone.invalid`) and backend
 * failures (`timeout`), so the text follows the page language and never the browser's. Elements
 * that only meet backend failures import `backendErrorMessage` alone, to keep their bundles small.
 */
import { backendErrorMessage } from './messages/error-messages.js';
import { identifierMessages } from './messages/identifier-messages.js';

export function errorMessage(code: string): string {
  const identifier = (identifierMessages as Record<string, (() => string) | undefined>)[code];
  return identifier ? identifier() : backendErrorMessage(code);
}
