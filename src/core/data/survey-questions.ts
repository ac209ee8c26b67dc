/**
 * The default question sets of `<dvc-satisfaction-survey>`, one per mode, as data: a province may
 * supply its own in the same shape (`SurveyQuestionSet`). The Vietnamese texts here are the
 * source; elements show them through their ids, so the UI can translate the default sets.
 *
 * - `decree`: the per-dossier evaluation of Decree 61/2018/NĐ-CP (amended by Decree 107/2021)
 *   and Circular 01/2018/TT-VPCP: indicators 1–9 worth 2 / 1 / 0 points, asked as plain
 *   questions with the indicator's official name as help, then questions 10 and 11 answered
 *   Rất hài lòng / Hài lòng / Không hài lòng.
 * - `five-level`: the five aspects of the SIPAS satisfaction index plus an overall question, on
 *   the five-level scale ministry portals use.
 * - `short`: one overall question first, then optional reasons (the drivers of the US A-11
 *   customer-experience questions), and the element's optional comment.
 */
import type { SurveyMode, SurveyQuestionSet } from '../schemas/survey.js';

const indicator = (
  id: string,
  text: string,
  help: string,
  options: readonly [string, string, string],
): SurveyQuestionSet[number] => ({
  id,
  kind: 'indicator',
  text,
  help,
  options: [
    { score: 2, text: options[0] },
    { score: 1, text: options[1] },
    { score: 0, text: options[2] },
  ],
});

export const DECREE_QUESTIONS: SurveyQuestionSet = [
  indicator('i1', 'Hồ sơ của bạn được giải quyết xong khi nào so với hạn hẹn trả kết quả?', 'Chỉ số 1: Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định.', [
    'Trước hạn',
    'Đúng hạn',
    'Trễ hạn',
  ]),
  indicator(
    'i2',
    'Các cơ quan cùng giải quyết hồ sơ có làm đúng thời hạn của mình không?',
    'Chỉ số 2: Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết thủ tục hành chính.',
    ['Tất cả đều trước hạn hoặc đúng hạn', 'Có cơ quan chậm nhưng hồ sơ vẫn xong đúng hạn', 'Có cơ quan chậm làm hồ sơ bị trễ'],
  ),
  indicator(
    'i3',
    'Bạn phải bổ sung, hoàn thiện hồ sơ bao nhiêu lần?',
    'Chỉ số 3: Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính.',
    ['Không lần nào hoặc 1 lần', '2 lần', 'Từ 3 lần trở lên'],
  ),
  indicator(
    'i4',
    'Bạn phải liên hệ với bao nhiêu nơi để hoàn thiện hồ sơ?',
    'Chỉ số 4: Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính.',
    ['Chỉ Bộ phận Một cửa (hoặc trực tuyến)', 'Thêm 1 nơi khác', 'Từ 2 nơi khác trở lên'],
  ),
  indicator(
    'i5',
    'Hồ sơ có được nhận và trả kết quả tại Bộ phận Một cửa hoặc trực tuyến không?',
    'Chỉ số 5: Thực hiện tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa.',
    ['Có, cả nhận hồ sơ và trả kết quả', 'Chỉ một trong hai việc', 'Không'],
  ),
  indicator(
    'i6',
    'Thông tin về thủ tục (giấy tờ, phí, thời hạn) có được công khai đầy đủ không?',
    'Chỉ số 6: Công khai thủ tục hành chính.',
    ['Đầy đủ, dễ tìm', 'Có nhưng chưa đầy đủ', 'Không thấy công khai'],
  ),
  indicator(
    'i7',
    'Cán bộ giải quyết hồ sơ đã phục vụ bạn thế nào?',
    'Chỉ số 7: Thái độ của cán bộ, công chức, viên chức khi giải quyết thủ tục hành chính.',
    ['Lịch sự, tận tình', 'Bình thường', 'Thiếu tôn trọng hoặc gây phiền hà'],
  ),
  indicator(
    'i8',
    'Ý kiến phản ánh, kiến nghị của bạn (nếu có) được trả lời thế nào?',
    'Chỉ số 8: Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị.',
    ['Tôi không có ý kiến, hoặc được trả lời đầy đủ, đúng hạn', 'Được trả lời nhưng chậm hoặc chưa đầy đủ', 'Không được trả lời'],
  ),
  indicator(
    'i9',
    'Dịch vụ công trực tuyến của thủ tục này hoạt động thế nào?',
    'Chỉ số 9: Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến.',
    ['Nộp và theo dõi trực tuyến dễ dàng', 'Dùng được nhưng còn trục trặc', 'Không dùng được'],
  ),
  {
    id: 'q10',
    kind: 'satisfaction',
    text: 'Bạn có hài lòng về việc dễ sử dụng dịch vụ (dễ thao tác, thời gian phản hồi) không?',
    help: 'Câu 10: Mức độ hài lòng về sự dễ dàng khi sử dụng dịch vụ.',
  },
  {
    id: 'q11',
    kind: 'satisfaction',
    text: 'Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?',
    help: 'Câu 11: Đánh giá chung về việc giải quyết thủ tục hành chính.',
  },
];

