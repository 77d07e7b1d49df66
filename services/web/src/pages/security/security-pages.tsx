import type { ConsentState } from '@tradeqn/accounts/contract';
import type { ComponentChildren } from 'preact';
import { CsrfField, ErrorSummary, type FieldErrors, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import { legalPath } from '../legal/legal-page-list.ts';
import { MY_DATA_PATH } from '../my-data/my-data-paths.ts';
import { securityMessages } from './security-messages.ts';
import { PRIVACY_PATH, SECURITY_PATH, TWO_FACTOR_SIGN_IN_PATH } from './security-paths.ts';

export interface TwoFactorStatus {
  isEnabled: boolean;
  isPending: boolean;
  recoveryCodesLeft: number;
}

export interface ConsentDecision {
  purpose: string;
  isGranted: boolean;
  wordingVersion: string;
  decidedAt: string;
}

function Page({ ctx, title, path, children }: { ctx: PageContext; title: string; path: string; children: ComponentChildren }) {
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, noindex: true }}>
      <section class="account-page">
        <h1>{title}</h1>
        {children}
      </section>
    </Document>
  );
}

const Notice = ({ children }: { children: ComponentChildren }) => (
  <p class="notice" role="status">
    {children}
  </p>
);

const when = (ctx: PageContext, iso: string) =>
  new Intl.DateTimeFormat(ctx.locale === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));

/** The code step of signing in. */
export function TwoFactorSignInPage({ ctx, errors, next }: { ctx: PageContext; errors: FieldErrors; next: string | null }) {
  const m = securityMessages(ctx.locale).signIn;
  return (
    <Page ctx={ctx} title={m.title} path={TWO_FACTOR_SIGN_IN_PATH}>
      <p>{m.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ code: m.code }} />
      <form method="post" action={ctx.href(TWO_FACTOR_SIGN_IN_PATH)} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          name="code"
          label={m.code}
          hint={m.codeHint}
          error={errors.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={20}
          required
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Page>
  );
}

/** `/tai-khoan/bao-mat`: two-factor on or off, the way to turn it on or off. */
export function SecurityPage({
  ctx,
  status,
  isStaff,
  errors,
  notice,
  next,
}: {
  ctx: PageContext;
  status: TwoFactorStatus;
  isStaff: boolean;
  errors: FieldErrors;
  notice?: string | undefined;
  next: string | null;
}) {
  const m = securityMessages(ctx.locale).security;
  return (
    <Page ctx={ctx} title={m.title} path={SECURITY_PATH}>
      {notice ? <Notice>{notice}</Notice> : null}
      {isStaff && !status.isEnabled ? <p class="notice notice-warning">{m.staffRequired}</p> : null}
      <h2>{m.twoFactor}</h2>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ code: securityMessages(ctx.locale).signIn.code }} />
      {status.isEnabled ? (
        <>
          <p>{m.on(status.recoveryCodesLeft)}</p>
          <h3>{m.disableTitle}</h3>
          <p>{m.disableIntro}</p>
          {isStaff ? <p class="muted">{m.disableStaff}</p> : null}
          <form method="post" action={ctx.href(`${SECURITY_PATH}/tat`)} class="account-form" noValidate>
            <CsrfField ctx={ctx} />
            <TextField
              name="code"
              label={securityMessages(ctx.locale).signIn.code}
              error={errors.code}
              autoComplete="one-time-code"
              maxLength={20}
              required
            />
            <button type="submit" class="button button-secondary">
              {m.disable}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{m.off}</p>
          <form method="post" action={ctx.href(`${SECURITY_PATH}/thiet-lap`)} class="account-form">
            <CsrfField ctx={ctx} />
            {next ? <input type="hidden" name="next" value={next} /> : null}
            <button type="submit" class="button">
              {m.start}
            </button>
          </form>
        </>
      )}
      <p class="account-alternative">
        <a href={ctx.href(PRIVACY_PATH)}>{m.privacyLink}</a>
      </p>
    </Page>
  );
}

