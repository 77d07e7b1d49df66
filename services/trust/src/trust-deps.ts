import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { Mailer } from '@tradeqn/mail';
import type { TrustSettings } from './settings.ts';

export interface TrustDeps {
  db: Db;
  mailer: Mailer;
  accounts: Pick<AccountsApi, 'getUser' | 'listReachableUsers'>;
  catalog: Pick<CatalogApi, 'findListing' | 'takeDownListing'>;
  enterprises: Pick<EnterprisesApi, 'findEnterprise' | 'suspendEnterprise' | 'listOwners'>;
  /** The site's public address, for links in e-mails. */
  publicUrl: string;
  /** Reminders of open takedown requests go here when TAKEDOWN_ALERT_EMAILS names nobody (the first admin). */
  fallbackAlertEmail: string | undefined;
  settings: TrustSettings;
}
