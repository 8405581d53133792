// Journeys of the speaker with the presenter view: open it with S, steer from either window,
// read what comes next, and keep time.
import { expect, type Page } from '@playwright/test';
import { openDeck, saveScreenshot } from './deck.ts';
import { nextSlide, openPresenterFrom, slideIds } from './presenter.ts';
import { talk } from '../../src/talk.config.ts';
import { test } from './site-variants.ts';

const QUESTION = 'kommer-det-att-skapas-ett-a-och-ett-b-lag';
const current = (page: Page) => page.locator('.reveal .slides > section.present');

test('S opens the presenter view, and each window follows the other', async ({ page }) => {
  await openDeck(page, './#/sverige-ligger-efter');
  const ids = await slideIds(page);
  const at = ids.indexOf('sverige-ligger-efter');
  const presenter = await openPresenterFrom(page);
  await expect(presenter).toHaveURL(/\?presenter#\/sverige-ligger-efter$/);
  const position = presenter.locator('.presenter__position');
  await expect(position).toHaveText(`Bild ${at + 1} / 26`);

  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Bild ${at + 2} / 26`);
  await expect(current(presenter)).toHaveId(ids[at + 1]);

  await presenter.keyboard.press('ArrowRight');
  await expect(current(page)).toHaveId(ids[at + 2]);
  await presenter.getByRole('button', { name: 'Föregående' }).click();
  await expect(current(page)).toHaveId(ids[at + 1]);
  await presenter.getByRole('button', { name: 'Nästa' }).click();
  await expect(current(page)).toHaveId(ids[at + 2]);

  // Black screen from the presenter's keyboard, and back.
  await presenter.keyboard.press('b');
  await expect(page.locator('.reveal')).toHaveClass(/\bpaused\b/);
  await expect(presenter.locator('.presenter__status')).toHaveText('Svart skärm');
  await presenter.keyboard.press('b');
  await expect(page.locator('.reveal')).not.toHaveClass(/\bpaused\b/);
  await expect(presenter.locator('.presenter__status')).toHaveText('');
});

test('the presenter view opened on its own (the README link) opens the audience window on its slide', async ({ page }) => {
  await openDeck(page, './?presenter#/kort-om-mig');
  const [audience] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Öppna bildspelet' }).click()]);
  await audience.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  await expect(audience).not.toHaveURL(/presenter/);
  await expect(current(audience)).toHaveId('kort-om-mig');
  await audience.keyboard.press('ArrowRight');
  await expect(page.locator('.presenter__position')).toHaveText('Bild 4 / 26');
});

test('an audience tab frozen in the background catches up when it wakes', async ({ page }) => {
  await openDeck(page, './#/sverige-ligger-efter');
  const ids = await slideIds(page);
  const presenter = await openPresenterFrom(page);
  // Chromium freezes background tabs to save power; headless tabs are never merely "hidden".
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  for (let press = 0; press < 3; press++) await presenter.keyboard.press('ArrowRight');
  const target = ids.indexOf('sverige-ligger-efter') + 3;
  await expect(current(presenter)).toHaveId(ids[target]);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await expect(current(page)).toHaveId(ids[target]);
});

test('the next box shows what the next press shows: a fragment, the next slide, the end', async ({ page }) => {
  await openDeck(page, `./#/${QUESTION}`);
  const presenter = await openPresenterFrom(page);
  const preview = nextSlide(presenter);
  await expect(preview).toHaveId(QUESTION);
  await expect(preview.locator('.question__follow-up')).toHaveClass(/visible/);
  await expect(current(presenter).locator('.question__follow-up')).not.toHaveClass(/visible/);

  await page.keyboard.press('ArrowRight');
  await expect(preview).toHaveId('hor-garna-av-dig');
  await expect(presenter.getByText('Sista bilden: inget mer efter den här.')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText('Sista bilden: inget mer efter den här.')).toBeVisible();
  await expect(presenter.locator('.presenter__position')).toHaveText('Bild 26 / 26');
});

test.describe('time', () => {
  test.use({ timezoneId: 'Europe/Stockholm' });

  test('a 24-hour clock, a timer that starts at the first step and pauses, and a countdown that warns in colour', async ({ page }) => {
    const minutes: number = talk.durationMinutes;
    test.skip(minutes !== 20, 'the walk times a 20-minute talk; src/talk.config.ts sets another length');
    await page.clock.install({ time: new Date('2018-02-22T12:59:00+01:00') });
    await openDeck(page, './?presenter');
    const clock = page.locator('[data-part="clock"]');
    const elapsed = page.locator('[data-part="elapsed"]');
    const countdown = page.locator('.presenter__countdown');
    // Stop the clock at 13:00 sharp, so no real time slips into the figures.
    await page.clock.pauseAt(new Date('2018-02-22T13:00:00+01:00'));
    await expect(clock).toHaveText('13:00');
    // Opening the page does not start the timer; the first step does.
    await page.clock.fastForward('01:00');
    await expect(elapsed).toHaveText('00:00');
    await expect(page.getByRole('button', { name: 'Starta tiden' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(countdown).toHaveText('Kvar 20:00');
    const onTimeColour = await countdown.evaluate((element) => getComputedStyle(element).backgroundColor);

    await page.clock.fastForward('12:34');
    await expect(clock).toHaveText('13:13');
    await expect(elapsed).toHaveText('12:34');
    await expect(countdown).toHaveText('Kvar 07:26');

    // T pauses (a coffee break, a question); the button goes on.
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Fortsätt tiden' })).toBeVisible();
    await page.clock.fastForward('05:00');
    await expect(elapsed).toHaveText('12:34');
    await page.getByRole('button', { name: 'Fortsätt tiden' }).click();

    await page.clock.fastForward('05:26');
    await expect(countdown).toHaveText('Kvar 02:00');
    await expect(countdown).toHaveAttribute('data-state', 'warning');
    const warningColour = await countdown.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(warningColour).not.toBe(onTimeColour);

    await page.clock.fastForward('03:05');
    await expect(countdown).toHaveText('Över tiden +01:05');
    await expect(countdown).toHaveAttribute('data-state', 'over');
    expect(await countdown.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(warningColour);

    await page.getByRole('button', { name: 'Nollställ tiden' }).click();
    await expect(elapsed).toHaveText('00:00');
    await expect(countdown).toHaveText('Kvar 20:00');
  });
});

for (const screen of [
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the presenter view fits a ${screen.name} screen`, async ({ page }) => {
    await page.setViewportSize(screen);
    await openDeck(page, './?presenter#/oversikt-over-sveriges-placeringar-2012-2016');
    await expect(nextSlide(page)).toHaveId('vi-har-ett-arv-som-inte-skapar-de-basta');
    const parts = ['.presenter__position', '.presenter__countdown', '.presenter__current', '.presenter__next iframe', '.presenter__notes-text'];
    for (const selector of parts) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.x, selector).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(screen.width);
      // On a laptop everything is in view at once; a phone scrolls down to the notes and "next".
      if (screen.name === 'laptop') expect(box!.y + box!.height, selector).toBeLessThanOrEqual(screen.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
    await expect(page.locator('.presenter__notes-text')).toHaveText('Inga anteckningar till den här bilden.');
    await page.evaluate(() => document.fonts.ready);
    await saveScreenshot(page, `presenter-${screen.name}`);
    if (screen.name === 'phone') await page.screenshot({ path: 'tests/output/screenshots/presenter-phone-full.png', fullPage: true });
  });
}
