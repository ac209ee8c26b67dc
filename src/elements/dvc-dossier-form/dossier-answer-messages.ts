/**
 * The messages for the codes of the answers' check and of the identifier parsers, shown inline and
 * in the error summary. Loaded with the check, apart from the form.
 */
import { msg, str } from '@lit/localize';
import type { FormField, GroupItemField } from '../../core/dossier-forms/index.js';
import { errorMessage } from '../../i18n/messages.js';
import { templates as english } from '../../i18n/generated/en/dossier-answer-messages.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/** The message shown (inline and in the summary) for a code of `checkAnswers`, or of the parsers. */
export function answerMessage(code: string, field?: FormField | GroupItemField): string {
  switch (code) {
    case 'required':
      if (field?.kind === 'select') return msg('Vui lòng chọn một mục.', { id: 'dossier-form.error.choose' });
      if (field?.kind === 'address')
        return msg('Vui lòng chọn tỉnh, thành phố và xã, phường, rồi nhập số nhà hoặc tên đường.', { id: 'dossier-form.error.address' });
      return msg('Vui lòng nhập thông tin này.', { id: 'dossier-form.error.required' });
    case 'address.incomplete':
      return msg('Địa chỉ chưa đủ: cần tỉnh, thành phố, xã, phường và số nhà hoặc tên đường.', {
        id: 'dossier-form.error.address-incomplete',
      });
    case 'option.invalid':
      return msg('Vui lòng chọn một mục trong danh sách.', { id: 'dossier-form.error.option' });
    case 'text.too-long': {
      const max = field && 'maxLength' in field ? (field.maxLength ?? 500) : 500;
      return msg(str`Nội dung quá dài (tối đa ${max} ký tự).`, { id: 'dossier-form.error.too-long' });
    }
    case 'period.order':
      return msg('Ngày kết thúc phải sau ngày bắt đầu.', { id: 'dossier-form.error.period-order' });
    case 'period.too-long': {
      const months = field?.kind === 'date' ? (field.maxMonthsAfter ?? 0) : 0;
      return msg(str`Thời hạn không được quá ${months} tháng kể từ ngày bắt đầu.`, { id: 'dossier-form.error.period-too-long' });
    }
    case 'group.min': {
      const min = field?.kind === 'group' ? field.min : 1;
      return msg(str`Cần ít nhất ${min} người.`, { id: 'dossier-form.error.group-min' });
    }
    case 'group.max': {
      const max = field?.kind === 'group' ? field.max : 1;
      return msg(str`Chỉ được khai tối đa ${max} người.`, { id: 'dossier-form.error.group-max' });
    }
    case 'document.required':
      return msg('Vui lòng đính kèm giấy tờ này.', { id: 'dossier-form.error.document-required' });
    case 'document.single':
      return msg('Giấy tờ này chỉ nhận một tệp.', { id: 'dossier-form.error.document-single' });
    case 'document.type':
      return msg('Tệp không đúng định dạng giấy tờ này nhận.', { id: 'dossier-form.error.document-type' });
    case 'answer.unknown':
    case 'answer.invalid':
    case 'invalid-input':
      return msg('Cơ quan tiếp nhận không chấp nhận giá trị này; vui lòng kiểm tra lại.', { id: 'dossier-form.error.refused' });
    default:
      return errorMessage(code);
  }
}
