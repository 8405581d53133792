// Browser features that hook into the deck, in one ordered list. Each takes the deck
// before it initialises, so it can listen for 'ready'.
import type { RevealApi } from 'reveal.js';
import { alignDeepLinkInReadingView } from './deep-link-scroll.ts';
import { keepPositionAcrossReloads } from './keep-position.ts';
import { loadPictureSources } from './lazy-pictures.ts';
import { takeSlidesLive } from './live-slides.ts';
import { openPresenterOnKey } from './presenter-key.ts';
import { quietThePreview, startPresenterView } from './presenter-view.ts';
import { supportPrinting } from './printing.ts';
import { installReadingView } from './reading-view.ts';
import { syncWindows } from './sync.ts';
import { keepScreenAwake } from './wake-lock.ts';
import { readTheReadingViewAsADocument } from './reading-role.ts';
import { announceSlidesInSwedish } from './slide-announcer.ts';
import { nameControlsInSwedish } from './swedish-controls.ts';

export type DeckFeature = (deck: RevealApi) => void;

export const features: DeckFeature[] = [
  keepPositionAcrossReloads,
  takeSlidesLive,
  loadPictureSources,
  installReadingView,
  alignDeepLinkInReadingView,
  supportPrinting,
  syncWindows,
  openPresenterOnKey,
  startPresenterView,
  quietThePreview,
  keepScreenAwake,
  nameControlsInSwedish,
  announceSlidesInSwedish,
  readTheReadingViewAsADocument,
];
