// Serves fixture pages on 127.0.0.1 so the extension sees a real http origin.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: (path: string) => string;
  /** Pages made in the test rather than read from disk. */
  put: (path: string, body: string, headers?: Record<string, string>) => void;
  close: () => Promise<void>;
}

export async function startStaticServer(roots: string[]): Promise<StaticServer> {
  const generated = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const made = generated.get(path);
    if (made) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...made.headers });
      res.end(made.body);
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    put: (path, body, headers = {}) => generated.set(path, { body, headers }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
