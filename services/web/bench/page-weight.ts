// A page's weight as a browser on a first visit receives it: the HTML, then each stylesheet and
// script it links, each asked with `accept-encoding: br, gzip` and counted as transferred (the
// compressed body); images and icons aside.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface WeightPart {
  name: string;
  /** Bytes on the wire (the body as sent, compressed when the server compressed it). */
  transferred: number;
  /** Bytes once decompressed. */
  raw: number;
  encoding: string;
}

export async function pageWeight(origin: string, path: string): Promise<{ parts: WeightPart[]; transferred: number }> {
  const html = await download(`${origin}${path}`, 'text/html');
  const document = parse(html.body.toString('utf8'));
  const linked = [
    ...document.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"]').map((link) => link.getAttribute('href')),
    ...document.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
  ].filter((href): href is string => Boolean(href));
  const parts: WeightPart[] = [{ name: 'HTML', ...html.size }];
  for (const href of new Set(linked)) {
    const file = await download(new URL(href, origin).toString(), '*/*');
    parts.push({ name: href.split('/').pop() ?? href, ...file.size });
  }
  return { parts, transferred: parts.reduce((sum, part) => sum + part.transferred, 0) };
}

function download(url: string, accept: string): Promise<{ body: Buffer; size: Omit<WeightPart, 'name'> }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { accept, 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`${url}: ${response.statusCode}`));
        const wire = Buffer.concat(chunks);
        const encoding = String(response.headers['content-encoding'] ?? 'identity');
        const body = encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;
        resolve({ body, size: { transferred: wire.length, raw: body.length, encoding } });
      });
    })
      .on('error', reject)
      .end();
  });
}
