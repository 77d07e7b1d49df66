import { fileURLToPath } from 'node:url';
import type { Db } from '@tradeqn/db';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import {
  type App,
  createAccessTokenSigner,
  createSecretBox,
  createSignedLinks,
  derivedKey,
  type ServiceModule,
} from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import { authRoutes } from './auth/auth-routes.ts';
import { createAuthService, TWO_FACTOR_CHALLENGE_SECONDS } from './auth/auth-service.ts';
import { passwordRoutes } from './auth/password-routes.ts';
import { createPasswordService } from './auth/password-service.ts';
import { verifyEmailPage } from './auth/verify-email-page.ts';
import { consentRoutes } from './consent/consent-routes.ts';
import { createConsentService } from './consent/consent-service.ts';
import { type AccountsApi, type Membership, UserSchema } from './contract/index.ts';
import { inbox, outbox } from './db/schema.ts';
import { accountsSqlFolder } from './db/sql-folder.ts';
import { loadDemoUsers } from './demo-users.ts';
import { passwordChangedEmailSubscriber } from './emails/password-changed-email-subscriber.ts';
import { passwordResetEmailSubscriber } from './emails/password-reset-email-subscriber.ts';
import { staffInvitationEmailSubscriber } from './emails/staff-invitation-email-subscriber.ts';
import { verificationEmailSubscriber } from './emails/verification-email-subscriber.ts';
import { partnerKeyRoutes } from './partners/partner-key-routes.ts';
import { createPartnerKeyService } from './partners/partner-key-service.ts';
import { peopleRoutes } from './people/people-routes.ts';
import { createPeopleService } from './people/people-service.ts';
import { dataRequestAnsweredSubscriber } from './privacy/data-request-email.ts';
import { dataRequestRoutes } from './privacy/data-request-routes.ts';
import { createDataRequestService } from './privacy/data-request-service.ts';
import type { PersonalDataSource } from './privacy/personal-data.ts';
import { privacyRoutes } from './privacy/privacy-routes.ts';
import { createPrivacyService } from './privacy/privacy-service.ts';
import { profileRoutes } from './profile/profile-routes.ts';
import { createProfileService } from './profile/profile-service.ts';
import type { AccountsSettings } from './settings.ts';
import { twoFactorRoutes } from './two-factor/two-factor-routes.ts';
import { createTwoFactorService } from './two-factor/two-factor-service.ts';

export { DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRET, demoBuyer, demoSeller, demoUsers } from './demo-users.ts';
export { type AccountsSettings, accountsSettings } from './settings.ts';

export const accountsMigrations = {
  service: 'accounts',
  folder: fileURLToPath(new URL('../../../migrations/accounts', import.meta.url)),
  sqlFolder: accountsSqlFolder,
};

export interface AccountsDeps {
  db: Db;
  mailer: Mailer;
  jwtSecret: string;
  /** The site's public address, for the links in e-mails. */
  publicUrl: string;
  settings: AccountsSettings;
  listMemberships?: (userId: string) => Promise<Membership[]>;
  /** What the other services hold about people (the data export, deleting an account); bound once they exist. */
  personalData?: () => readonly PersonalDataSource[];
  /** The exchange's name, at the head of a person's data export. */
  siteName?: string;
}

export type AccountsModule = ServiceModule<AccountsApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
};

