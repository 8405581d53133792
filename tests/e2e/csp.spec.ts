// Journey: the whole talk runs under the page's strict Content Security Policy, without one violation.
import { expect, test, type Page } from '@playwright/test';
import { openDeck, settle } from './deck.ts';

/**
 * Record every CSP violation from the very start: the event in each page, and the
 * browser's console report, which also covers pages that replace their document
 * (the speaker view is written into a popup with document.write).
 */
async function recordViolations(page: Page): Promise<string[]> {
  const reports: string[] = [];
  page.context().on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.context().addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return reports;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built page carries a strict policy: its own origin only, no inline script but by hash', async ({ page }) => {
  await page.goto('./');
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const directives = new Map(policy.split(/;\s*/).map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    return [name, sources];
  }));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  for (const source of directives.get('script-src') ?? []) expect(source).toMatch(/^'self'$|^'sha256-[\w+/]+=*'$/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
});

test('an injected inline script is blocked and reported (the policy is enforced)', async ({ page }) => {
  const reports = await recordViolations(page);
  await openDeck(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringContaining('script-src-elem blocked inline')]);
  await expect.poll(() => reports.join('\n')).toContain('Executing inline script violates');
});

test('presenting every slide, the overview and the speaker view records no violation', async ({ page }) => {
  const reports = await recordViolations(page);
  await openDeck(page);
  const total = await page.evaluate(() => window.Reveal.getTotalSlides());
  for (let index = 0; index < total; index++) {
    while (await page.evaluate(() => window.Reveal.availableFragments().next)) await page.keyboard.press('ArrowRight');
    await settle(page);
    await page.keyboard.press('ArrowRight');
  }
  await expect.poll(() => page.evaluate(() => window.Reveal.isLastSlide())).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.Reveal.isOverview())).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');

  // The speaker view's own script must run: it connects, frames the deck and shows the notes.
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('#connection-status')).toBeHidden();
  await expect(speaker.locator('#current-slide iframe')).toHaveAttribute('src', /receiver/);
  await expect(speaker.locator('.clock-value')).toHaveText(/\d{1,2}:\d{2} [AP]M/);
  await expect(speaker.locator('.pacing')).toBeHidden();
  const current = speaker.frameLocator('#current-slide iframe');
  await expect(current.locator('section.present h1')).toHaveText('Den regionala digitaliseringen');
  await page.keyboard.press('ArrowRight');
  await expect(current.locator('section.present')).toHaveId('kul-att-vara-har');
  await speaker.screenshot({ path: 'tests/output/screenshots/csp-speaker-view.png' });

  expect(await violations(page)).toEqual([]);
  expect(reports).toEqual([]);
});

test('the print view (?print-pdf) lays out its pages with no violation', async ({ page }) => {
  const reports = await recordViolations(page);
  await page.goto('./?print-pdf');
  await page.waitForFunction(() => document.querySelectorAll('.pdf-page').length > 0);
  const pageRule = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule instanceof CSSPageRule)?.cssText ?? '',
  );
  expect(pageRule).toContain('size: 1331px 748px');
  expect(await violations(page)).toEqual([]);
  expect(reports).toEqual([]);
});
