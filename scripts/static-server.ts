/**
 * A plain static file server on a free local port, as a conference's web host would be (no Vite): for
 * the benchmark and for end-to-end tests that need a sub-path or a file that changes between visits.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** The address of `prefix` on this server, ending in "/". */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface StaticOptions {
  /** The path the folder is served under ("/events/2024/itinerary/"); "/" by default. */
  readonly prefix?: string;
  /** Replaces a file's bytes as served (by its path inside the folder), e.g. a changed sw.js. */
  readonly rewrite?: (path: string, body: Buffer) => Buffer;
}

export async function serveFolder(folder: string, options: StaticOptions = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? '/';
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    let file = join(folder, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(options.rewrite ? options.rewrite(relative, body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