export function createAccountsModule(deps: AccountsDeps): AccountsModule {
  const twoFactor = createTwoFactorService({
    db: deps.db,
    box: createSecretBox(deps.settings.twoFactorKey ?? derivedKey(deps.jwtSecret, 'two-factor')),
  });
  const consents = createConsentService({ db: deps.db, outbox: createOutboxWriter(outbox) });
  const auth = createAuthService({
    twoFactor,
    twoFactorChallenges: createSignedLinks(deps.jwtSecret, 'two-factor-sign-in', TWO_FACTOR_CHALLENGE_SECONDS),
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    signer: createAccessTokenSigner(deps.jwtSecret, deps.settings.accessTokenTtlSeconds),
    verificationLinks: createSignedLinks(deps.jwtSecret, 'verify-email', deps.settings.verificationTtlHours * 3600),
    refreshTtlSeconds: deps.settings.refreshTokenTtlSeconds,
    ...(deps.settings.passwordParams ? { passwordParams: deps.settings.passwordParams } : {}),
    ...(deps.listMemberships ? { listMemberships: deps.listMemberships } : {}),
  });
  const routes = authRoutes({ auth, loginLimits: deps.settings.loginLimits });
  const passwords = createPasswordService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    resetLinks: createSignedLinks(deps.jwtSecret, 'password-reset', deps.settings.passwordResetTtlMinutes * 60),
    issueSession: auth.sessionOrChallenge,
    ...(deps.settings.passwordParams ? { passwordParams: deps.settings.passwordParams } : {}),
  });
  const partnerKeys = createPartnerKeyService({ db: deps.db });
  const profile = createProfileService({ db: deps.db });
  const people = createPeopleService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    ...(deps.settings.passwordParams ? { passwordParams: deps.settings.passwordParams } : {}),
  });
  const privacy = createPrivacyService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    siteName: deps.siteName ?? 'Sàn giao dịch thương mại điện tử Quảng Ngãi',
    ...(deps.listMemberships ? { listMemberships: deps.listMemberships } : {}),
    ...(deps.personalData ? { personalData: deps.personalData } : {}),
  });
  const dataRequests = createDataRequestService({ db: deps.db, outbox: createOutboxWriter(outbox) });
  return {
    name: 'accounts',
    api: {
      getUser: auth.getUser,
      getUserByEmail: auth.getUserByEmail,
      listReachableUsers: auth.listReachableUsers,
      ensureStaffUser: auth.ensureStaffUser,
      getPartner: partnerKeys.getPartner,
      getConsent: consents.get,
      listConsents: consents.list,
      getTwoFactorStatus: twoFactor.status,
    },
    routes: async (app) => {
      (app as App).addSchema(UserSchema);
      await routes(app as App);
      await passwordRoutes({ passwords })(app as App);
      await partnerKeyRoutes({ keys: partnerKeys })(app as App);
      await profileRoutes({ profile, me: auth.me })(app as App);
      await peopleRoutes({ people })(app as App);
      await twoFactorRoutes({ twoFactor, auth })(app as App);
      await consentRoutes({ consents })(app as App);
      await privacyRoutes({ privacy })(app as App);
      await dataRequestRoutes({ requests: dataRequests })(app as App);
    },
    partnerKeys: partnerKeys.verifier,
    pages: async (app) => verifyEmailPage()(app as App),
    jobs: [
      verificationEmailSubscriber({
        auth,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
        validHours: deps.settings.verificationTtlHours,
      }),
      passwordResetEmailSubscriber({
        passwords,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
        validMinutes: deps.settings.passwordResetTtlMinutes,
      }),
      staffInvitationEmailSubscriber({
        passwords,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
        validMinutes: deps.settings.passwordResetTtlMinutes,
      }),
      passwordChangedEmailSubscriber({ mailer: deps.mailer, inbox, publicUrl: deps.publicUrl }),
      dataRequestAnsweredSubscriber({ requests: dataRequests, mailer: deps.mailer, inbox, publicUrl: deps.publicUrl }),
    ],
    outbox,
    inbox,
    migrationsFolder: accountsMigrations.folder,
    sqlFolder: accountsMigrations.sqlFolder,
    async onStart({ demoData }) {
      const admin = deps.settings.admin;
      if (admin) await auth.ensureStaffUser({ ...admin, fullName: 'Quản trị viên', role: 'admin' });
      if (demoData) await loadDemoUsers(auth, twoFactor);
    },
  };
}
