// The checks a walk makes on each slide it shows, each problem named by the slide's file and line.
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { overflowingParts, wordsSplitAcrossLines } from './deck.ts';

export interface SlideChecks {
  /** Parts cut off, and words broken across lines to fit. */
  fit?: boolean;
  /** The page scrolls sideways (zoomed in, or on a phone). */
  sideways?: boolean;
  /** Text under a fixed button (the view switch, reveal's arrows). */
  covered?: boolean;
  /** WCAG 2.1 A and AA, as axe-core sees the page with this slide shown (axe.ts). */
  axe?: boolean | { skipFrame?: string; onlyThisPage?: boolean };
}

/** "slides/02-var-star-vi.md:22 (#/sverige-ligger-efter)": where a slide is written, and its link. */
export function slidePlace(sources: Map<string, string>, id: string): string {
  return `${sources.get(id) ?? 'an unknown file'} (#/${id})`;
}

/** The problems of slide `index`, which is shown and still, each line starting with `where`. */
export async function slideProblems(page: Page, index: number, where: string, checks: SlideChecks): Promise<string[]> {
  const problems: string[] = [];
  if (checks.fit) {
    for (const part of await overflowingParts(page, index)) problems.push(`${where}: cut off: ${part}`);
    for (const word of await wordsSplitAcrossLines(page, index)) problems.push(`${where}: "${word}" broken across lines`);
  }
  if (checks.sideways && (await scrollsSideways(page))) problems.push(`${where}: the page scrolls sideways`);
  if (checks.covered) for (const text of await coveredText(page, index)) problems.push(`${where}: ${text}`);
  if (checks.axe) {
    const { skipFrame, onlyThisPage } = checks.axe === true ? {} : checks.axe;
    for (const violation of await axeViolations(page, { skipFrame, onlyPageOf: onlyThisPage ? index : undefined })) problems.push(`${where}: ${violation}`);
  }
  return problems;
}

function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Text of slide `index` that a fixed button (the view switch, reveal's arrows) covers. */
export async function coveredText(page: Page, index: number): Promise<string[]> {
  return page.evaluate((index) => {
    const slide = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][index];
    const buttons = [...document.querySelectorAll<HTMLElement>('.view-switch, .reveal .controls button.enabled')].filter((button) => button.checkVisibility());
    const covered: string[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.notes, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()];
      for (const button of buttons) {
        const b = button.getBoundingClientRect();
        if (lines.some((r) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)) covered.push(`"${node.textContent.trim().slice(0, 40)}" under ${button.className || button.tagName}`);
      }
    }
    return covered;
  }, index);
}
