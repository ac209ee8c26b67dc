/**
 * Khai báo tạm vắng (1.003677): Law on Residence 2020, article 31. Who must declare, and from how
 * long an absence: a person on bail, under a suspended or non-custodial sentence or a similar
 * measure (1 day); a person of military-service age or with another duty to the State (3 months
 * in a row); anyone else leaving the commune of permanent residence (12 months in a row). The first
 * two also submit the written consent of the authority that supervises them (art. 31(2)). The
 * declaration gives the reason, the period and the destination (art. 31(3)); it carries no fee.
 */
import { applicantSection, RESIDENCE_LAW } from './applicant-section.js';
import type { DossierForm } from './form-description.js';

export const TEMPORARY_ABSENCE_FORM: DossierForm = {
  procedureCode: '1.003677',
  name: { vi: 'Khai báo tạm vắng', en: 'Temporary absence declaration' },
  legalBasis: RESIDENCE_LAW,
  sections: [
    applicantSection,
    {
      id: 'absence',
      title: { vi: 'Nội dung khai báo tạm vắng', en: 'The absence' },
      fields: [
        {
          id: 'case',
          kind: 'select',
          label: { vi: 'Trường hợp khai báo', en: 'Your case' },
          required: true,
          options: [
            {
              value: 'supervised',
              label: {
                vi: 'Bị can, bị cáo tại ngoại; người bị kết án hoặc đang chấp hành biện pháp bị giám sát, quản lý (vắng mặt từ 01 ngày)',
                en: 'On bail, sentenced, or under another supervised measure (away 1 day or more)',
              },
            },
            {
              value: 'duty',
              label: {
                vi: 'Người trong độ tuổi thực hiện nghĩa vụ quân sự hoặc có nghĩa vụ khác đối với Nhà nước (vắng mặt từ 03 tháng liên tục)',
                en: 'Of military-service age, or with another duty to the State (away 3 months in a row or more)',
              },
            },
            {
              value: 'other',
              label: {
                vi: 'Trường hợp khác, đi khỏi nơi thường trú từ 12 tháng liên tục',
                en: 'Anyone else leaving their permanent residence for 12 months in a row or more',
              },
            },
          ],
        },
        {
          id: 'reason',
          kind: 'textarea',
          label: { vi: 'Lý do tạm vắng', en: 'Reason for the absence' },
          required: true,
          maxLength: 500,
        },
        { id: 'destination', kind: 'address', label: { vi: 'Địa chỉ nơi đến', en: 'Destination address' }, required: true },
        { id: 'from', kind: 'date', label: { vi: 'Tạm vắng từ ngày', en: 'Away from' }, required: true, autocomplete: 'off' },
        { id: 'to', kind: 'date', label: { vi: 'Đến ngày', en: 'Until' }, required: true, after: 'from', autocomplete: 'off' },
      ],
    },
  ],
  documents: [
    {
      id: 'supervisorConsent',
      label: {
        vi: 'Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục',
        en: 'Written consent of the authority that supervises you',
      },
      hint: {
        vi: 'Bắt buộc với hai trường hợp đầu.',
        en: 'Required in the first two cases.',
      },
      required: false,
      requiredWhen: { field: 'case', values: ['supervised', 'duty'] },
      multiple: false,
      kinds: ['pdf', 'jpg'],
    },
  ],
  fees: [],
};
