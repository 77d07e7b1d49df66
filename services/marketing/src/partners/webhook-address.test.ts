import { describe, expect, it } from 'vitest';
import { checkWebhookAddress, isPrivateAddress } from './webhook-address.ts';
import { retryDelayMs } from './webhook-worker.ts';

const production = { allowHttp: false, allowPrivateAddresses: false };

describe('webhook addresses', () => {
  it('tell private, loopback, link-local and other special addresses from public ones', () => {
    for (const address of [
      '0.0.0.0',
      '10.0.0.5',
      '100.64.1.1',
      '127.0.0.1',
      '169.254.169.254',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a00:1',
      'not-an-address',
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ['8.8.8.8', '14.225.0.1', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuse http, credentials and names that resolve to any private address', async () => {
    const publicName = async () => [{ address: '14.225.0.1', family: 4 }];
    expect((await checkWebhookAddress('http://doitac.vn/h', production, publicName)).ok).toBe(false);
    expect((await checkWebhookAddress('https://u:p@doitac.vn/h', production, publicName)).ok).toBe(false);
    const checked = await checkWebhookAddress('https://doitac.vn/h', production, publicName);
    expect(checked).toMatchObject({ ok: true, checked: { address: '14.225.0.1', family: 4 } });
    // one private address among public ones is enough to refuse (the connection could use it)
    const mixed = async () => [
      { address: '14.225.0.1', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    expect(await checkWebhookAddress('https://doitac.vn/h', production, mixed)).toMatchObject({
      ok: false,
      reason: 'private_address',
    });
    const failing = async () => {
      throw Object.assign(new Error('no'), { code: 'ENOTFOUND' });
    };
    expect(await checkWebhookAddress('https://khong-co.vn/h', production, failing)).toMatchObject({
      ok: false,
      reason: 'unresolvable',
    });
    // the real resolver: localhost is loopback
    expect(await checkWebhookAddress('https://localhost/h', production)).toMatchObject({ ok: false, reason: 'private_address' });
  });
});

describe('webhook retries', () => {
  it('double from the first wait up to the cap, spread by the jitter', () => {
    const settings = { firstRetryMs: 30_000, maxRetryMs: 3 * 3600_000, jitter: 0.2 };
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 10, 20].map((n) => retryDelayMs(n, settings, middle))).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      3 * 3600_000,
      3 * 3600_000,
    ]);
    expect(retryDelayMs(1, settings, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, settings, () => 1)).toBe(36_000);
  });
});
