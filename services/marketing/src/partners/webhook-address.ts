import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** What an endpoint's address may be: https only and public addresses only, unless told otherwise. */
export interface AddressRules {
  allowHttp: boolean;
  allowPrivateAddresses: boolean;
}

/** An endpoint's address, checked: the URL and the one address to connect to (pinned). */
export interface CheckedAddress {
  url: URL;
  address: string;
  family: 4 | 6;
}

export type AddressRefusal = 'invalid_url' | 'https_required' | 'credentials_in_url' | 'unresolvable' | 'private_address';

export type AddressCheck = { ok: true; checked: CheckedAddress } | { ok: false; reason: AddressRefusal; detail: string };

/** How a host name is resolved (node:dns; tests may give their own). */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

const resolveWithDns: Resolve = (host) => lookup(host, { all: true, verbatim: true });

// Every range a webhook must never reach: this host, private networks, shared address space,
// link-local (cloud metadata at 169.254.169.254), multicast, reserved, documentation, and their
// IPv6 counterparts. IPv4-mapped and NAT64 IPv6 addresses are unwrapped before the check.
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible or NAT64 (`64:ff9b::/96`) IPv6 address. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = lower.match(/^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1]) return dotted[1];
  const hex = lower.match(/^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (hex?.[1] && hex[2]) {
    const high = Number.parseInt(hex[1], 16);
    const low = Number.parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return null;
}

/** Whether an IP address is anything but a public unicast one (loopback, private, link-local…). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  // not an address at all: never treated as a safe one
  return true;
}

/** The URL's syntax and scheme, before any lookup (what registration answers first). */
function parseUrl(text: string, rules: AddressRules): { ok: true; url: URL } | Extract<AddressCheck, { ok: false }> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid_url', detail: 'not an absolute URL' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && rules.allowHttp))
    return { ok: false, reason: 'https_required', detail: `${url.protocol} is not allowed, only https:` };
  if (url.username || url.password) return { ok: false, reason: 'credentials_in_url', detail: 'no user or password in the URL' };
  if (!url.hostname) return { ok: false, reason: 'invalid_url', detail: 'no host' };
  return { ok: true, url };
}

/**
 * Checks an endpoint's URL and resolves its host: every address the name has must be public (a
 * name with one private address among public ones is refused, since the connection could land
 * on either). The answer carries the address to connect to, so that the connection goes where
 * the check looked and a DNS answer changed in between (rebinding) cannot redirect it.
 */
export async function checkWebhookAddress(
  text: string,
  rules: AddressRules,
  resolve: Resolve = resolveWithDns,
): Promise<AddressCheck> {
  const parsed = parseUrl(text, rules);
  if (!parsed.ok) return parsed;
  const { url } = parsed;
  // `new URL` writes IPv6 hosts in brackets
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      return { ok: false, reason: 'unresolvable', detail: `${host}: ${(error as NodeJS.ErrnoException).code ?? 'no answer'}` };
    }
  }
  const [first] = addresses;
  if (!first) return { ok: false, reason: 'unresolvable', detail: `${host}: no address` };
  if (!rules.allowPrivateAddresses) {
    const refused = addresses.find((one) => isPrivateAddress(one.address));
    if (refused) return { ok: false, reason: 'private_address', detail: `${host} resolves to ${refused.address}` };
  }
  return { ok: true, checked: { url, address: first.address, family: first.family === 6 ? 6 : 4 } };
}
