/**
 * Messages for `parseDossierCode`'s error codes, apart from the other identifiers' messages: the
 * dossier-status element needs only these in its first load.
 */
import { msg } from '@lit/localize';
import type { IdentifierErrorCode } from '../../core/identifiers/codes.js';
import { templates as english } from '../generated/en/dossier-code-messages.js';
import { addTranslations } from '../locale.js';

addTranslations(english);

export type DossierCodeErrorCode = Extract<IdentifierErrorCode, `dossier-code.${string}`>;

export const dossierCodeMessages: Record<DossierCodeErrorCode, () => string> = {
  'dossier-code.required': () => msg('Vui lòng nhập mã hồ sơ.', { id: 'dossier-code.required' }),
  'dossier-code.format': () => msg('Mã hồ sơ không đúng định dạng, ví dụ 000.00.06.H56-231027-0361.', { id: 'dossier-code.format' }),
  'dossier-code.date': () => msg('Mã hồ sơ không hợp lệ: ngày trong mã hồ sơ không tồn tại.', { id: 'dossier-code.date' }),
};
