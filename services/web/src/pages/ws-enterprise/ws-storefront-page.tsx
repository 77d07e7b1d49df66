import { formatDateVn, formatVnd } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors, SelectField, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import type { Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';
import { FileField } from './ws-enterprise-pages.tsx';

/** A bank of `GET /banks`. */
export interface Bank {
  bin: string;
  code: string;
  shortName: string;
  name: string;
}

/** The storefront page's forms: which one came back refused, with what was typed and what is wrong. */
export type StorefrontSection = 'images' | 'about' | 'bank' | 'shipping';

export interface StorefrontForms {
  about: { introduction: string; phone: string; email: string; website: string; customDomain: string };
  bank: { bankBin: string; accountNo: string; accountHolder: string };
  shipping: { flatFee: string; freeFrom: string };
}

export interface StorefrontRefusal {
  section: StorefrontSection;
  errors: FieldErrors;
}

/** The forms as the enterprise stands (first view), before anything was typed. */
export function storefrontFormsOf(
  workspace: Workspace,
  shippingRule: { flatFee: number; freeFrom: number | null } | null,
): StorefrontForms {
  const { enterprise } = workspace;
  return {
    about: {
      introduction: enterprise.introduction ?? '',
      phone: enterprise.phone,
      email: enterprise.email,
      website: enterprise.website ?? '',
      customDomain: enterprise.customDomain ?? '',
    },
    bank: {
      bankBin: enterprise.bankAccount?.bankBin ?? '',
      accountNo: enterprise.bankAccount?.accountNo ?? '',
      accountHolder: enterprise.bankAccount?.accountHolder ?? '',
    },
    shipping: {
      flatFee: shippingRule ? String(shippingRule.flatFee) : '',
      freeFrom: shippingRule?.freeFrom != null ? String(shippingRule.freeFrom) : '',
    },
  };
}

export function StorefrontPage({
  ctx,
  workspace,
  forms,
  refusal,
  banks,
}: {
  ctx: PageContext;
  workspace: Workspace;
  forms: StorefrontForms;
  refusal: StorefrontRefusal | null;
  banks: Bank[];
}) {
  const t = ctx.t.wsEnterprise.storefront;
  const f = ctx.t.wsEnterprise.form;
  const { enterprise } = workspace;
  const isOwner = workspace.role === 'owner';
  const base = workspacePath(enterprise.id, 'storefront');
  const errorsOf = (section: StorefrontSection): FieldErrors => (refusal?.section === section ? refusal.errors : {});
  const publicHost = new URL(ctx.site.publicUrl).hostname;
  const actions =
    enterprise.status === 'approved' ? (
      <a class="button button-secondary" href={ctx.href(`/doanh-nghiep/${enterprise.slug}`)}>
        {t.viewStorefront}
      </a>
    ) : undefined;
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="storefront" title={t.title} actions={actions}>
      {enterprise.status !== 'approved' ? <p class="notice">{t.notPublicYet}</p> : null}

      <section class="ws-section" aria-labelledby="ws-images" id="images">
        <h2 id="ws-images">{t.images}</h2>
        <ErrorSummary ctx={ctx} errors={errorsOf('images')} labels={{ logo: t.logo, cover: t.cover }} />
        <div class="ws-images">
          {(['logo', 'cover'] as const).map((slot) => {
            const url = slot === 'logo' ? enterprise.logoUrl : enterprise.coverUrl;
            return (
              <div class={`ws-image ws-image-${slot}`} data-image-slot={slot}>
                {url ? (
                  <img
                    src={url}
                    alt={slot === 'logo' ? t.logo : t.cover}
                    width={slot === 'logo' ? 120 : 480}
                    height={slot === 'logo' ? 120 : 160}
                  />
                ) : (
                  <p class="muted">{t.noImage}</p>
                )}
                <form method="post" action={ctx.href(`${base}/anh/${slot}`)} enctype="multipart/form-data" class="ws-form">
                  <CsrfField ctx={ctx} />
                  <FileField
                    name={slot}
                    label={slot === 'logo' ? t.logo : t.cover}
                    hint={t.imageHint}
                    accept="image/jpeg,image/png,image/webp"
                    error={errorsOf('images')[slot]}
                  />
                  <button type="submit" class="button button-secondary">
                    {slot === 'logo' ? t.uploadLogo : t.uploadCover}
                  </button>
                </form>
              </div>
            );
          })}
        </div>
      </section>

      <section class="ws-section" aria-labelledby="ws-about" id="about">
        <h2 id="ws-about">{t.about}</h2>
        {isOwner ? (
          <>
            <ErrorSummary
              ctx={ctx}
              errors={errorsOf('about')}
              labels={{
                introduction: t.introduction,
                phone: f.phone,
                email: f.email,
                website: f.website,
                customDomain: t.customDomain,
              }}
            />
            <form method="post" action={ctx.href(`${base}/gioi-thieu`)} class="ws-form" noValidate data-about-form>
              <CsrfField ctx={ctx} />
              <TextField
                name="introduction"
                label={t.introduction}
                hint={t.introductionHint}
                value={forms.about.introduction}
                error={errorsOf('about').introduction}
                multiline
                maxLength={5000}
              />
              <TextField
                name="phone"
                label={f.phone}
                type="tel"
                inputMode="tel"
                value={forms.about.phone}
                error={errorsOf('about').phone}
                required
                maxLength={20}
              />
              <TextField
                name="email"
                label={f.email}
                type="email"
                value={forms.about.email}
                error={errorsOf('about').email}
                required
                maxLength={254}
              />
              <TextField
                name="website"
                label={f.website}
                type="url"
                value={forms.about.website}
                error={errorsOf('about').website}
                maxLength={200}
              />
              <h3>{t.domain}</h3>
              <TextField
                name="customDomain"
                label={t.customDomain}
                hint={t.customDomainHint}
                value={forms.about.customDomain}
                error={errorsOf('about').customDomain}
                maxLength={253}
              />
              <button type="submit" class="button">
                {t.save}
              </button>
            </form>
          </>
        ) : (
          <p class="muted">{t.ownerOnly}</p>
        )}
        {enterprise.customDomain ? (
          <div class="ws-domain" data-domain-state={enterprise.customDomainVerifiedAt ? 'verified' : 'pending'}>
            <p>{t.dnsIntro}</p>
            <table class="data-table ws-dns">
              <thead>
                <tr>
                  <th scope="col">{t.dnsType}</th>
                  <th scope="col">{t.dnsName}</th>
                  <th scope="col">{t.dnsValue}</th>
                </tr>
              </thead>
              <tbody>
                <tr data-dns-record>
                  <td>CNAME</td>
                  <td>
                    <code>{enterprise.customDomain}</code>
                  </td>
                  <td>
                    <code>{publicHost}</code>
                  </td>
                </tr>
              </tbody>
            </table>
            <p>
              <strong>
                {enterprise.customDomainVerifiedAt
                  ? t.domainVerified(formatDateVn(enterprise.customDomainVerifiedAt))
                  : t.domainPending}
              </strong>
            </p>
          </div>
        ) : null}
      </section>

      <section class="ws-section" aria-labelledby="ws-bank" id="bank">
        <h2 id="ws-bank">{t.bank}</h2>
        <p class="muted">{t.bankIntro}</p>
        {enterprise.bankAccount ? (
          <p data-bank-account>
            {t.currentAccount}: <strong>{enterprise.bankAccount.bankName}</strong> · {enterprise.bankAccount.accountNo} ·{' '}
            {enterprise.bankAccount.accountHolder}
          </p>
        ) : (
          <p class="notice">{t.noAccount}</p>
        )}
        {isOwner ? (
          <>
            <ErrorSummary
              ctx={ctx}
              errors={errorsOf('bank')}
              labels={{ bankBin: t.bankBin, accountNo: t.accountNo, accountHolder: t.accountHolder }}
            />
            <form method="post" action={ctx.href(`${base}/ngan-hang`)} class="ws-form" noValidate data-bank-form>
              <CsrfField ctx={ctx} />
              <SelectField
                name="bankBin"
                label={t.bankBin}
                value={forms.bank.bankBin}
                error={errorsOf('bank').bankBin}
                placeholder={t.chooseBank}
                options={banks.map((bank) => ({ value: bank.bin, label: `${bank.shortName} — ${bank.name}` }))}
                required
              />
              <TextField
                name="accountNo"
                label={t.accountNo}
                inputMode="numeric"
                value={forms.bank.accountNo}
                error={errorsOf('bank').accountNo}
                required
                maxLength={30}
              />
              <TextField
                name="accountHolder"
                label={t.accountHolder}
                hint={t.accountHolderHint}
                value={forms.bank.accountHolder}
                error={errorsOf('bank').accountHolder}
                required
                maxLength={100}
              />
              <button type="submit" class="button">
                {t.saveBank}
              </button>
            </form>
          </>
        ) : (
          <p class="muted">{t.ownerOnly}</p>
        )}
      </section>

      <section class="ws-section" aria-labelledby="ws-shipping" id="shipping">
        <h2 id="ws-shipping">{t.shipping}</h2>
        <p class="muted">{t.shippingIntro}</p>
        {forms.shipping.flatFee && refusal?.section !== 'shipping' ? (
          <p data-shipping-rule>
            {t.flatFee}: {formatVnd(Number(forms.shipping.flatFee))}
            {forms.shipping.freeFrom ? ` · ${t.freeFrom}: ${formatVnd(Number(forms.shipping.freeFrom))}` : ''}
          </p>
        ) : null}
        <ErrorSummary ctx={ctx} errors={errorsOf('shipping')} labels={{ flatFee: t.flatFee, freeFrom: t.freeFrom }} />
        <form method="post" action={ctx.href(`${base}/giao-hang`)} class="ws-form ws-inline-fields" noValidate data-shipping-form>
          <CsrfField ctx={ctx} />
          <TextField
            name="flatFee"
            label={t.flatFee}
            inputMode="numeric"
            value={forms.shipping.flatFee}
            error={errorsOf('shipping').flatFee}
            required
            maxLength={14}
          />
          <TextField
            name="freeFrom"
            label={t.freeFrom}
            inputMode="numeric"
            value={forms.shipping.freeFrom}
            error={errorsOf('shipping').freeFrom}
            maxLength={16}
          />
          <button type="submit" class="button">
            {t.saveShipping}
          </button>
        </form>
      </section>
    </WorkspaceDocument>
  );
}
