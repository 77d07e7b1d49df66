import type { UserDto } from '@tradeqn/accounts/contract';
import { PASSWORD_MIN_LENGTH } from '@tradeqn/kit';
import type { ComponentChildren } from 'preact';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';

/** What a form sent back, kept to show again (passwords never are). */
export type FormValues = Record<string, string>;

/** One private page of the account area: not for search engines, a narrow column, its heading. */
function AccountPage({
  ctx,
  title,
  canonicalPath,
  children,
}: {
  ctx: PageContext;
  title: string;
  canonicalPath: string;
  children: ComponentChildren;
}) {
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath, noindex: true }}>
      <section class="account-page">
        <h1>{title}</h1>
        {children}
      </section>
    </Document>
  );
}

function Notice({ children, warning }: { children: ComponentChildren; warning?: boolean }) {
  return (
    <p class={warning ? 'notice notice-warning' : 'notice'} role="status">
      {children}
    </p>
  );
}

export function SignUpPage({
  ctx,
  values,
  errors,
  policyVersions,
}: {
  ctx: PageContext;
  values: FormValues;
  errors: FieldErrors;
  /** The versions in force the box accepts, `slug:version,…` (see policy-versions-field.ts). */
  policyVersions: string;
}) {
  const a = ctx.t.account;
  return (
    <AccountPage ctx={ctx} title={a.signUp.title} canonicalPath="/dang-ky">
      <p>{a.signUp.description}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ ...a.fields, acceptPolicies: ctx.t.legal.signUpConsent }} />
      <form method="post" action={ctx.href('/dang-ky')} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="fullName"
          label={a.fields.fullName}
          value={values.fullName}
          error={errors.fullName}
          autoComplete="name"
          maxLength={120}
          required
        />
        <TextField
          name="email"
          type="email"
          label={a.fields.email}
          value={values.email}
          error={errors.email}
          autoComplete="email"
          maxLength={254}
          required
        />
        <TextField
          name="phone"
          type="tel"
          label={a.fields.phone}
          hint={a.hints.phone}
          value={values.phone}
          error={errors.phone}
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
        />
        <TextField
          name="password"
          type="password"
          label={a.fields.password}
          hint={a.hints.password(PASSWORD_MIN_LENGTH)}
          error={errors.password}
          autoComplete="new-password"
          maxLength={128}
          required
        />
        <div class={errors.acceptPolicies ? 'field field-invalid' : 'field'}>
          {errors.acceptPolicies ? (
            <p class="field-error" id={`${fieldId('acceptPolicies')}-error`}>
              {errors.acceptPolicies}
            </p>
          ) : null}
          <label class="choice" for={fieldId('acceptPolicies')}>
            <input
              type="checkbox"
              id={fieldId('acceptPolicies')}
              name="acceptPolicies"
              value="1"
              required
              checked={values.acceptPolicies === '1'}
              aria-invalid={errors.acceptPolicies ? 'true' : undefined}
              aria-describedby={errors.acceptPolicies ? `${fieldId('acceptPolicies')}-error` : undefined}
            />
            {ctx.t.legal.signUpConsent}
          </label>
          <p class="field-hint">
            <a href={ctx.href('/chinh-sach')} target="_blank" rel="noopener">
              {ctx.t.legal.signUpConsentLink}
            </a>
          </p>
          <input type="hidden" name="policyVersions" value={policyVersions} />
        </div>
        <button type="submit" class="button">
          {a.signUp.submit}
        </button>
      </form>
      <p class="account-alternative">
        {a.signUp.haveAccount} <a href={ctx.href('/dang-nhap')}>{a.signUp.signInInstead}</a>
      </p>
    </AccountPage>
  );
}

