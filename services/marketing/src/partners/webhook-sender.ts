import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedAddress } from './webhook-address.ts';

/** What one attempt came to: the answer's status (none when nothing came back), or why it failed. */
export interface SendOutcome {
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  durationMs: number;
}

const EXCERPT_BYTES = 1024;

/**
 * POSTs one signed webhook to the address that was checked, and to no other: the connection's
 * lookup answers that address whatever DNS says now, the TLS name stays the URL's host (the
 * certificate is checked against it), redirects are not followed (a 3xx is a failure), and the
 * whole attempt is cut at `timeoutMs`. Only the first KiB of the answer is read.
 */
export function sendWebhook(input: {
  target: CheckedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}): Promise<SendOutcome> {
  const { url, address, family } = input.target;
  const started = performance.now();
  const pinned: LookupFunction = (_hostname, options, callback) => {
    // with `all` (Node's happy-eyeballs connect) the answer is a list
    if ((options as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<SendOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: Math.round(performance.now() - started) });
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        // a fresh connection each time: no pooled socket made for another address or check
        agent: false,
        lookup: pinned,
        headers: {
          ...input.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(input.body),
          'user-agent': 'TradeQN-Webhooks/1 (+https://tradequangngai.com.vn)',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          const statusCode = response.statusCode ?? null;
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
          const isSuccess = statusCode !== null && statusCode >= 200 && statusCode < 300;
          finish({
            statusCode,
            error: isSuccess
              ? null
              : statusCode !== null && statusCode >= 300 && statusCode < 400
                ? 'redirect_not_followed'
                : 'http_status',
            responseExcerpt: excerpt || null,
          });
          response.destroy();
        };
        response.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size >= EXCERPT_BYTES) done();
        });
        response.on('end', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error('timeout'));
      finish({ statusCode: null, error: 'timeout', responseExcerpt: null });
    }, input.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({ statusCode: null, error: error.code ?? error.message.slice(0, 200), responseExcerpt: null });
    });
    request.end(input.body);
  });
}
