// Vite plugin: renders slides/*.md into index.html, in dev and in the build.
import { resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { layoutCss } from '../layouts/index.ts';
import { formatDeckErrors, loadDeck, type Deck, type DeckOptions } from '../deck/load.ts';
import { SLIDES_EVENT } from '../client/live/live-event.ts';
import { markLinkTargets, presentFirstSlide } from './first-slide.ts';
import { PHOTO_PLUGIN_NAME, type PhotoPluginApi } from './photo-plugin.ts';
import { resolveSite } from './site-settings.ts';

const SLIDES_MARK = '<!-- slides -->';
const LAYOUT_CSS_ID = 'virtual:deck/layouts.css';
// Vite's convention for virtual modules; the ".css" ending routes it through the CSS pipeline.
const RESOLVED_LAYOUT_CSS_ID = `\0${LAYOUT_CSS_ID}`;

export interface DeckPluginOptions {
  /** Folder of the slide files; `slides/` in the project root by default. */
  slidesDir?: string;
  /** Speaker notes in the page: always in dev; in a build only if asked (see src/vite/site-settings.ts). */
  notes?: boolean;
}

/** What the deck plugin offers other plugins (Vite's `api` convention). */
export interface DeckPluginApi {
  load(): Deck;
}

/** An Error in the shape Vite prints and shows in its overlay: file:line:col first. */
export interface DeckBuildError extends Error {
  id: string;
  loc: { file: string; line: number; column: number };
  plugin: string;
}

export function deckPlugin(pluginOptions: DeckPluginOptions = {}): Plugin {
  let options: DeckOptions;
  let photoApi: PhotoPluginApi | undefined;
  const load = (): Deck => loadDeck(options);
  // With the photos' sizes and versions, so a photo in a slide's text renders as a <picture>.
  const loadWithPhotos = async (): Promise<Deck> => {
    const photos = await photoApi?.photos();
    return loadDeck({ ...options, photo: (name) => photos?.get(name) });
  };

  return {
    name: 'deck',
    api: { load } satisfies DeckPluginApi,
    configResolved(config: ResolvedConfig) {
      const site = resolveSite();
      options = {
        slidesDir: resolve(config.root, pluginOptions.slidesDir ?? 'slides'),
        imagesDir: resolve(config.publicDir, 'images'),
        imageBase: `${config.base}images/`,
        root: config.root,
        publicUrl: site.publicUrl,
        notes: pluginOptions.notes ?? (config.command === 'serve' || site.publishNotes),
      };
      photoApi = config.plugins.find((plugin) => plugin.name === PHOTO_PLUGIN_NAME)?.api as PhotoPluginApi | undefined;
    },
    resolveId: (id) => (id === LAYOUT_CSS_ID ? RESOLVED_LAYOUT_CSS_ID : undefined),
    load: (id) => (id === RESOLVED_LAYOUT_CSS_ID ? layoutCss : undefined),
    buildStart() {
      // Fail the build early, with every error, before any bundling work.
      if (this.environment?.mode === 'dev') return;
      const deck = load();
      if (deck.errors.length > 0) this.error(toBuildError(deck, options));
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const deck = await loadWithPhotos();
        if (deck.errors.length > 0) throw toBuildError(deck, options);
        if (!html.includes(SLIDES_MARK)) throw new Error(`index.html has no "${SLIDES_MARK}" where the slides go`);
        return html.replace(SLIDES_MARK, markLinkTargets(presentFirstSlide(deck.html)));
      },
    },
    configureServer(server) {
      watchSlides(server, options, loadWithPhotos);
    },
  };
}

/** On any change to a slide or picture: reload the page, or show the errors in the overlay. */
function watchSlides(server: ViteDevServer, options: DeckOptions, load: () => Promise<Deck>): void {
  server.watcher.add(options.slidesDir);
  const isDeckFile = (path: string) => [options.slidesDir, options.imagesDir].some((dir) => path.startsWith(dir + sep));
  // After an error the page shows Vite's overlay, which only a reload takes away.
  let showingError = false;
  const update = async () => {
    let deck: Deck;
    try {
      deck = await load();
    } catch (error) {
      // A loader bug must not stop the dev server: show it, and try again on the next save.
      server.config.logger.error(String((error as Error).stack ?? error), { timestamp: true });
      server.ws.send({ type: 'error', err: { message: String((error as Error).message), stack: String((error as Error).stack ?? ''), plugin: 'deck' } });
      showingError = true;
      return;
    }
    if (deck.errors.length === 0) {
      // The page takes the new slides in place (src/client/live/live-slides.ts): faster than a reload.
      if (showingError) server.ws.send({ type: 'full-reload', path: '*' });
      else server.ws.send({ type: 'custom', event: SLIDES_EVENT, data: { html: deck.html } });
      showingError = false;
      return;
    }
    showingError = true;
    const error = toBuildError(deck, options);
    server.config.logger.error(error.message, { timestamp: true });
    server.ws.send({ type: 'error', err: { message: error.message, stack: '', id: error.id, loc: error.loc, plugin: 'deck' } });
  };
  // The watcher drops a second change to a file within 50 ms of the first, so
  // read the files once things are quiet rather than on each event.
  let timer: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event, path) => {
    if (!isDeckFile(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 100);
  });
}

function toBuildError(deck: Deck, options: DeckOptions): DeckBuildError {
  const first = deck.errors[0].at;
  const error = new Error(formatDeckErrors(deck)) as DeckBuildError;
  error.id = resolve(options.root, first.file);
  error.loc = { file: error.id, line: first.line, column: first.column };
  error.plugin = 'deck';
  // The message says where the problem is; a stack into the loader would only be noise.
  error.stack = '';
  return error;
}
