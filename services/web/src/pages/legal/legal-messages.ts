/** The legal pages' frame (their text is in content/legal/). */
export const legalVi = {
  indexTitle: 'Quy chế và chính sách',
  indexDescription: 'Quy chế hoạt động và các chính sách của Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi.',
  draftTitle: 'Bản dự thảo',
  draftText:
    'Nội dung đang được hoàn thiện và sẽ được ban hành theo phiên bản chính thức. Mọi thắc mắc xin liên hệ đơn vị vận hành.',
  operatorContact: (name: string) => `Liên hệ ${name}`,
  otherPolicies: 'Các chính sách khác',
};

export type LegalMessages = typeof legalVi;

export const legalEn: LegalMessages = {
  indexTitle: 'Rules and policies',
  indexDescription: 'The operating rules and policies of the Quảng Ngãi provincial e-commerce exchange.',
  draftTitle: 'Draft',
  draftText:
    'This text is being finalised and will be issued as an official version. The Vietnamese text prevails. For any question, contact the operator.',
  operatorContact: (name) => `Contact ${name}`,
  otherPolicies: 'Other policies',
};
