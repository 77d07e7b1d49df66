import { fileURLToPath } from 'node:url';
import type { Db } from '@tradeqn/db';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import { type App, createAccessTokenSigner, createSignedLinks, type ServiceModule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import type { Infrastructure, Settings } from '@tradeqn/runtime';
import { authRoutes } from './auth/auth-routes.ts';
import { createAuthService } from './auth/auth-service.ts';
import { verifyEmailPage } from './auth/verify-email-page.ts';
import { type AccountsConfig, defaultAccountsConfig } from './config.ts';
import { type AccountsApi, type Membership, UserSchema } from './contract/index.ts';
import { inbox, outbox } from './db/schema.ts';
import { loadDemoUsers } from './demo-users.ts';
import { verificationEmailSubscriber } from './emails/verification-email-subscriber.ts';
import { partnerKeyRoutes } from './partners/partner-key-routes.ts';
import { createPartnerKeyService } from './partners/partner-key-service.ts';

export { type AccountsConfig, defaultAccountsConfig } from './config.ts';
export { DEMO_PASSWORD, demoBuyer, demoSeller, demoUsers } from './demo-users.ts';

export const accountsMigrations = {
  service: 'accounts',
  folder: fileURLToPath(new URL('../../../migrations/accounts', import.meta.url)),
};

export interface AccountsDeps {
  db: Db;
  mailer: Mailer;
  jwtSecret: string;
  config: AccountsConfig;
  listMemberships?: (userId: string) => Promise<Membership[]>;
}

export type AccountsModule = ServiceModule<AccountsApi, Subscriber> & { outbox: typeof outbox };

/** The wiring both entry points use: the platform (all services) and `server.ts` (accounts alone). */
export function accountsModuleFor(
  infra: Infrastructure,
  settings: Settings,
  listMemberships?: (userId: string) => Promise<Membership[]>,
): AccountsModule {
  return createAccountsModule({
    db: infra.database.db,
    mailer: infra.mailer,
    jwtSecret: settings.jwtSecret,
    ...(listMemberships ? { listMemberships } : {}),
    config: {
      ...defaultAccountsConfig,
      publicUrl: settings.publicUrl,
      loginLimits: settings.loginLimits,
      ...(settings.admin ? { admin: settings.admin } : {}),
    },
  });
}

export function createAccountsModule(deps: AccountsDeps): AccountsModule {
  const auth = createAuthService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    signer: createAccessTokenSigner(deps.jwtSecret, deps.config.accessTokenTtlSeconds),
    verificationLinks: createSignedLinks(deps.jwtSecret, 'verify-email', deps.config.verificationTtlHours * 3600),
    refreshTtlSeconds: deps.config.refreshTokenTtlSeconds,
    ...(deps.config.passwordParams ? { passwordParams: deps.config.passwordParams } : {}),
    ...(deps.listMemberships ? { listMemberships: deps.listMemberships } : {}),
  });
  const routes = authRoutes({ auth, loginLimits: deps.config.loginLimits });
  const partnerKeys = createPartnerKeyService({ db: deps.db });
  return {
    name: 'accounts',
    api: { getUser: auth.getUser, getUserByEmail: auth.getUserByEmail, ensureStaffUser: auth.ensureStaffUser },
    routes: async (app) => {
      (app as App).addSchema(UserSchema);
      await routes(app as App);
      await partnerKeyRoutes({ keys: partnerKeys })(app as App);
    },
    partnerKeys: partnerKeys.verifier,
    pages: async (app) => verifyEmailPage({ auth })(app as App),
    jobs: [
      verificationEmailSubscriber({
        auth,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.config.publicUrl,
        validHours: deps.config.verificationTtlHours,
      }),
    ],
    outbox,
    migrationsFolder: accountsMigrations.folder,
    async onStart({ demoData }) {
      const admin = deps.config.admin;
      if (admin) await auth.ensureStaffUser({ ...admin, fullName: 'Quản trị viên', role: 'admin' });
      if (demoData) await loadDemoUsers(auth);
    },
  };
}
