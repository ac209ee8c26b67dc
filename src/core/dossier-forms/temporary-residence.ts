/**
 * Đăng ký tạm trú (1.004194): Law on Residence 2020, articles 27 and 28. A stay of 30 days or more
 * outside the commune of permanent residence is registered; a term lasts at most two years and can
 * be extended (art. 27(2)). The dossier is the residence information change form and the papers
 * proving lawful use of the place (art. 28(1)); a minor's form carries a parent's or guardian's
 * consent.
 */
import { applicantSection, RESIDENCE_LAW } from './applicant-section.js';
import type { DossierForm } from './form-description.js';

export const TEMPORARY_RESIDENCE_FORM: DossierForm = {
  procedureCode: '1.004194',
  name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
  legalBasis: [
    ...RESIDENCE_LAW,
    {
      vi: 'Thông tư số 75/2022/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý lệ phí đăng ký cư trú',
      en: 'Circular No. 75/2022/TT-BTC on the residence registration fee',
    },
  ],
  sections: [
    applicantSection,
    {
      id: 'residence',
      title: { vi: 'Nơi đăng ký tạm trú', en: 'Place of temporary residence' },
      fields: [
        { id: 'address', kind: 'address', label: { vi: 'Địa chỉ nơi tạm trú', en: 'Temporary residence address' }, required: true },
        {
          id: 'basis',
          kind: 'select',
          label: { vi: 'Căn cứ sử dụng chỗ ở hợp pháp', en: 'Basis for lawful use of the residence' },
          required: true,
          options: [
            { value: 'owned', label: { vi: 'Chỗ ở thuộc quyền sở hữu của tôi', en: 'I own the residence' } },
            { value: 'rented', label: { vi: 'Thuê chỗ ở', en: 'I rent it' } },
            { value: 'borrowed', label: { vi: 'Mượn hoặc ở nhờ chỗ ở', en: 'I borrow it or stay there as a guest' } },
          ],
        },
        {
          id: 'ownerName',
          kind: 'text',
          label: { vi: 'Họ và tên chủ sở hữu chỗ ở', en: "Residence owner's full name" },
          hint: { vi: 'Khi thuê, mượn hoặc ở nhờ.', en: 'When you rent, borrow or stay as a guest.' },
          maxLength: 100,
          autocomplete: 'off',
        },
      ],
    },
    {
      id: 'period',
      title: { vi: 'Thời hạn tạm trú', en: 'Period of temporary residence' },
      hint: {
        vi: 'Thời hạn tạm trú tối đa là 02 năm và có thể gia hạn nhiều lần (Điều 27 Luật Cư trú).',
        en: 'A term lasts at most 2 years and can be extended many times (Law on Residence, art. 27).',
      },
      fields: [
        { id: 'from', kind: 'date', label: { vi: 'Tạm trú từ ngày', en: 'From' }, required: true, autocomplete: 'off' },
        {
          id: 'to',
          kind: 'date',
          label: { vi: 'Đến ngày', en: 'Until' },
          required: true,
          after: 'from',
          maxMonthsAfter: 24,
          autocomplete: 'off',
        },
      ],
    },
    {
      id: 'household',
      title: { vi: 'Thành viên hộ gia đình cùng đăng ký tạm trú', en: 'Household members registering with you' },
      fields: [
        {
          id: 'members',
          kind: 'group',
          label: { vi: 'Thành viên hộ gia đình', en: 'Household members' },
          hint: { vi: 'Không bắt buộc. Tối đa 10 người.', en: 'Optional. Up to 10 people.' },
          itemLabel: { vi: 'Thành viên', en: 'Member' },
          min: 0,
          max: 10,
          fields: [
            {
              id: 'fullName',
              kind: 'text',
              label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
              required: true,
              maxLength: 100,
              autocomplete: 'off',
            },
            {
              id: 'birthDate',
              kind: 'date',
              label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
              required: true,
              notFuture: true,
              autocomplete: 'off',
            },
            {
              id: 'idNumber',
              kind: 'identifier',
              identifier: 'id-number',
              label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
              required: true,
              autocomplete: 'off',
            },
            {
              id: 'relationship',
              kind: 'select',
              label: { vi: 'Quan hệ với người khai báo', en: 'Relationship to the applicant' },
              required: true,
              options: [
                { value: 'spouse', label: { vi: 'Vợ hoặc chồng', en: 'Spouse' } },
                { value: 'child', label: { vi: 'Con', en: 'Child' } },
                { value: 'parent', label: { vi: 'Cha hoặc mẹ', en: 'Parent' } },
                { value: 'sibling', label: { vi: 'Anh, chị, em', en: 'Sibling' } },
                { value: 'grandparent', label: { vi: 'Ông hoặc bà', en: 'Grandparent' } },
                { value: 'grandchild', label: { vi: 'Cháu', en: 'Grandchild' } },
                { value: 'other', label: { vi: 'Khác', en: 'Other' } },
              ],
            },
          ],
        },
      ],
    },
  ],
  documents: [
    {
      id: 'residenceProof',
      label: {
        vi: 'Giấy tờ, tài liệu chứng minh việc sử dụng chỗ ở hợp pháp',
        en: 'Papers proving lawful use of the residence',
      },
      hint: {
        vi: 'Ví dụ: hợp đồng thuê, mượn, ở nhờ chỗ ở; giấy chứng nhận quyền sở hữu nhà ở.',
        en: 'For example: a rental, loan or guest agreement; a house ownership certificate.',
      },
      required: true,
      multiple: true,
      kinds: ['pdf', 'jpg'],
    },
    {
      id: 'guardianConsent',
      label: {
        vi: 'Văn bản đồng ý của cha, mẹ hoặc người giám hộ',
        en: "Parent's or guardian's written consent",
      },
      hint: { vi: 'Khi người đăng ký là người chưa thành niên.', en: 'When the applicant is a minor.' },
      required: false,
      multiple: false,
      kinds: ['pdf', 'jpg'],
    },
  ],
  // Thông tư 75/2022/TT-BTC: 7.000 đồng per registration filed online (15.000 đồng in person).
  fees: [{ type: 'le-phi', code: 'LP-1.004194', name: 'Lệ phí đăng ký tạm trú (nộp hồ sơ trực tuyến)', amount: 7_000 }],
};
