/** Messages for attachment checks (src/core/attachments), naming the limits the policy sets. */
import { msg, str } from '@lit/localize';
import type { AttachmentErrorCode, AttachmentPolicy } from '../../core/attachments/attachment-policy.js';
import { templates as english } from '../generated/en/attachment-messages.js';
import { addTranslations } from '../locale.js';

addTranslations(english);

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
const kinds = (policy: AttachmentPolicy) => policy.kinds.map((kind) => kind.toUpperCase()).join(', ');

export function attachmentMessage(code: AttachmentErrorCode, policy: AttachmentPolicy, fileName = ''): string {
  switch (code) {
    case 'attachment.type':
      return msg(str`Tệp "${fileName}" không đúng định dạng. Chỉ nhận tệp ${kinds(policy)}.`, { id: 'attachment.type' });
    case 'attachment.content':
      return msg(str`Nội dung tệp "${fileName}" không khớp với định dạng trong tên tệp. Vui lòng chọn đúng tệp gốc.`, {
        id: 'attachment.content',
      });
    case 'attachment.empty':
      return msg(str`Tệp "${fileName}" không có nội dung.`, { id: 'attachment.empty' });
    case 'attachment.size':
      return msg(str`Tệp "${fileName}" lớn hơn ${megabytes(policy.maxBytes)}. Vui lòng chọn tệp nhỏ hơn.`, { id: 'attachment.size' });
    case 'attachment.count':
      return msg(str`Chỉ đính kèm được tối đa ${policy.maxFiles} tệp.`, { id: 'attachment.count' });
    default:
      return msg(str`Tổng dung lượng các tệp đính kèm không được vượt quá ${megabytes(policy.maxTotalBytes)}.`, { id: 'attachment.total' });
  }
}