export function SignInPage({
  ctx,
  values,
  errors,
  next,
}: {
  ctx: PageContext;
  values: FormValues;
  errors: FieldErrors;
  next: string | null;
}) {
  const a = ctx.t.account;
  return (
    <AccountPage ctx={ctx} title={a.signIn.title} canonicalPath="/dang-nhap">
      <ErrorSummary ctx={ctx} errors={errors} labels={a.fields} />
      <form method="post" action={ctx.href('/dang-nhap')} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          name="email"
          type="email"
          label={a.fields.email}
          value={values.email}
          error={errors.email}
          autoComplete="email"
          maxLength={254}
          required
        />
        <TextField
          name="password"
          type="password"
          label={a.fields.password}
          error={errors.password}
          autoComplete="current-password"
          maxLength={128}
          required
        />
        <button type="submit" class="button">
          {a.signIn.submit}
        </button>
      </form>
      <p class="account-alternative">
        <a href={ctx.href('/quen-mat-khau')}>{a.signIn.forgot}</a>
      </p>
      <p class="account-alternative">
        {a.signIn.noAccount} <a href={ctx.href('/dang-ky')}>{a.signIn.signUpInstead}</a>
      </p>
    </AccountPage>
  );
}

/** After signing up, or when asked: the address the confirmation went to, and a button to send it again. */
export function CheckEmailPage({
  ctx,
  user,
  resent,
  errors,
}: {
  ctx: PageContext;
  user: UserDto;
  resent: boolean;
  errors: FieldErrors;
}) {
  const v = ctx.t.account.verify;
  if (user.emailVerified) {
    return (
      <AccountPage ctx={ctx} title={v.doneTitle} canonicalPath="/xac-minh-email">
        <p>{v.greeting(user.fullName)}</p>
        <Notice>{v.alreadyVerified}</Notice>
        <p>
          <a class="button" href={ctx.href('/')}>
            {v.continueShopping}
          </a>
        </p>
      </AccountPage>
    );
  }
  return (
    <AccountPage ctx={ctx} title={v.checkTitle} canonicalPath="/xac-minh-email">
      <ErrorSummary ctx={ctx} errors={errors} labels={{}} />
      {resent ? <Notice>{v.resent}</Notice> : null}
      <p>{v.greeting(user.fullName)}</p>
      <p>{v.checkText(user.email)}</p>
      <p class="muted">{v.notArrived}</p>
      <form method="post" action={ctx.href('/xac-minh-email/gui-lai')}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button-secondary">
          {v.resend}
        </button>
      </form>
    </AccountPage>
  );
}

export function VerifyResultPage({ ctx, verified }: { ctx: PageContext; verified: boolean }) {
  const v = ctx.t.account.verify;
  return (
    <AccountPage ctx={ctx} title={verified ? v.doneTitle : v.failedTitle} canonicalPath="/xac-minh-email">
      {verified ? (
        <>
          <Notice>{v.doneText}</Notice>
          <p>
            <a class="button" href={ctx.href('/')}>
              {v.continueShopping}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{v.failedText}</p>
          <p>
            <a class="button" href={ctx.href(ctx.viewer ? '/xac-minh-email' : '/dang-nhap?next=%2Fxac-minh-email')}>
              {ctx.viewer ? v.resend : ctx.t.common.signIn}
            </a>
          </p>
        </>
      )}
    </AccountPage>
  );
}

