// The built site for the smoke walk, served as a static host would, and once more as the page
// paints before its script arrives: `?without-script` serves index.html without the bundle (the
// one inline script, which places the first slide, stays), for engines that cannot block requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';

const OUT_DIR = 'dist';
export const WITHOUT_SCRIPT = 'without-script';

function servePageWithoutScript(): Plugin {
  return {
    name: 'deck-test-page-without-script',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!url.searchParams.has(WITHOUT_SCRIPT) || !url.pathname.endsWith('/')) return next();
        const html = readFileSync(join(OUT_DIR, url.pathname, 'index.html'), 'utf8')
          .replace(/<script type="module"[^>]*><\/script>/g, '')
          .replace(/<link rel="modulepreload"[^>]*>/g, '');
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(html);
      });
    },
  };
}

export async function serveSite(): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir: OUT_DIR }, preview: { port: 0, host: '127.0.0.1' }, plugins: [servePageWithoutScript()] });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`Could not serve ${OUT_DIR}`);
  return { url, server };
}
