/**
 * The messages an element has at hand without the others: a failed connection (when it cannot
 * fetch the rest, that is what failed) and a failure of no known kind.
 */
import { msg } from '@lit/localize';
import { templates as english } from '../generated/en/network-message.js';
import { addTranslations } from '../locale.js';

addTranslations(english);

export const networkMessage = (): string =>
  msg('Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.', { id: 'error.network' });

export const fallbackMessage = (): string => msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.fallback' });
