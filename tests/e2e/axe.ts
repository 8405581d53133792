// axe-core on the page as it is shown, held to WCAG 2.1 A and AA.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

/** What a run leaves out of the page; by default it checks the whole page and its frames. */
export interface AxeScope {
  /** A frame (its selector), e.g. the presenter's preview, checked on its own elsewhere. */
  skipFrame?: string;
  /**
   * In the reading view, where each slide is a page: leave out the other slides' pages. A walk
   * checks each page when it is in view, where axe can judge its colours against what is behind them.
   */
  onlyPageOf?: number;
}

/** Each violation as one line: the rule, how bad, what it is about, and the elements it found. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await axeIsIn(page))) await putAxeIn(page);
  const results = await runAxe(page, scope);
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
  });
}

/**
 * @axe-core/playwright puts axe into the page and each of its frames, once per page: putting its half
 * megabyte of script in again for each run took most of the run (over a second a slide in the presenter
 * view). Its one small rule here is only the way in. Legacy mode lets axe in the page reach its frames
 * (the presenter's, on the page's own origin) itself, several times faster than aggregating elsewhere.
 */
async function putAxeIn(page: Page): Promise<void> {
  await new AxeBuilder({ page }).withRules(['document-title']).setLegacyMode(true).analyze();
}

/** axe.run in the page, as @axe-core/playwright's legacy mode runs it. */
async function runAxe(page: Page, scope: AxeScope): Promise<AxeResults> {
  // As JSON both ways: axe's types are too deep for Playwright's argument typing.
  const results = await page.evaluate(
    async ([scopeJson, optionsJson]) => {
      const { skipFrame, onlyPageOf } = JSON.parse(scopeJson) as AxeScope;
      const leftOut: (Element | string[])[] = skipFrame ? [[skipFrame]] : [];
      if (onlyPageOf !== undefined) {
        const own = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][onlyPageOf].closest('.scroll-page');
        leftOut.push(...[...document.querySelectorAll('.reveal .scroll-page')].filter((page) => page !== own));
      }
      const { axe } = window as Window & { axe?: typeof import('axe-core') };
      const context = (leftOut.length > 0 ? { exclude: leftOut } : document) as Parameters<typeof import('axe-core').run>[0];
      return JSON.stringify(await axe!.run(context, JSON.parse(optionsJson) as RunOptions));
    },
    [JSON.stringify(scope), JSON.stringify(OPTIONS)] as const,
  );
  return JSON.parse(results) as AxeResults;
}

/** Whether axe is in the page and every frame of it (a reload or a new frame has none). */
async function axeIsIn(page: Page): Promise<boolean> {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => typeof (window as Window & { axe?: { run?: unknown } }).axe?.run === 'function').catch(() => false);
    if (!present) return false;
  }
  return true;
}
