import type { ComplaintOutcome, ComplaintReason } from './complaint-schemas.ts';

/** Vietnamese names of the reasons and outcomes, for the e-mails. */
export const REASON_LABELS: Record<ComplaintReason, string> = {
  not_received: 'Chưa nhận được hàng',
  damaged: 'Hàng bị hư hỏng',
  not_as_described: 'Hàng không đúng mô tả',
  wrong_item: 'Giao nhầm hàng',
  other: 'Lý do khác',
};

export const OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  refund: 'Hoàn tiền',
  return: 'Trả hàng',
  rejected: 'Không chấp nhận khiếu nại',
  accepted: 'Người mua đồng ý với trả lời của doanh nghiệp',
  withdrawn: 'Người mua rút khiếu nại',
};

export const ROLE_LABELS: Record<string, string> = {
  buyer: 'Người mua',
  seller: 'Doanh nghiệp',
  staff: 'Sở Công Thương',
  system: 'Hệ thống',
};
