// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and MiniBrowser) under Xvfb, driven over
// classic W3C WebDriver, the closest engine to Safari that runs here: Playwright drives only its
// own patched WebKit, which cannot be downloaded on this network.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { DEFAULT_VIEWPORT, type DeckPage, type Engine } from './deck-page.ts';
import { gtkConfigHome, startXvfb } from './xvfb.ts';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const INSTALL_HINT = 'apt-get install --no-install-recommends webkit2gtk-driver xvfb';
/** WebDriver's key codes for the keys the walk presses. */
const KEYS: Record<string, string> = { ArrowRight: '\uE014', ArrowDown: '\uE015', Home: '\uE011' };

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

type Call = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<unknown>;

export async function launchWebKit({ reducedMotion }: { reducedMotion: boolean }): Promise<Engine> {
  if (!existsSync(MINIBROWSER)) throw new Error(`WebKitGTK's MiniBrowser is missing (${MINIBROWSER}): ${INSTALL_HINT}`);
  const xvfb = await startXvfb();
  const configHome = gtkConfigHome(reducedMotion);
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: configHome, NO_AT_BRIDGE: '1' }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call: Call = async (method, path, body) => {
    // A call never waits more than a minute: a hung browser fails the test instead of the run.
    const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
    const { value } = (await response.json()) as { value: { error?: string; message?: string } | null };
    if (!response.ok || value?.error) throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message}`);
    return value;
  };
  await expectDriver(base);
  const session = (await call('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } })) as { sessionId: string; capabilities: { browserVersion: string } };
  const at = (path: string) => `/session/${session.sessionId}${path}`;
  const windows = new WindowSwitch(call, at, (await call('GET', at('/window'))) as string);

  return {
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    async newPage() {
      const page = webkitPage(windows.spare() ?? (await windows.open()), call, at, windows);
      await page.setViewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
      return page;
    },
    async waitForNewPage(action) {
      const before = new Set((await call('GET', at('/window/handles'))) as string[]);
      await action();
      for (const end = Date.now() + 15_000; Date.now() < end; await pause(50)) {
        const opened = ((await call('GET', at('/window/handles'))) as string[]).find((handle) => !before.has(handle));
        if (opened) return webkitPage(opened, call, at, windows);
      }
      throw new Error('No window opened');
    },
    async close() {
      await call('DELETE', at('')).catch(() => undefined);
      driver.kill();
      xvfb.process.kill();
      rmSync(configHome, { recursive: true, force: true });
    },
  };
}

async function expectDriver(base: string): Promise<void> {
  for (const end = Date.now() + 10_000; Date.now() < end; await pause(25)) {
    if (await fetch(`${base}/status`).then((response) => response.ok, () => false)) return;
  }
  throw new Error(`WebKitWebDriver did not answer: ${INSTALL_HINT}`);
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** WebDriver talks to one window at a time; this switches on demand and keeps the last window alive. */
class WindowSwitch {
  private readonly spares: string[];
  constructor(private readonly call: Call, private readonly at: (path: string) => string, private current: string | null) {
    this.spares = current ? [current] : [];
  }
  spare(): string | undefined {
    return this.spares.pop();
  }
  async open(): Promise<string> {
    if (!this.current) await this.use(((await this.call('GET', this.at('/window/handles'))) as string[])[0]);
    return ((await this.call('POST', this.at('/window/new'), { type: 'window' })) as { handle: string }).handle;
  }
  async use(handle: string): Promise<void> {
    if (this.current === handle) return;
    await this.call('POST', this.at('/window'), { handle });
    this.current = handle;
  }
  /** Closing the last window would end the session: it is blanked and kept for the next page instead. */
  async close(handle: string): Promise<void> {
    await this.use(handle);
    if (((await this.call('GET', this.at('/window/handles'))) as string[]).length === 1) {
      await this.call('POST', this.at('/url'), { url: 'about:blank' });
      this.spares.push(handle);
      return;
    }
    await this.call('DELETE', this.at('/window'));
    this.current = null;
  }
}

function webkitPage(handle: string, call: Call, at: (path: string) => string, windows: WindowSwitch): DeckPage {
  const run = async (script: string, args: unknown[]) => {
    await windows.use(handle);
    // execute/sync awaits a promise the script returns, as the WebDriver spec says.
    return call('POST', at('/execute/sync'), { script, args });
  };
  const page: DeckPage = {
    async goto(url) {
      const bare = url.split('#')[0];
      if (((await run('return location.href', [])) as string).split('#')[0] === bare) await call('POST', at('/url'), { url: 'about:blank' });
      // The old document is marked: a file:// navigation may answer before the new one is in place.
      await run('window.deckPageLeft = true', []);
      await call('POST', at('/url'), { url });
      await page.waitFor((target) => !('deckPageLeft' in window) && location.href.split('#')[0] === target && document.readyState === 'complete', bare, 30_000);
    },
    evaluate: (fn, arg) => run(`return (${fn.toString()}).apply(null, arguments)`, arg === undefined ? [] : [arg]) as never,
    async waitFor(fn, arg, timeout = 15_000) {
      let last: unknown;
      for (const end = Date.now() + timeout; Date.now() < end; await pause(50)) {
        try {
          if (await page.evaluate(fn, arg)) return;
        } catch (error) {
          last = error;
        }
      }
      throw new Error(`Timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 200)}${last ? ` (${(last as Error).message})` : ''}`);
    },
    async screenshot() {
      await windows.use(handle);
      return Buffer.from((await call('GET', at('/screenshot'))) as string, 'base64');
    },
    async setViewport(width, height) {
      await windows.use(handle);
      await call('POST', at('/url'), { url: 'about:blank' });
      // The window's rect is its outer size: add what MiniBrowser's frame takes, measured, until it fits.
      for (let attempt = 0; attempt < 3; attempt++) {
        const [innerWidth, innerHeight, outerWidth, outerHeight] = await page.evaluate(() => [window.innerWidth, window.innerHeight, window.outerWidth, window.outerHeight]);
        if (innerWidth === width && innerHeight === height) return;
        await call('POST', at('/window/rect'), { width: width + outerWidth - innerWidth, height: height + outerHeight - innerHeight });
      }
      const inner = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] !== width || inner[1] !== height) throw new Error(`The window is ${inner.join('×')}, not ${width}×${height}`);
    },
    async press(key) {
      await windows.use(handle);
      const value = KEYS[key] ?? key;
      await call('POST', at('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
    },
    close: () => windows.close(handle),
  };
  return page;
}
