import { createHmac, timingSafeEqual } from 'node:crypto';

/** VNPay payment gateway, API 2.1.0: a signed redirect out, a signed IPN back. */
export interface VnpayConfig {
  tmnCode: string;
  hashSecret: string;
  /** The payment page, e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html */
  payUrl: string;
  returnUrl: string;
  /**
   * VNPay's merchant API (refunds), e.g. https://sandbox.vnpayment.vn/merchant_webapi/api/transaction.
   * VNPay grants it to a merchant on request; without it a refund is a task for staff.
   */
  apiUrl?: string;
}

export type VnpayParams = Record<string, string>;

// VNPay signs the form-encoded query as its own demos build it: values URI-encoded, spaces as `+`
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** The string VNPay signs: `vnp_*` fields but the hash ones, sorted by name, form-encoded. */
export function vnpaySignData(params: VnpayParams): string {
  return Object.keys(params)
    .filter((key) => key.startsWith('vnp_') && key !== 'vnp_SecureHash' && key !== 'vnp_SecureHashType')
    .filter((key) => params[key] !== undefined && params[key] !== '')
    .sort()
    .map((key) => `${encode(key)}=${encode(params[key] ?? '')}`)
    .join('&');
}

export function vnpaySign(params: VnpayParams, secret: string): string {
  return createHmac('sha512', secret).update(vnpaySignData(params), 'utf8').digest('hex');
}

export function isVnpaySignatureValid(params: VnpayParams, secret: string): boolean {
  const given = Buffer.from(String(params.vnp_SecureHash ?? '').toLowerCase(), 'utf8');
  const expected = Buffer.from(vnpaySign(params, secret), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `yyyyMMddHHmmss` in Vietnam time (GMT+7), as VNPay wants its dates. */
export function vnpayDate(at: Date): string {
  const vn = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return vn.slice(0, 19).replace(/[-T:]/g, '');
}

export function buildVnpayUrl(
  config: VnpayConfig,
  payment: { reference: string; amount: number; orderInfo: string; clientIp: string; createdAt: Date; expiresAt: Date },
): string {
  const params: VnpayParams = {
    vnp_Version: '2.1.0',
    vnp_Command: 'pay',
    vnp_TmnCode: config.tmnCode,
    // VNPay counts in hundredths of a đồng
    vnp_Amount: String(payment.amount * 100),
    vnp_CurrCode: 'VND',
    vnp_TxnRef: payment.reference,
    vnp_OrderInfo: payment.orderInfo,
    vnp_OrderType: 'other',
    vnp_Locale: 'vn',
    vnp_ReturnUrl: config.returnUrl,
    vnp_IpAddr: payment.clientIp,
    vnp_CreateDate: vnpayDate(payment.createdAt),
    vnp_ExpireDate: vnpayDate(payment.expiresAt),
  };
  const query = vnpaySignData(params);
  return `${config.payUrl}?${query}&vnp_SecureHash=${vnpaySign(params, config.hashSecret)}`;
}

/** The IPN answers VNPay expects (`RspCode`, `Message`), in the order the checks run. */
export const VnpayIpnReply = {
  success: { RspCode: '00', Message: 'Confirm Success' },
  orderNotFound: { RspCode: '01', Message: 'Order not found' },
  alreadyConfirmed: { RspCode: '02', Message: 'Order already confirmed' },
  invalidAmount: { RspCode: '04', Message: 'invalid amount' },
  invalidSignature: { RspCode: '97', Message: 'Invalid signature' },
  unknownError: { RspCode: '99', Message: 'Unknow error' },
} as const;

export type VnpayIpnAnswer = (typeof VnpayIpnReply)[keyof typeof VnpayIpnReply];

/** A refund request of the merchant API 2.1.0: JSON, signed over its fields joined by `|` in VNPay's order. */
export function buildVnpayRefund(
  config: Pick<VnpayConfig, 'tmnCode' | 'hashSecret'>,
  refund: {
    requestId: string;
    reference: string;
    amount: number;
    isWhole: boolean;
    transactionNo: string;
    /** When the payment was created (the pay URL's `vnp_CreateDate`). */
    transactionDate: string;
    createdBy: string;
    createdAt: Date;
    ipAddr: string;
    orderInfo: string;
  },
): Record<string, string> {
  const fields = {
    vnp_RequestId: refund.requestId,
    vnp_Version: '2.1.0',
    vnp_Command: 'refund',
    vnp_TmnCode: config.tmnCode,
    vnp_TransactionType: refund.isWhole ? '02' : '03',
    vnp_TxnRef: refund.reference,
    vnp_Amount: String(refund.amount * 100),
    vnp_TransactionNo: refund.transactionNo,
    vnp_TransactionDate: refund.transactionDate,
    vnp_CreateBy: refund.createdBy,
    vnp_CreateDate: vnpayDate(refund.createdAt),
    vnp_IpAddr: refund.ipAddr,
    vnp_OrderInfo: refund.orderInfo,
  };
  const data = Object.values(fields).join('|');
  return { ...fields, vnp_SecureHash: createHmac('sha512', config.hashSecret).update(data, 'utf8').digest('hex') };
}

const REFUND_ANSWER_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
] as const;

/** VNPay signs its answer to a refund the same way: its fields joined by `|`. */
export function signVnpayRefundAnswer(answer: Record<string, string>, secret: string): string {
  const data = REFUND_ANSWER_FIELDS.map((field) => answer[field] ?? '').join('|');
  return createHmac('sha512', secret).update(data, 'utf8').digest('hex');
}

export function isVnpayRefundAnswerValid(answer: Record<string, string>, secret: string): boolean {
  const given = Buffer.from(String(answer.vnp_SecureHash ?? '').toLowerCase(), 'utf8');
  const expected = Buffer.from(signVnpayRefundAnswer(answer, secret), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
