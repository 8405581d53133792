// axe-core on the page as it is shown, held to WCAG 2.1 A and AA.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each violation as one line: the rule, how bad, what it is about, and the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of aggregating in a new blank page: several
  // times faster per run, and the deck's only frames (the presenter's) are on its own origin.
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
  });
}
