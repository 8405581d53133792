// Serve the built site on a free local port while Chromium prints it.
import { preview } from 'vite';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(distDir: string): Promise<ServedSite> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    // A static host's answers: a file that is not there is a 404, not the talk's page (robots.txt, favicon.ico).
    appType: 'mpa',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return { url, close: () => server.close() };
}
