// A copy of the site without Next's client runtime, for the Lighthouse table: the same HTML, CSS,
// fonts and images, with every <script> and script preload removed. Beside the real page it
// separates what the content costs a phone from what Next's scripts and hydration cost.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** The page's HTML without scripts: what a browser with JavaScript off would get. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '');
}

const HOP_BY_HOP = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * Serves `origin` on a local port; documents are passed through `withoutScripts`. Responses are
 * gzipped when the client asks, as `next start` does, so transfer sizes stay comparable.
 */
export async function startStaticCopy(origin: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer(async (req, res) => {
    try {
      const upstream = await fetch(origin + (req.url ?? '/'), { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
      const headers: Record<string, string> = {};
      upstream.headers.forEach((value, key) => {
        if (!HOP_BY_HOP.has(key)) headers[key] = value;
      });
      const type = headers['content-type'] ?? '';
      let body = Buffer.from(await upstream.arrayBuffer());
      if (type.includes('text/html')) body = Buffer.from(withoutScripts(body.toString('utf8')));
      if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|xml|svg/.test(type)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(upstream.status, headers).end(body);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
