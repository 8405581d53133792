// Journeys with a screen reader and the keyboard: Swedish announcements and names, a reading view
// that reads as a document, headings in order, described pictures, and the talk's languages marked.
// (Broken slides show that the heading and picture checks find faults: deliberately-broken.spec.ts.)
import { expect } from '@playwright/test';
import { openDeck } from './deck.ts';
import { headingOutline, outlineProblems, unnamedPictures } from './reading-order.ts';
import { PHONE, PRESENTING } from './views.ts';
import { test } from './site-variants.ts';

test.describe('presenting', () => {
  test.use(PRESENTING.use);

  test('each slide change is announced in Swedish with its number, text and pictures; steps as they appear', async ({ page }) => {
    await openDeck(page);
    const status = page.locator('.deck-status');
    await expect(status).toHaveAttribute('role', 'status');
    // reveal's own live region would say the same again, in no set language.
    await expect(page.locator('.reveal .aria-status')).toHaveAttribute('aria-live', 'off');

    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('Bild 2 av 26. Kul att vara här!');
    await page.keyboard.press('End');
    await expect(status).toHaveText(/^Bild 26 av 26\. Hör gärna av dig! /);

    await openDeck(page, './#/sverige-ligger-efter');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(/^Bild 6 av 26\. Mörkhårig man i blå kortärmad skjorta.*mot en mörk bakgrund\. Sverige ligger efter!$/);

    // The question's answer is not given away before it appears.
    await openDeck(page, './#/forutsatter-data-i-fokus');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('Bild 25 av 26. Kommer det att skapas ett A- och ett B-lag?');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('…och går det att komma ifatt?');
  });

  test("reveal's buttons, pause screen, jump field and keyboard help speak Swedish", async ({ page }) => {
    await openDeck(page, './#/kort-om-mig');
    await expect(page.getByRole('button', { name: 'Nästa bild' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Föregående bild' })).toBeVisible();
    await expect(page.locator('.reveal .controls button[aria-label*="slide"]')).toHaveCount(0);

    await page.keyboard.press('b');
    const resume = page.getByRole('button', { name: 'Fortsätt presentationen' });
    await expect(resume).toBeVisible();
    await resume.click();
    await expect(resume).toBeHidden();

    await page.keyboard.press('g');
    await expect(page.getByRole('textbox', { name: 'Gå till bild: nummer eller namn' })).toHaveAttribute('placeholder', 'Gå till bild');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help');
    await expect(help.locator('.title')).toHaveText('Kortkommandon');
    await expect(help).toContainText('Nästa bild');
    await expect(help).not.toContainText(/Next slide|Keyboard Shortcuts/);
  });

  test('the slide show keeps role="application" and full keyboard control', async ({ page }) => {
    await openDeck(page);
    await expect(page.locator('.reveal')).toHaveAttribute('role', 'application');
    const at = () => page.evaluate(() => window.Reveal.getIndices().h);
    for (const [key, slide] of [['ArrowRight', 1], ['Space', 2], ['PageDown', 3], ['ArrowLeft', 2], ['End', 25], ['Home', 0]] as const) {
      await page.keyboard.press(key);
      await expect.poll(at, `after ${key}`).toBe(slide);
    }
  });
});

test.describe('reading on a phone', () => {
  test.use(PHONE.use);

  test('the reading view is a document: main content, no application, headings in order', async ({ page }) => {
    await openDeck(page);
    await expect(page.locator('.reveal')).toHaveAttribute('role', 'main');
    expect(await page.locator('body').ariaSnapshot()).not.toContain('application');
    const outline = await headingOutline(page);
    expect(outline[0]).toBe('h1 Den regionala digitaliseringen');
    expect(outline.length).toBeGreaterThanOrEqual(26);
    expect(outlineProblems(outline)).toEqual([]);
    // Scrolling through the talk reads it; it does not set off announcements.
    await page.locator('section#hor-garna-av-dig').scrollIntoViewIfNeeded();
    await expect(page.locator('[aria-live]:not(:empty), [role="status"]:not(:empty)')).toHaveCount(0);
  });

  test('every picture is described in Swedish or marked decorative', async ({ page }) => {
    await openDeck(page);
    expect(await unnamedPictures(page)).toEqual([]);
    await expect(page.getByRole('img')).toHaveCount(7);
  });

  test('the page is Swedish and the English index names are marked English', async ({ page }) => {
    await openDeck(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const names = ['eGovernment benchmark', 'Online Service Index', 'E-participation Index', 'Digital public services', 'Government Usage', 'The Web Index', 'Open Data Barometer index'];
    const languages = await page.evaluate((names) => {
      const slide = document.querySelector('section#oversikt-over-sveriges-placeringar-2012-2016') as HTMLElement;
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      const found: Record<string, string> = {};
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const name = names.find((candidate) => node.textContent?.includes(candidate));
        if (name) found[name] = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
      }
      return found;
    }, names);
    expect(languages).toEqual(Object.fromEntries(names.map((name) => [name, 'en'])));
  });
});
