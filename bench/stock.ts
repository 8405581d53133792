// The stock approach, made on the fly in a temporary folder inside the project (so `reveal.js`
// resolves from its node_modules): a reveal.js page with the Markdown inline, built with Vite.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTalkDeck } from '../src/talk-deck.ts';
import { talk } from '../src/talk.config.ts';
import { STOCK_MAIN_JS, stockDeckMarkdown, stockIndexHtml } from './stock-markdown.ts';

export interface StockProject {
  dir: string;
  distDir: string;
  /** Rewrite the page from the slides (the stock author edits this one file). */
  write(slidesDir: string): void;
  remove(): void;
}

export function makeStockProject(root: string, slidesDir: string): StockProject {
  const parent = join(root, 'tests', 'output');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'bench-stock-'));
  cpSync(join(root, 'public', 'images'), join(dir, 'public', 'images'), { recursive: true });
  writeFileSync(join(dir, 'main.js'), STOCK_MAIN_JS);
  const project: StockProject = {
    dir,
    distDir: join(dir, 'dist'),
    write(from) {
      writeFileSync(join(dir, 'index.html'), stockIndexHtml(stockDeckMarkdown(readSlides(root, from)), talk.title));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  project.write(slidesDir);
  return project;
}

function readSlides(root: string, slidesDir: string) {
  const deck = loadTalkDeck({ root, slidesDir: resolve(slidesDir) });
  if (deck.errors.length > 0) throw new Error(`The slides have errors; fix them first (npm run build shows them)`);
  return deck.slides;
}

/** The command that builds the stock page: Vite with no configuration of its own. */
export function stockBuildCommand(project: StockProject): string[] {
  return ['npx', 'vite', 'build', project.dir, '--base', './', '--outDir', project.distDir, '--emptyOutDir', '--logLevel', 'warn'];
}
