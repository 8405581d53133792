// Journey: every slide meets WCAG 2.1 AA as axe-core sees it, in every view the talk is shown in.
import { expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { test } from './broken-deck.ts';
import { openDeck } from './deck.ts';
import { slideSources } from './slide-sources.ts';
import { walkSlides } from './slide-walk.ts';
import { PRESENTING, VIEWS } from './views.ts';

for (const view of VIEWS) {
  test.describe(view.name, () => {
    test.use(view.use);

    test('every slide has no WCAG 2.1 A or AA violation', async ({ page }) => {
      // 26 full axe runs (the presenter view's include its preview frame).
      test.slow();
      const sources = slideSources();
      await openDeck(page, view.path);
      const found: string[] = [];
      await walkSlides(page, async ({ id }) => {
        for (const violation of await axeViolations(page)) found.push(`${sources.get(id)} (#/${id}): ${violation}`);
      });
      expect(found).toEqual([]);
    });
  });
}

test.describe('a deliberately broken slide', () => {
  test.use(PRESENTING.use);

  test('a link without text is reported with its slide', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found: string[] = [];
    await walkSlides(page, async ({ id }) => {
      for (const violation of await axeViolations(page)) found.push(`${brokenDeck.sources.get(id)}: ${violation}`);
    });
    expect(found).toEqual([expect.stringMatching(/^tests\/fixtures\/a11y\/slides\/01-trasigt\.md:\d+: link-name \(serious\)/)]);
  });
});
