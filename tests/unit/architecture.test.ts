// The engine's shape holds: the loader stands alone behind one entry, nothing imports in a circle,
// and each number and colour of the slides' geometry and palette is written once, in the tokens.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import madge from 'madge';
import { describe, expect, test } from 'vitest';
import { CONTENT_WIDTH, NARROW_WINDOW_MAX_WIDTH, PHONE_SLIDE, SCROLL_ACTIVATION_WIDTH, SLIDE, SLIDE_MARGIN, TALL_SLIDE_MAX_WIDTH } from '../../src/theme/tokens.ts';

// The tokens, and the module that turns them into CSS.
const TOKENS = ['src/theme/tokens.ts', 'src/theme/css-tokens.ts'];

/** Every source file under a folder, with "/" paths. */
function sources(dir: string, ending = /\.(ts|css)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(path).isDirectory() ? sources(path, ending) : ending.test(name) ? [path] : [];
  });
}

/** A source's code without its comments (blanked, so lines keep their numbers). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"])\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Lines of the sources' code (outside the tokens) that match, as "file:line: text". */
function linesMatching(pattern: RegExp): string[] {
  return sources('src')
    .filter((file) => !TOKENS.includes(file))
    .flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
}

describe('design tokens', () => {
  test('no colour is written outside src/theme/tokens.ts', () => {
    expect(linesMatching(/#[0-9a-f]{3,8}\b(?![-\w])|\b(rgba?|hsla?)\(/i)).toEqual([]);
  });

  test('no slide size, breakpoint, width or margin is written outside src/theme/tokens.ts', () => {
    const numbers = [SLIDE.width, SLIDE.height, PHONE_SLIDE.width, PHONE_SLIDE.height, TALL_SLIDE_MAX_WIDTH, TALL_SLIDE_MAX_WIDTH + 1, NARROW_WINDOW_MAX_WIDTH, NARROW_WINDOW_MAX_WIDTH + 1, SCROLL_ACTIVATION_WIDTH, CONTENT_WIDTH];
    const margin = [SLIDE_MARGIN, 1 - SLIDE_MARGIN].map((share) => String(share).replace('0.', '0?\\.')).join('|');
    expect(linesMatching(new RegExp(`\\b(${[...new Set(numbers)].join('|')})(px)?\\b|(?<![\\d.])(${margin})\\b|@container slide \\(`))).toEqual([]);
  });
});

describe('the loader', () => {
  test('imports nothing from layouts, charts, plugins, exports or the browser code', () => {
    const upward = sources('src/deck', /\.ts$/).filter((file) => /from '\.\.\//.test(readFileSync(file, 'utf8')));
    expect(upward).toEqual([]);
  });

  test('is used through its one entry, src/deck/index.ts', () => {
    const outside = [...sources('src', /\.ts$/), ...sources('bench', /\.ts$/)].filter((file) => !file.startsWith('src/deck/'));
    const deep = outside.filter((file) => /from '(\.\.\/)+(src\/)?deck\/(?!index\.ts')/.test(readFileSync(file, 'utf8')));
    expect(deep).toEqual([]);
  });
});

test('no module imports in a circle, type imports counted', async () => {
  const graph = await madge(['src', 'bench'], { fileExtensions: ['ts'], detectiveOptions: { ts: { skipTypeImports: false } } });
  expect(graph.circular()).toEqual([]);
}, 30_000);
