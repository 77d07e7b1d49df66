import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { buildVietQr, vietQrMemo } from '@tradeqn/vn';
import type { PaymentProvider } from './payment-provider.ts';

/** A transfer to the seller's own account, from a VietQR code with the amount and the order code as memo. */
export function bankTransferProvider(deps: {
  enterprises: Pick<EnterprisesApi, 'getPayoutAccount'>;
  publicUrl: string;
}): PaymentProvider {
  return {
    method: 'bank_transfer',
    collectedBy: 'seller',
    async check(enterpriseIds) {
      for (const enterpriseId of enterpriseIds) {
        if (!(await deps.enterprises.getPayoutAccount(enterpriseId)))
          return { ok: false, reason: 'no_bank_account', enterpriseId };
      }
      return { ok: true };
    },
    async open(payment) {
      const [order] = payment.orders;
      if (!order) throw new Error('a transfer pays one order');
      const account = await deps.enterprises.getPayoutAccount(order.enterpriseId);
      if (!account) throw new Error(`enterprise ${order.enterpriseId} has no payout account`);
      const memo = vietQrMemo(order.code);
      return {
        reference: order.code,
        instructions: {
          vietqr: {
            payload: buildVietQr({ bankBin: account.bankBin, accountNo: account.accountNo, amount: payment.amount, memo }),
            bankBin: account.bankBin,
            bankName: account.bankName,
            accountNo: account.accountNo,
            accountHolder: account.accountHolder,
            amount: payment.amount,
            memo,
            imageUrl: `${deps.publicUrl}/api/v1/payments/${payment.paymentId}/vietqr.png`,
          },
        },
      };
    },
  };
}
