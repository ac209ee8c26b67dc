/**
 * The message for a failed connection, apart from the other failures' messages: an element that
 * fetches those on demand still has this one when the network is gone.
 */
import { msg } from '@lit/localize';
import { templates as english } from '../generated/en/network-message.js';
import { addTranslations } from '../locale.js';

addTranslations(english);

export const networkMessage = (): string =>
  msg('Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.', { id: 'error.network' });