/** The QR code and the secret, and the form for the first code. */
export function TwoFactorSetupPage({
  ctx,
  setup,
  errors,
  next,
}: {
  ctx: PageContext;
  setup: { secret: string; qrSvg: string };
  errors: FieldErrors;
  next: string | null;
}) {
  const m = securityMessages(ctx.locale).security;
  const code = securityMessages(ctx.locale).signIn.code;
  // the SVG is ours (drawn by the QR library from the otpauth URI), shown as an image, never as markup
  const qr = `data:image/svg+xml;base64,${Buffer.from(setup.qrSvg).toString('base64')}`;
  return (
    <Page ctx={ctx} title={m.setupTitle} path={`${SECURITY_PATH}/thiet-lap`}>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ code }} />
      <p>{m.scan}</p>
      <p>
        <img src={qr} alt={m.qrAlt} width={240} height={240} class="two-factor-qr" />
      </p>
      <p>{m.manual}</p>
      <p>
        <code class="two-factor-secret" data-secret={setup.secret}>
          {setup.secret}
        </code>
      </p>
      <p>{m.confirmIntro}</p>
      <form method="post" action={ctx.href(`${SECURITY_PATH}/xac-nhan`)} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          name="code"
          label={code}
          error={errors.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          required
        />
        <button type="submit" class="button">
          {m.confirm}
        </button>
      </form>
    </Page>
  );
}

/** The recovery codes, shown once, right after two-factor is turned on. */
export function RecoveryCodesPage({ ctx, codes, next }: { ctx: PageContext; codes: string[]; next: string | null }) {
  const m = securityMessages(ctx.locale).security;
  return (
    <Page ctx={ctx} title={m.enabledTitle} path={`${SECURITY_PATH}/xac-nhan`}>
      <p>{m.recoveryIntro}</p>
      <ul class="recovery-codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href={ctx.href(next ?? SECURITY_PATH)}>
          {m.continue}
        </a>
      </p>
    </Page>
  );
}

/** `/tai-khoan/quyen-rieng-tu`: consent per purpose, given and withdrawn alike, and the history. */
export function PrivacyPage({
  ctx,
  consents,
  history,
  notice,
}: {
  ctx: PageContext;
  consents: ConsentState[];
  history: ConsentDecision[];
  notice?: string | undefined;
}) {
  const m = securityMessages(ctx.locale).privacy;
  return (
    <Page ctx={ctx} title={m.title} path={PRIVACY_PATH}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>{m.intro}</p>
      <p>
        <a href={ctx.href(legalPath('bao-mat'))}>{m.notice}</a> ·{' '}
        <a href={ctx.href(MY_DATA_PATH)} data-my-data>
          {ctx.t.myData.link}
        </a>
      </p>
      {consents.map((consent) => {
        const words = m.purposes[consent.purpose];
        return (
          <section class="consent" id={`dong-y-${consent.purpose}`} aria-labelledby={`consent-${consent.purpose}`}>
            <h2 id={`consent-${consent.purpose}`}>{words?.name ?? consent.purpose}</h2>
            <p>{words?.text}</p>
            <p class="muted">
              <strong class="consent-state">{consent.isGranted ? m.granted : m.refused}</strong>
              {consent.decidedAt ? ` · ${m.decidedAt(when(ctx, consent.decidedAt))}` : null} ·{' '}
              {m.version(consent.currentWordingVersion)}
            </p>
            <form method="post" action={ctx.href(`${PRIVACY_PATH}/${consent.purpose}`)}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="wordingVersion" value={consent.currentWordingVersion} />
              <input type="hidden" name="isGranted" value={consent.isGranted ? 'false' : 'true'} />
              <button type="submit" class={consent.isGranted ? 'button button-secondary' : 'button'}>
                {consent.isGranted ? m.withdraw : m.give}
              </button>
            </form>
          </section>
        );
      })}
      <h2>{m.history}</h2>
      {history.length === 0 ? (
        <p class="muted">{m.historyEmpty}</p>
      ) : (
        <table class="consent-history">
          <thead>
            <tr>
              <th scope="col">{m.when}</th>
              <th scope="col">{m.purpose}</th>
              <th scope="col">{m.decision}</th>
              <th scope="col">{m.wording}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((row) => (
              <tr>
                <td>{when(ctx, row.decidedAt)}</td>
                <td>{m.purposes[row.purpose]?.name ?? row.purpose}</td>
                <td>{row.isGranted ? m.granted : m.refused}</td>
                <td>{row.wordingVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
