// The small page interface the smoke walk is written against, so one spec runs in every engine:
// Chromium and Firefox through Playwright, WebKitGTK through WebDriver (webkit-driver.ts), which
// Playwright cannot drive. Page functions are passed as code, so they must use only their argument.
import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface DeckPage {
  /** Load url afresh, also where it differs from the page's address only in its #fragment. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Poll fn in the page until it returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  /** The window as a PNG, one device pixel per CSS pixel. */
  screenshot(): Promise<Buffer>;
  /**
   * Set the window's inner size (the CSS viewport), on a blank page: the talk's page loads itself
   * again when a new size takes it to the other view (src/client/reading/view-switch.ts), and that
   * load would race the next goto.
   */
  setViewport(width: number, height: number): Promise<void>;
  press(key: 'ArrowRight' | 'ArrowDown' | 'Home' | 's'): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  /** The browser's name and version, as the README lists them. */
  version: string;
  newPage(): Promise<DeckPage>;
  /** Run action (a key that opens a window) and return the window it opens. */
  waitForNewPage(action: () => Promise<void>): Promise<DeckPage>;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** A deck page over a Playwright page. */
export function playwrightPage(page: Page): DeckPage {
  return {
    async goto(url) {
      if (page.url().split('#')[0] === url.split('#')[0]) await page.goto('about:blank');
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitFor: async (fn, arg, timeout = 15_000) => void (await page.waitForFunction(fn as never, arg, { timeout, polling: 50 })),
    screenshot: () => page.screenshot(),
    async setViewport(width, height) {
      await page.goto('about:blank');
      await page.setViewportSize({ width, height });
    },
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

/** An engine over a Playwright browser: one context, so windows a page opens are seen. */
export function playwrightEngine(browser: Browser, name: string, reducedMotion: boolean): Engine {
  let context: BrowserContext | undefined;
  const contextOf = async () => (context ??= await browser.newContext({ viewport: DEFAULT_VIEWPORT, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' }));
  return {
    version: `${name} ${browser.version()}`,
    newPage: async () => playwrightPage(await (await contextOf()).newPage()),
    async waitForNewPage(action) {
      const [page] = await Promise.all([(await contextOf()).waitForEvent('page'), action()]);
      return playwrightPage(page);
    },
    close: () => browser.close(),
  };
}
