// A page of the export's Chromium (see cdp.ts): its own browser context, a fixed viewport and
// scale, the built site served from its folder, scripts to run, PDFs and screenshots to take.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { mediaTypeOf } from '../vite/data-url.ts';
import type { DevTools } from './cdp.ts';

export interface PageOptions {
  width: number;
  height: number;
  /** Device pixels per CSS px (screenshots). */
  scale: number;
}

export class Page {
  /** Uncaught errors in the page, and console messages about the Content Security Policy. */
  readonly errors: string[] = [];
  readonly policyMessages: string[] = [];

  private constructor(
    private readonly devtools: DevTools,
    private readonly sessionId: string,
    private readonly contextId: string,
  ) {}

  static async open(devtools: DevTools, { width, height, scale }: PageOptions): Promise<Page> {
    const { browserContextId } = await devtools.send('Target.createBrowserContext');
    const { targetId } = await devtools.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = (await devtools.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const page = new Page(devtools, sessionId, browserContextId as string);
    devtools.on('Runtime.exceptionThrown', (params, session) => {
      const details = params.exceptionDetails as { text: string; exception?: { description?: string } };
      if (session === sessionId) page.errors.push(details.exception?.description ?? details.text);
    });
    devtools.on('Log.entryAdded', (params, session) => {
      const { text } = params.entry as { text: string };
      if (session === sessionId && /Content Security Policy/i.test(text)) page.policyMessages.push(text);
    });
    devtools.on('Fetch.requestPaused', (params, session) => session === sessionId && void page.answer(params));
    await Promise.all([
      page.send('Page.enable'),
      page.send('Runtime.enable'),
      page.send('Log.enable'),
      page.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false }),
      page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] }),
    ]);
    return page;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.devtools.send(method, params, this.sessionId);
  }

  /** Answer requests under `url` from the files in `folder` (index.html for a folder). */
  async serve(url: string, folder: string): Promise<void> {
    const root = normalize(folder + sep);
    this.fileAt = (requested) => {
      const path = decodeURIComponent(new URL(requested).pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return null;
      return { type: mediaTypeOf(file), body: readFileSync(file) };
    };
    await this.send('Fetch.enable', { patterns: [{ urlPattern: `${url}*` }] });
  }

  /** Answer one more address with this text (e.g. a stylesheet of the page's own origin). */
  respond(url: string, type: string, body: string): void {
    this.extra.set(url, { type, body: Buffer.from(body) });
  }

  async addInitScript(source: string): Promise<void> {
    await this.send('Page.addScriptToEvaluateOnNewDocument', { source });
  }

  async goto(url: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => {
      const stop = this.devtools.on('Page.loadEventFired', (_, session) => {
        if (session !== this.sessionId) return;
        stop();
        resolve();
      });
    });
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`Chromium could not open ${url}: ${errorText}`);
    await loaded;
  }

  /** Run a function in the page with one argument (both serialised, as Playwright does); its result by value. */
  async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Compilers that keep function names (tsx) wrap nested functions in __name(): give the page one.
    const expression = `((__name) => (${fn.toString()})(${JSON.stringify(arg)}))((f) => f)`;
    const { result, exceptionDetails } = (await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value: R };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  async pdf(options: Record<string, unknown>): Promise<Uint8Array> {
    const { data } = await this.send('Page.printToPDF', { marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0, ...options });
    return Buffer.from(data as string, 'base64');
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data as string, 'base64');
  }

  async close(): Promise<void> {
    await this.devtools.send('Target.disposeBrowserContext', { browserContextId: this.contextId });
  }

  private fileAt: (url: string) => { type: string; body: Buffer } | null = () => null;
  private readonly extra = new Map<string, { type: string; body: Buffer }>();

  private async answer(params: Record<string, unknown>): Promise<void> {
    const { requestId, request } = params as { requestId: string; request: { url: string } };
    const file = this.extra.get(request.url) ?? this.fileAt(request.url);
    const headers = file ? [{ name: 'Content-Type', value: file.type }] : [];
    await this.send('Fetch.fulfillRequest', { requestId, responseCode: file ? 200 : 404, responseHeaders: headers, body: (file?.body ?? Buffer.from('not found')).toString('base64') }).catch(() => undefined);
  }
}
