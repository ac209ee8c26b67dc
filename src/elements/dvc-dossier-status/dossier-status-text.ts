/** The element's wording before a dossier is shown, Vietnamese with English translations (ids `dossier-status.*`). */
import { msg } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/dossier-status-text.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export const text = {
  title: () => msg('Tra cứu tình trạng hồ sơ', { id: 'dossier-status.title' }),
  codeLabel: () => msg('Mã hồ sơ', { id: 'dossier-status.code-label' }),
  codeHint: () => msg('Mã hồ sơ có trên giấy biên nhận, ví dụ 000.00.06.H56-231027-0361.', { id: 'dossier-status.code-hint' }),
  lookUp: () => msg('Tra cứu', { id: 'dossier-status.look-up' }),
  loading: () => msg('Đang tải tình trạng hồ sơ…', { id: 'dossier-status.loading' }),
  notFound: () => msg('Không tìm thấy hồ sơ có mã này. Kiểm tra lại mã trên giấy biên nhận.', { id: 'dossier-status.not-found' }),
  noBackend: () => msg('Chưa cấu hình máy chủ (backend) để tra cứu hồ sơ.', { id: 'dossier-status.no-backend' }),
  retry: () => msg('Thử lại', { id: 'dossier-status.retry' }),
};
