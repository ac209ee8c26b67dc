/**
 * One table from error code to localized message, for identifiers (`phone.invalid`), backend
 * failures (`timeout`) and validity states, so the text follows the page language and never the
 * browser's.
 */
import { msg } from '@lit/localize';
import { errorMessages } from './messages/error-messages.js';
import { identifierMessages } from './messages/identifier-messages.js';
import { validityMessages } from './messages/validity-messages.js';

const table: Record<string, () => string> = { ...validityMessages, ...identifierMessages, ...errorMessages };

export function errorMessage(code: string): string {
  return (table[code] ?? (() => msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.fallback' })))();
}
