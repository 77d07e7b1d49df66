import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { isStaff, type Principal } from '@tradeqn/kit';
import { paymentErrors } from './payment-errors.ts';

/**
 * Who may read a seller's money (its payments, refunds, ledger): its members and province staff;
 * anyone else is told there is nothing (404). Without a seller, the whole list is staff's (403).
 */
export async function checkSellerAccess(
  enterprises: Pick<EnterprisesApi, 'roleOf'>,
  principal: Principal,
  enterpriseId: string | undefined,
): Promise<void> {
  if (isStaff(principal)) return;
  if (!enterpriseId) throw paymentErrors.PAYMENTS_NOT_ALLOWED();
  if ((await enterprises.roleOf(enterpriseId, principal.userId)) === null) throw paymentErrors.PAYMENTS_NOT_FOUND();
}
