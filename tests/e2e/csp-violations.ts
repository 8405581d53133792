// Recording Content Security Policy violations in every window and frame of a browser context.
import type { Page } from '@playwright/test';

/**
 * Record every CSP violation from the very start, in the page and every window and frame it
 * opens (the presenter view, its preview): the securitypolicyviolation event, and the browser's
 * own console report of what it blocked.
 */
export async function recordViolations(page: Page): Promise<string[]> {
  const reports: string[] = [];
  page.context().on('console', (message) => {
    if (/securitypolicyviolation|Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(`securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return reports;
}

/** The directives of the page's policy meta tag, by name. */
export async function readPolicy(page: Page): Promise<Map<string, string[]>> {
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  return new Map(
    policy.split(/;\s*/).map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      return [name, sources];
    }),
  );
}
