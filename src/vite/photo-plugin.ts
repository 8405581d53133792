// Vite plugin: every JPEG and PNG in public/images gets AVIF and WebP versions (photo-variants.ts),
// served to slide backgrounds with CSS image-set() once reveal.js loads the slide's background, and
// offered to the deck plugin (its `api`) for the <picture>s of photos in a slide's text.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { entryProblem, isRasterPhoto, photoClass, type PhotoInfo } from '../deck/index.ts';
import { makeVariants, PHOTO_WIDTHS, type PhotoVariant } from './photo-variants.ts';

const PHOTOS_CSS_ID = 'virtual:deck/photos.css';
const RESOLVED_PHOTOS_CSS_ID = `\0${PHOTOS_CSS_ID}`;
export const PHOTO_PLUGIN_NAME = 'deck-photos';

export interface PhotoPluginOptions {
  /** Off in the one-file build, where every version would be inlined: it keeps the original photo. */
  enabled?: boolean;
}

/** What the photo plugin offers other plugins (Vite's `api` convention). */
export interface PhotoPluginApi {
  /** Every raster photo in public/images by its name there, with its size and versions' URLs. */
  photos(): Promise<Map<string, PhotoInfo>>;
}

export function photoPlugin({ enabled = true }: PhotoPluginOptions = {}): Plugin {
  let imagesDir = '';
  let cacheDir = '';
  let devBase = '/';
  let catalogue: Promise<Map<string, PhotoInfo>> | undefined;
  // The dev server serves a version from the cache by its path; the build names each an asset.
  let urlOf = (file: string) => `${devBase}@fs${file.split(sep).join('/')}`;
  // A build names the versions only from its start on (see buildStart).
  let awaitsBuildStart = false;
  const photos = () => {
    if (awaitsBuildStart) throw new Error('The deck asked for the photos before the build started: put photoPlugin() before deckPlugin() in vite.config.ts');
    return (catalogue ??= enabled ? readCatalogue(imagesDir, cacheDir, (file) => urlOf(file)) : Promise.resolve(new Map()));
  };
  return {
    name: PHOTO_PLUGIN_NAME,
    api: { photos } satisfies PhotoPluginApi,
    // A version inlined as a data: URL would make the page's styles heavier: keep them files.
    config: () => (enabled ? { build: { assetsInlineLimit: (file: string) => (file.includes(`${sep}deck-photos${sep}`) ? false : undefined) } } : undefined),
    configResolved(config) {
      imagesDir = resolve(config.publicDir, 'images');
      cacheDir = resolve(config.root, 'node_modules', '.cache', 'deck-photos');
      devBase = config.base.startsWith('/') ? config.base : '/';
      awaitsBuildStart = config.command === 'build';
    },
    buildStart() {
      if (this.environment?.mode === 'dev') return;
      // Emitted like the styles' url()s (the same bytes make the same file); Vite writes each
      // asset's URL where the page names it by reference.
      const emitted = new Map<string, string>();
      urlOf = (file) => {
        if (!emitted.has(file)) emitted.set(file, this.emitFile({ type: 'asset', name: basename(file), source: readFileSync(file) }));
        return `__VITE_ASSET__${emitted.get(file)}__`;
      };
      catalogue = undefined;
      awaitsBuildStart = false;
    },
    resolveId: (id) => (id === PHOTOS_CSS_ID ? RESOLVED_PHOTOS_CSS_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_PHOTOS_CSS_ID) return undefined;
      if (!enabled) return '';
      const rules = await Promise.all(listPhotos(imagesDir).map(async (path) => photoCss(path, (await makeVariants(join(imagesDir, path), cacheDir)).variants)));
      return rules.join('\n');
    },
    configureServer(server) {
      // A photo added, changed or removed: the styles and the pictures change with it.
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(imagesDir + sep) || !isRasterPhoto(path)) return;
        catalogue = undefined;
        const client = server.environments.client;
        const module = client.moduleGraph.getModuleById(RESOLVED_PHOTOS_CSS_ID);
        if (module) void client.reloadModule(module);
      });
    },
  };
}

async function readCatalogue(imagesDir: string, cacheDir: string, urlOf: (file: string) => string): Promise<Map<string, PhotoInfo>> {
  const entries = await Promise.all(
    listPhotos(imagesDir).map(async (path): Promise<[string, PhotoInfo]> => {
      const { width, height, variants } = await makeVariants(join(imagesDir, path), cacheDir);
      return [path, { width, height, versions: variants.map((variant) => ({ url: urlOf(variant.file), width: variant.width, format: variant.format })) }];
    }),
  );
  return new Map(entries);
}

/**
 * Raster photos under the folder, as paths relative to it with "/" separators: only regular files
 * inside it, never a FIFO or a link leading out (the deck reports those, src/vite/public-folder.ts).
 */
function listPhotos(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (lstatSync(path).isDirectory()) return walk(path);
      return isRasterPhoto(name) && entryProblem(path, [dir]) === null ? [relative(dir, path).split(sep).join('/')] : [];
    });
  try {
    return walk(dir).sort();
  } catch {
    return [];
  }
}

/**
 * reveal.js writes the original photo inline once it loads the slide's background ([data-loaded]);
 * this rule outranks it with the versions, so the original is fetched only by browsers without
 * image-set() types, and by prints (html.print-pdf), where Chromium embeds a JPEG as it is.
 */
export function photoCss(path: string, variants: PhotoVariant[]): string {
  const selector = `html:not(.print-pdf) .slide-background.${photoClass(path)}[data-loaded] > .slide-background-content`;
  const widths = [...new Set(variants.map((variant) => variant.width))];
  const imageSet = (width: number) =>
    `image-set(${variants
      .filter((variant) => variant.width === width)
      .map((variant) => `url("${variant.file}") type("image/${variant.format}")`)
      .join(', ')})`;
  const largest = widths[widths.length - 1];
  const rules = [`${selector} { background-image: ${imageSet(largest)} !important; }`];
  if (widths.length > 1) {
    rules.push(`@media (max-width: ${PHOTO_WIDTHS[0]}px) and (max-resolution: 1.25dppx) { ${selector} { background-image: ${imageSet(widths[0])} !important; } }`);
  }
  return rules.join('\n');
}
