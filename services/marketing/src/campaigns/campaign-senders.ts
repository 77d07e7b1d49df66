import type { EnterprisesApi } from '@tradeqn/enterprises/contract';

export interface CampaignSenderIdentity {
  /** Shown at the top of the message and in `List-Id`. */
  name: string;
  /** `ban-tin` for the province, `dn-<id>` for an enterprise: the list's id. */
  listId: string;
}

/** Who a campaign is from: the province's newsletter, or an enterprise through the exchange. */
export function createCampaignSenders(enterprises: Pick<EnterprisesApi, 'getEnterprise'>) {
  return {
    async of(enterpriseId: string | null): Promise<CampaignSenderIdentity> {
      if (!enterpriseId) return { name: 'Bản tin Sàn giao dịch TMĐT tỉnh Quảng Ngãi', listId: 'ban-tin' };
      const enterprise = await enterprises.getEnterprise(enterpriseId);
      return { name: `${enterprise?.name ?? 'Doanh nghiệp'} — qua Sàn TMĐT Quảng Ngãi`, listId: `dn-${enterpriseId}` };
    },
  };
}

export type CampaignSenders = ReturnType<typeof createCampaignSenders>;
