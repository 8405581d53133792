// Journeys under the site's strict Content Security Policy: printing and the link-preview picture's
// page without one violation. (Every walk through the talk, in each view, records violations too:
// smoke-walks.spec.ts.)
import { expect } from '@playwright/test';
import { OG_IMAGE } from '../../src/vite/head-tags.ts';
import { hashSource } from '../../src/vite/csp.ts';
import { SHARE_IMAGE_VIEW } from '../../src/vite/share-images.ts';
import { readPolicy, recordViolations } from './csp-violations.ts';
import { openDeck } from './deck.ts';
import { test } from './site-variants.ts';

test('the built page carries a strict policy: its own origin only, no inline script but its own one by hash', async ({ page }) => {
  await page.goto('./');
  const directives = await readPolicy(page);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  const inlineScripts = await page.evaluate(() => [...document.scripts].filter((script) => !script.src).map((script) => script.textContent ?? ''));
  expect(inlineScripts).toHaveLength(1);
  expect(directives.get('script-src')).toEqual(["'self'", hashSource(inlineScripts[0])]);
  expect(directives.get('frame-src')).toEqual(["'self'"]);
  expect([...directives.values()].flat()).not.toContain("'unsafe-inline'");
  expect([...directives.values()].flat()).not.toContain("'unsafe-eval'");
});

test("hosts that send headers get the page's own policy, with frame-ancestors, in _headers", async ({ page, request }) => {
  await page.goto('./');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const headers = await (await request.get('./_headers')).text();
  expect(headers).toBe(`/*\n  Content-Security-Policy: ${meta}; frame-ancestors 'self'\n`);
  // The page's one inline <style> is allowed by its hash, and nothing else inline is.
  const style = await page.evaluate(() => document.querySelector('head > style')?.textContent ?? '');
  expect((await readPolicy(page)).get('style-src')).toContain(hashSource(style));
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
  await expect.poll(() => reports.join('\n')).toContain('securitypolicyviolation: script-src-elem blocked inline');
  await expect.poll(() => reports.join('\n')).toContain('Executing inline script violates');
});

// reveal's print view sizes its pages from the slide, which is tall in a phone-width window.
for (const [width, height, pageSize] of [[1280, 720, '1280px 720px'], [390, 844, '720px 1080px']] as const) {
  test(`the print view (?print-pdf) in a ${width} px window lays out ${pageSize} pages with no violation`, async ({ page }) => {
    const reports = await recordViolations(page);
    await page.setViewportSize({ width, height });
    await page.goto('./?print-pdf');
    await page.waitForFunction(() => document.querySelectorAll('.pdf-page').length > 0);
    // The sheet reveal writes inline (browser-print.css, a file, has an @page rule of its own; the
    // theme's named page is the reading view's print, src/theme/reading-page.ts).
    const inlinePageRules = await page.evaluate(() =>
      [...document.styleSheets]
        .filter((sheet) => sheet.ownerNode instanceof HTMLStyleElement)
        .flatMap((sheet) => [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule && rule.selectorText === '').map((rule) => rule.cssText)),
    );
    expect(inlinePageRules).toEqual([`@page { size: ${pageSize}; margin: 0px; }`]);
    expect(reports).toEqual([]);
  });
}

test('printing from the browser (Ctrl+P) records no violation', async ({ page }) => {
  const reports = await recordViolations(page);
  await openDeck(page);
  await page.evaluate(() => addEventListener('beforeprint', () => document.documentElement.setAttribute('data-printed', '')));
  await page.pdf({ preferCSSPageSize: true });
  await expect(page.locator('html')).toHaveAttribute('data-printed');
  expect(reports).toEqual([]);
});

test('the page the link-preview picture is drawn from records no violation', async ({ page }) => {
  const reports = await recordViolations(page);
  await page.setViewportSize({ width: OG_IMAGE.width, height: OG_IMAGE.height });
  await openDeck(page, `./${SHARE_IMAGE_VIEW}`);
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('section.present h1')).toHaveText('Den regionala digitaliseringen');
  expect(reports).toEqual([]);
});
