/** The wording of a shown dossier: statuses, what to do, the timeline (ids `dossier-status.*`). */
import { msg, str } from '@lit/localize';
import type { DossierStatus } from '../../core/schemas/dossier.js';
import { templates as english } from '../../i18n/generated/en/dossier-result-text.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/** The names of the ten statuses of the default catalogue (domain.md). */
export function statusName(status: DossierStatus): string {
  switch (status) {
    case 1:
      return msg('Mới đăng ký', { id: 'dossier-status.status.1' });
    case 2:
      return msg('Được tiếp nhận', { id: 'dossier-status.status.2' });
    case 3:
      return msg('Không được tiếp nhận', { id: 'dossier-status.status.3' });
    case 4:
      return msg('Đang xử lý', { id: 'dossier-status.status.4' });
    case 5:
      return msg('Yêu cầu bổ sung giấy tờ', { id: 'dossier-status.status.5' });
    case 6:
      return msg('Yêu cầu thực hiện nghĩa vụ tài chính', { id: 'dossier-status.status.6' });
    case 7:
      return msg('Công dân yêu cầu rút hồ sơ', { id: 'dossier-status.status.7' });
    case 8:
      return msg('Dừng xử lý', { id: 'dossier-status.status.8' });
    case 9:
      return msg('Đã xử lý xong', { id: 'dossier-status.status.9' });
    default:
      return msg('Đã trả kết quả', { id: 'dossier-status.status.10' });
  }
}

/** What the citizen should know or do now, for the statuses that ask nothing of them. */
export function nextStepText(status: DossierStatus): string {
  switch (status) {
    case 1:
    case 2:
      return msg('Hồ sơ đang chờ cơ quan tiếp nhận kiểm tra. Bạn chưa cần làm gì thêm.', { id: 'dossier-status.next.waiting' });
    case 3:
      return msg('Hồ sơ không được tiếp nhận. Xem lý do trong lịch sử xử lý; bạn có thể nộp hồ sơ mới.', {
        id: 'dossier-status.next.refused',
      });
    case 4:
      return msg('Hồ sơ đang được xử lý. Bạn chưa cần làm gì thêm; trạng thái mới sẽ hiện tại đây.', {
        id: 'dossier-status.next.processing',
      });
    case 7:
      return msg('Yêu cầu rút hồ sơ của bạn đang được xem xét.', { id: 'dossier-status.next.withdrawal' });
    case 8:
      return msg('Cơ quan đã dừng xử lý hồ sơ. Xem lý do trong lịch sử xử lý.', { id: 'dossier-status.next.stopped' });
    case 9:
      return msg('Hồ sơ đã được xử lý xong. Kết quả sẽ được trả theo hình thức bạn đã chọn.', { id: 'dossier-status.next.resolved' });
    case 10:
      return msg('Kết quả đã được trả. Bạn có thể đánh giá mức độ hài lòng về việc giải quyết hồ sơ.', {
        id: 'dossier-status.next.returned',
      });
    default:
      return '';
  }
}

export const resultText = {
  refresh: () => msg('Cập nhật trạng thái', { id: 'dossier-status.refresh' }),
  dossier: () => msg('Mã hồ sơ', { id: 'dossier-status.dossier' }),
  procedure: () => msg('Thủ tục', { id: 'dossier-status.procedure' }),
  filedOn: () => msg('Ngày nộp', { id: 'dossier-status.filed-on' }),
  dueOn: () => msg('Ngày hẹn trả kết quả', { id: 'dossier-status.due-on' }),
  status: () => msg('Trạng thái', { id: 'dossier-status.status' }),
  history: () => msg('Quá trình xử lý', { id: 'dossier-status.history' }),
  current: () => msg('(hiện tại)', { id: 'dossier-status.current' }),
  todo: () => msg('Việc bạn cần làm', { id: 'dossier-status.todo' }),
  supplementIntro: () => msg('Cơ quan giải quyết yêu cầu bổ sung các giấy tờ sau:', { id: 'dossier-status.supplement-intro' }),
  supplement: () => msg('Bổ sung giấy tờ', { id: 'dossier-status.supplement' }),
  payIntro: (amount: string) => msg(str`Hồ sơ chờ bạn nộp phí, lệ phí: ${amount}.`, { id: 'dossier-status.pay-intro' }),
  pay: () => msg('Nộp phí, lệ phí', { id: 'dossier-status.pay' }),
  checkedAt: (time: string) => msg(str`Cập nhật lúc ${time}.`, { id: 'dossier-status.checked-at' }),
  changed: (status: string) => msg(str`Trạng thái hồ sơ đã thay đổi: ${status}.`, { id: 'dossier-status.changed' }),
  unchanged: () => msg('Trạng thái hồ sơ chưa thay đổi.', { id: 'dossier-status.unchanged' }),
  stale: () =>
    msg('Chưa cập nhật được trạng thái mới; thông tin dưới đây có thể đã cũ. Hệ thống sẽ tự thử lại.', {
      id: 'dossier-status.stale',
    }),
};