export const FIVE_LEVEL_QUESTIONS: SurveyQuestionSet = [
  { id: 'access', kind: 'satisfaction', text: 'Việc tìm hiểu và tiếp cận dịch vụ (nơi nộp, cách nộp, giờ làm việc)' },
  { id: 'procedure', kind: 'satisfaction', text: 'Thủ tục hành chính (giấy tờ phải nộp, phí, thời hạn giải quyết)' },
  { id: 'staff', kind: 'satisfaction', text: 'Sự phục vụ của cán bộ, công chức' },
  { id: 'result', kind: 'satisfaction', text: 'Kết quả giải quyết hồ sơ' },
  { id: 'feedback', kind: 'satisfaction', text: 'Việc tiếp nhận và xử lý góp ý, phản ánh', required: false },
  { id: 'overall', kind: 'satisfaction', text: 'Nhìn chung, bạn hài lòng với dịch vụ ở mức nào?' },
];

export const SHORT_QUESTIONS: SurveyQuestionSet = [
  { id: 'overall', kind: 'satisfaction', text: 'Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?' },
  {
    id: 'reasons',
    kind: 'choices',
    text: 'Điều gì ảnh hưởng nhiều nhất đến đánh giá của bạn?',
    options: [
      { id: 'need-met', text: 'Hồ sơ được giải quyết đúng như tôi cần' },
      { id: 'easy', text: 'Mức độ dễ thực hiện' },
      { id: 'time', text: 'Thời gian giải quyết' },
      { id: 'information', text: 'Thông tin, hướng dẫn về thủ tục' },
      { id: 'staff', text: 'Thái độ của cán bộ' },
      { id: 'fair', text: 'Được đối xử công bằng' },
      { id: 'online', text: 'Dịch vụ trực tuyến' },
    ],
  },
];

export const DEFAULT_SURVEY_QUESTIONS: Readonly<Record<SurveyMode, SurveyQuestionSet>> = {
  decree: DECREE_QUESTIONS,
  'five-level': FIVE_LEVEL_QUESTIONS,
  short: SHORT_QUESTIONS,
};

/** Whether a question must be answered: choices never, the others unless they say `required: false`. */
export const isRequired = (question: SurveyQuestionSet[number]): boolean => question.kind !== 'choices' && question.required !== false;

/**
 * The decree score: the points of the indicators answered, out of 2 per indicator (18 for the
 * nine of the decree). `answered` counts the indicators with an answer.
 */
export function surveyScore(
  questions: SurveyQuestionSet,
  answers: Readonly<Record<string, unknown>>,
): { points: number; max: number; answered: number; indicators: number } {
  let points = 0;
  let max = 0;
  let answered = 0;
  let indicators = 0;
  for (const question of questions) {
    if (question.kind !== 'indicator') continue;
    indicators += 1;
    max += Math.max(...question.options.map((option) => option.score));
    const answer = answers[question.id];
    if (typeof answer === 'number') {
      points += answer;
      answered += 1;
    }
  }
  return { points, max, answered, indicators };
}
