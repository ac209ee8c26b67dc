/**
 * The English-capable texts of the default question sets (src/core/data/survey-questions.ts):
 * the data holds the Vietnamese; here each default text has a message id, so the UI shows it in
 * the page language. Keys are `{mode}.{question id}`, then `.help`, or `.{score}` for an
 * indicator's option, or `.{option id}` for a choice.
 */
import { msg } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/survey-questions-text.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export const defaultQuestionTexts: Readonly<Record<string, () => string>> = {
  'decree.i1': () => msg('Hồ sơ của bạn được giải quyết xong khi nào so với hạn hẹn trả kết quả?', { id: 'survey.decree.i1' }),
  'decree.i1.help': () =>
    msg('Chỉ số 1: Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định.', { id: 'survey.decree.i1.help' }),
  'decree.i1.2': () => msg('Trước hạn', { id: 'survey.decree.i1.2' }),
  'decree.i1.1': () => msg('Đúng hạn', { id: 'survey.decree.i1.1' }),
  'decree.i1.0': () => msg('Trễ hạn', { id: 'survey.decree.i1.0' }),
  'decree.i2': () => msg('Các cơ quan cùng giải quyết hồ sơ có làm đúng thời hạn của mình không?', { id: 'survey.decree.i2' }),
  'decree.i2.help': () =>
    msg('Chỉ số 2: Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết thủ tục hành chính.', { id: 'survey.decree.i2.help' }),
  'decree.i2.2': () => msg('Tất cả đều trước hạn hoặc đúng hạn', { id: 'survey.decree.i2.2' }),
  'decree.i2.1': () => msg('Có cơ quan chậm nhưng hồ sơ vẫn xong đúng hạn', { id: 'survey.decree.i2.1' }),
  'decree.i2.0': () => msg('Có cơ quan chậm làm hồ sơ bị trễ', { id: 'survey.decree.i2.0' }),
  'decree.i3': () => msg('Bạn phải bổ sung, hoàn thiện hồ sơ bao nhiêu lần?', { id: 'survey.decree.i3' }),
  'decree.i3.help': () =>
    msg('Chỉ số 3: Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính.', { id: 'survey.decree.i3.help' }),
  'decree.i3.2': () => msg('Không lần nào hoặc 1 lần', { id: 'survey.decree.i3.2' }),
  'decree.i3.1': () => msg('2 lần', { id: 'survey.decree.i3.1' }),
  'decree.i3.0': () => msg('Từ 3 lần trở lên', { id: 'survey.decree.i3.0' }),
  'decree.i4': () => msg('Bạn phải liên hệ với bao nhiêu nơi để hoàn thiện hồ sơ?', { id: 'survey.decree.i4' }),
  'decree.i4.help': () =>
    msg('Chỉ số 4: Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính.', {
      id: 'survey.decree.i4.help',
    }),
  'decree.i4.2': () => msg('Chỉ Bộ phận Một cửa (hoặc trực tuyến)', { id: 'survey.decree.i4.2' }),
  'decree.i4.1': () => msg('Thêm 1 nơi khác', { id: 'survey.decree.i4.1' }),
  'decree.i4.0': () => msg('Từ 2 nơi khác trở lên', { id: 'survey.decree.i4.0' }),
  'decree.i5': () => msg('Hồ sơ có được nhận và trả kết quả tại Bộ phận Một cửa hoặc trực tuyến không?', { id: 'survey.decree.i5' }),
  'decree.i5.help': () => msg('Chỉ số 5: Thực hiện tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa.', { id: 'survey.decree.i5.help' }),
  'decree.i5.2': () => msg('Có, cả nhận hồ sơ và trả kết quả', { id: 'survey.decree.i5.2' }),
  'decree.i5.1': () => msg('Chỉ một trong hai việc', { id: 'survey.decree.i5.1' }),
  'decree.i5.0': () => msg('Không', { id: 'survey.decree.i5.0' }),
  'decree.i6': () => msg('Thông tin về thủ tục (giấy tờ, phí, thời hạn) có được công khai đầy đủ không?', { id: 'survey.decree.i6' }),
  'decree.i6.help': () => msg('Chỉ số 6: Công khai thủ tục hành chính.', { id: 'survey.decree.i6.help' }),
  'decree.i6.2': () => msg('Đầy đủ, dễ tìm', { id: 'survey.decree.i6.2' }),
  'decree.i6.1': () => msg('Có nhưng chưa đầy đủ', { id: 'survey.decree.i6.1' }),
  'decree.i6.0': () => msg('Không thấy công khai', { id: 'survey.decree.i6.0' }),
  'decree.i7': () => msg('Cán bộ giải quyết hồ sơ đã phục vụ bạn thế nào?', { id: 'survey.decree.i7' }),
  'decree.i7.help': () =>
    msg('Chỉ số 7: Thái độ của cán bộ, công chức, viên chức khi giải quyết thủ tục hành chính.', { id: 'survey.decree.i7.help' }),
  'decree.i7.2': () => msg('Lịch sự, tận tình', { id: 'survey.decree.i7.2' }),
  'decree.i7.1': () => msg('Bình thường', { id: 'survey.decree.i7.1' }),
  'decree.i7.0': () => msg('Thiếu tôn trọng hoặc gây phiền hà', { id: 'survey.decree.i7.0' }),
  'decree.i8': () => msg('Ý kiến phản ánh, kiến nghị của bạn (nếu có) được trả lời thế nào?', { id: 'survey.decree.i8' }),
  'decree.i8.help': () => msg('Chỉ số 8: Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị.', { id: 'survey.decree.i8.help' }),
  'decree.i8.2': () => msg('Tôi không có ý kiến, hoặc được trả lời đầy đủ, đúng hạn', { id: 'survey.decree.i8.2' }),
  'decree.i8.1': () => msg('Được trả lời nhưng chậm hoặc chưa đầy đủ', { id: 'survey.decree.i8.1' }),
  'decree.i8.0': () => msg('Không được trả lời', { id: 'survey.decree.i8.0' }),
  'decree.i9': () => msg('Dịch vụ công trực tuyến của thủ tục này hoạt động thế nào?', { id: 'survey.decree.i9' }),
  'decree.i9.help': () => msg('Chỉ số 9: Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến.', { id: 'survey.decree.i9.help' }),
  'decree.i9.2': () => msg('Nộp và theo dõi trực tuyến dễ dàng', { id: 'survey.decree.i9.2' }),
  'decree.i9.1': () => msg('Dùng được nhưng còn trục trặc', { id: 'survey.decree.i9.1' }),
  'decree.i9.0': () => msg('Không dùng được', { id: 'survey.decree.i9.0' }),
  'decree.q10': () =>
    msg('Bạn có hài lòng về việc dễ sử dụng dịch vụ (dễ thao tác, thời gian phản hồi) không?', { id: 'survey.decree.q10' }),
  'decree.q10.help': () => msg('Câu 10: Mức độ hài lòng về sự dễ dàng khi sử dụng dịch vụ.', { id: 'survey.decree.q10.help' }),
  'decree.q11': () => msg('Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?', { id: 'survey.decree.q11' }),
  'decree.q11.help': () => msg('Câu 11: Đánh giá chung về việc giải quyết thủ tục hành chính.', { id: 'survey.decree.q11.help' }),
  'five-level.access': () => msg('Việc tìm hiểu và tiếp cận dịch vụ (nơi nộp, cách nộp, giờ làm việc)', { id: 'survey.five-level.access' }),
  'five-level.procedure': () =>
    msg('Thủ tục hành chính (giấy tờ phải nộp, phí, thời hạn giải quyết)', { id: 'survey.five-level.procedure' }),
  'five-level.staff': () => msg('Sự phục vụ của cán bộ, công chức', { id: 'survey.five-level.staff' }),
  'five-level.result': () => msg('Kết quả giải quyết hồ sơ', { id: 'survey.five-level.result' }),
  'five-level.feedback': () => msg('Việc tiếp nhận và xử lý góp ý, phản ánh', { id: 'survey.five-level.feedback' }),
  'five-level.overall': () => msg('Nhìn chung, bạn hài lòng với dịch vụ ở mức nào?', { id: 'survey.five-level.overall' }),
  'short.overall': () => msg('Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?', { id: 'survey.short.overall' }),
  'short.reasons': () => msg('Điều gì ảnh hưởng nhiều nhất đến đánh giá của bạn?', { id: 'survey.short.reasons' }),
  'short.reasons.need-met': () => msg('Hồ sơ được giải quyết đúng như tôi cần', { id: 'survey.short.reasons.need-met' }),
  'short.reasons.easy': () => msg('Mức độ dễ thực hiện', { id: 'survey.short.reasons.easy' }),
  'short.reasons.time': () => msg('Thời gian giải quyết', { id: 'survey.short.reasons.time' }),
  'short.reasons.information': () => msg('Thông tin, hướng dẫn về thủ tục', { id: 'survey.short.reasons.information' }),
  'short.reasons.staff': () => msg('Thái độ của cán bộ', { id: 'survey.short.reasons.staff' }),
  'short.reasons.fair': () => msg('Được đối xử công bằng', { id: 'survey.short.reasons.fair' }),
  'short.reasons.online': () => msg('Dịch vụ trực tuyến', { id: 'survey.short.reasons.online' }),
};
