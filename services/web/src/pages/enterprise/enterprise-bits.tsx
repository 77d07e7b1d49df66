import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import type { PageContext } from '../../http/page-context.ts';

/** Street, ward or commune, province: the address as a buyer writes it. */
export function fullAddress(enterprise: EnterpriseDto): string {
  const { street, wardName, provinceName } = enterprise.address;
  return [street, wardName, provinceName].filter(Boolean).join(', ');
}

/** Only http(s) addresses become links (the API checks this too; a page never trusts a scheme it did not see). */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * The enterprise's logo, or, when it has none, a tidy placeholder: the initial of its name on the
 * site's green, the same size, hidden from screen readers (the name is written next to it).
 */
export function EnterpriseMark({ ctx, enterprise, size }: { ctx: PageContext; enterprise: EnterpriseDto; size: number }) {
  if (enterprise.logoUrl) {
    return (
      <img
        class="enterprise-logo"
        src={enterprise.logoUrl}
        alt={ctx.t.enterprise.logoAlt(enterprise.name)}
        width={size}
        height={size}
      />
    );
  }
  const initial = (
    enterprise.name.replace(/^(công ty|hợp tác xã|htx|cơ sở|hộ kinh doanh)\s+/i, '').trim()[0] ?? '?'
  ).toUpperCase();
  return (
    <span
      class={size > 64 ? 'enterprise-logo logo-placeholder logo-large' : 'enterprise-logo logo-placeholder'}
      aria-hidden="true"
    >
      {initial}
    </span>
  );
}
