/** The applicant's section every residence form opens with; prefilled from the consented profile. */
import type { FormSection } from './form-description.js';

export const applicantSection: FormSection = {
  id: 'applicant',
  title: { vi: 'Người khai báo', en: 'Applicant' },
  hint: {
    vi: 'Tờ khai thay đổi thông tin cư trú được lập từ các thông tin bạn khai dưới đây.',
    en: 'The residence information change form is made from what you enter below.',
  },
  fields: [
    {
      id: 'fullName',
      kind: 'text',
      label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
      required: true,
      maxLength: 100,
      autocomplete: 'name',
      prefill: 'fullName',
    },
    {
      id: 'birthDate',
      kind: 'date',
      label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
      required: true,
      notFuture: true,
      autocomplete: 'bday',
      prefill: 'birthDate',
    },
    {
      id: 'idNumber',
      kind: 'identifier',
      identifier: 'id-number',
      label: { vi: 'Số định danh cá nhân/CMND', en: 'Personal ID number / ID card number' },
      required: true,
      autocomplete: 'off',
      prefill: 'idNumber',
    },
    {
      id: 'phone',
      kind: 'identifier',
      identifier: 'phone',
      label: { vi: 'Số điện thoại', en: 'Phone number' },
      required: true,
      autocomplete: 'tel',
      prefill: 'phone',
    },
    {
      id: 'email',
      kind: 'identifier',
      identifier: 'email',
      label: { vi: 'Thư điện tử', en: 'Email' },
      autocomplete: 'email',
      prefill: 'email',
    },
  ],
};

/** The law and regulations both residence procedures rest on. */
export const RESIDENCE_LAW = [
  { vi: 'Luật Cư trú số 68/2020/QH14', en: 'Law on Residence No. 68/2020/QH14' },
  {
    vi: 'Nghị định số 154/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    en: 'Decree No. 154/2024/ND-CP detailing some articles of and measures to implement the Law on Residence',
  },
  {
    vi: 'Thông tư số 55/2021/TT-BCA quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    en: 'Circular No. 55/2021/TT-BCA detailing some articles of and measures to implement the Law on Residence',
  },
];
