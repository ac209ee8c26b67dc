/**
 * The words for the fields of a procedure record and their values, in the page language: filter
 * legends, value labels ("Cấp xã" → "Commune level"), the online badge, detail labels. Values
 * that come from the dataset itself (sectors, agencies, subjects) are shown as published.
 */
import { msg } from '@lit/localize';
import { PROVINCES } from '../../core/data/provinces.js';
import { templates as english } from '../../i18n/generated/en/procedure-search-text.js';
import { addTranslations } from '../../i18n/locale.js';
import type { FilterField } from './search-filters.js';

addTranslations(english);

/** A filter's legend. */
export function fieldLegend(field: FilterField): string {
  switch (field) {
    case 'sector':
      return msg('Lĩnh vực', { id: 'procedure-search.field-sector' });
    case 'level':
      return msg('Cấp thực hiện', { id: 'procedure-search.field-level' });
    case 'online':
      return msg('Nộp hồ sơ trực tuyến', { id: 'procedure-search.field-online' });
    case 'agency':
      return msg('Cơ quan thực hiện', { id: 'procedure-search.field-agency' });
    case 'subjects':
      return msg('Đối tượng thực hiện', { id: 'procedure-search.field-subjects' });
  }
}

/** How a level from the dataset reads in the page language; an unknown one as it is. */
export function levelLabel(level: string): string {
  switch (level) {
    case 'Cấp bộ':
      return msg('Cấp bộ', { id: 'procedure-search.level-ministry' });
    case 'Cấp tỉnh':
      return msg('Cấp tỉnh', { id: 'procedure-search.level-province' });
    case 'Cấp xã':
      return msg('Cấp xã', { id: 'procedure-search.level-commune' });
    case 'Cơ quan khác':
      return msg('Cơ quan khác', { id: 'procedure-search.level-other' });
    default:
      return level;
  }
}

/** A filter value's label: levels and the online choice translated, other values as published. */
export function valueLabel(field: FilterField, value: string): string {
  if (field === 'level') return levelLabel(value);
  if (field === 'online')
    return value === 'true'
      ? msg('Có thể nộp trực tuyến', { id: 'procedure-search.online-yes' })
      : msg('Không nộp trực tuyến', { id: 'procedure-search.online-no' });
  return value;
}

/** The badge on a result. */
export const onlineBadge = (online: boolean): string =>
  online ? msg('Trực tuyến', { id: 'procedure-search.badge-online' }) : msg('Không trực tuyến', { id: 'procedure-search.badge-offline' });

/** The online field in the detail view. */
export const onlineDetail = (online: boolean): string =>
  online
    ? msg('Có: nộp hồ sơ trực tuyến toàn trình hoặc một phần', { id: 'procedure-search.detail-online-yes' })
    : msg('Không: nộp trực tiếp hoặc qua bưu chính', { id: 'procedure-search.detail-online-no' });

/** Labels of the detail view's fields. */
export function detailLabel(field: 'code' | 'name' | 'sector' | 'agency' | 'levels' | 'online' | 'subjects' | 'type' | 'locality'): string {
  switch (field) {
    case 'code':
      return msg('Mã thủ tục', { id: 'procedure-search.detail-code' });
    case 'name':
      return msg('Tên thủ tục', { id: 'procedure-search.detail-name' });
    case 'sector':
      return fieldLegend('sector');
    case 'agency':
      return fieldLegend('agency');
    case 'levels':
      return fieldLegend('level');
    case 'online':
      return fieldLegend('online');
    case 'subjects':
      return fieldLegend('subjects');
    case 'type':
      return msg('Loại thủ tục', { id: 'procedure-search.detail-type' });
    case 'locality':
      return msg('Địa phương', { id: 'procedure-search.detail-locality' });
  }
}

/** "Not stated" for an empty field. */
export const notStated = (): string => msg('Chưa có thông tin', { id: 'procedure-search.not-stated' });

/** A province's name from its code; the code when unknown. */
export const provinceName = (code: string): string => PROVINCES.find((province) => province.code === code)?.name ?? code;