export function ForgotPasswordPage({
  ctx,
  values,
  errors,
  sent,
}: {
  ctx: PageContext;
  values: FormValues;
  errors: FieldErrors;
  sent: boolean;
}) {
  const f = ctx.t.account.forgot;
  const a = ctx.t.account;
  if (sent) {
    return (
      <AccountPage ctx={ctx} title={f.sentTitle} canonicalPath="/quen-mat-khau">
        <Notice>{f.sent}</Notice>
        <p>
          <a href={ctx.href('/dang-nhap')}>{f.backToSignIn}</a>
        </p>
      </AccountPage>
    );
  }
  return (
    <AccountPage ctx={ctx} title={f.title} canonicalPath="/quen-mat-khau">
      <p>{f.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={a.fields} />
      <form method="post" action={ctx.href('/quen-mat-khau')} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="email"
          type="email"
          label={a.fields.email}
          value={values.email}
          error={errors.email}
          autoComplete="email"
          maxLength={254}
          required
        />
        <button type="submit" class="button">
          {f.submit}
        </button>
      </form>
      <p class="account-alternative">
        <a href={ctx.href('/dang-nhap')}>{f.backToSignIn}</a>
      </p>
    </AccountPage>
  );
}

/** The new password twice; the link's token rides along in a hidden field, never in what is shown. */
export function ResetPasswordPage({
  ctx,
  token,
  errors,
  linkInvalid,
}: {
  ctx: PageContext;
  token: string;
  errors: FieldErrors;
  linkInvalid: boolean;
}) {
  const r = ctx.t.account.reset;
  const a = ctx.t.account;
  if (linkInvalid) {
    return (
      <AccountPage ctx={ctx} title={r.title} canonicalPath="/dat-lai-mat-khau">
        <div class="error-summary" role="alert">
          <p>{r.invalidLink}</p>
        </div>
        <p>
          <a class="button" href={ctx.href('/quen-mat-khau')}>
            {r.askAgain}
          </a>
        </p>
      </AccountPage>
    );
  }
  return (
    <AccountPage ctx={ctx} title={r.title} canonicalPath="/dat-lai-mat-khau">
      <p>{r.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={a.fields} />
      <form method="post" action={ctx.href('/dat-lai-mat-khau')} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields ctx={ctx} name="password" errors={errors} />
        <button type="submit" class="button">
          {r.submit}
        </button>
      </form>
    </AccountPage>
  );
}

export function ResetDonePage({ ctx }: { ctx: PageContext }) {
  const r = ctx.t.account.reset;
  return (
    <AccountPage ctx={ctx} title={r.doneTitle} canonicalPath="/dat-lai-mat-khau/xong">
      <Notice>{r.done}</Notice>
      <p>
        <a class="button" href={ctx.href('/')}>
          {ctx.t.account.verify.continueShopping}
        </a>
      </p>
    </AccountPage>
  );
}

export function ChangePasswordPage({
  ctx,
  user,
  errors,
  done,
}: {
  ctx: PageContext;
  user: UserDto;
  errors: FieldErrors;
  done: boolean;
}) {
  const c = ctx.t.account.change;
  const a = ctx.t.account;
  return (
    <AccountPage ctx={ctx} title={c.title} canonicalPath="/tai-khoan/mat-khau">
      {done ? <Notice>{c.done}</Notice> : null}
      <p class="muted">{c.signedInAs(user.fullName, user.email)}</p>
      <p>{c.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={a.fields} />
      <form method="post" action={ctx.href('/tai-khoan/mat-khau')} class="account-form" noValidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="currentPassword"
          type="password"
          label={a.fields.currentPassword}
          error={errors.currentPassword}
          autoComplete="current-password"
          maxLength={128}
          required
        />
        <NewPasswordFields ctx={ctx} name="newPassword" errors={errors} />
        <button type="submit" class="button">
          {c.submit}
        </button>
      </form>
    </AccountPage>
  );
}

/** A new password and the same again, as reset and change both ask for it. */
function NewPasswordFields({ ctx, name, errors }: { ctx: PageContext; name: string; errors: FieldErrors }) {
  const a = ctx.t.account;
  return (
    <>
      <TextField
        name={name}
        type="password"
        label={a.fields.newPassword}
        hint={a.hints.password(PASSWORD_MIN_LENGTH)}
        error={errors[name]}
        autoComplete="new-password"
        maxLength={128}
        required
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={a.fields.confirmPassword}
        error={errors.confirmPassword}
        autoComplete="new-password"
        maxLength={128}
        required
      />
    </>
  );
}
