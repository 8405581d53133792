// Browser features that hook into the deck, in one ordered list. Each takes the deck
// before it initialises, so it can listen for 'ready'.
import type { RevealApi } from 'reveal.js';
import { keepPositionAcrossReloads } from './live/keep-position.ts';
import { loadPictureSources } from './lazy-pictures.ts';
import { takeSlidesLive } from './live/live-slides.ts';
import { fitSlidesToWindow } from './slide-size.ts';
import { openPresenterOnKey } from './presenter/open-on-key.ts';
import { quietThePreview, startPresenterView } from './presenter/start.ts';
import { supportPrinting } from './print/printing.ts';
import { syncWindows } from './sync/deck-sync.ts';
import { offerDrawing } from './drawing/feature.ts';
import { pauseTimerOnKey } from './sync/timer-key.ts';
import { offerHighContrast } from './accessibility/high-contrast.ts';
import { keepScreenAwake } from './wake-lock.ts';
import { announceSlidesInSwedish } from './accessibility/slide-announcer.ts';
import { guardPreviewMessages } from './frame-guard.ts';
import { nameControlsInSwedish } from './accessibility/swedish-controls.ts';

export type DeckFeature = (deck: RevealApi) => void;

export const features: DeckFeature[] = [
  // First: its listener must come before reveal.js's own.
  guardPreviewMessages,
  keepPositionAcrossReloads,
  takeSlidesLive,
  loadPictureSources,
  fitSlidesToWindow,
  supportPrinting,
  syncWindows,
  offerDrawing,
  pauseTimerOnKey,
  offerHighContrast,
  openPresenterOnKey,
  startPresenterView,
  quietThePreview,
  keepScreenAwake,
  nameControlsInSwedish,
  announceSlidesInSwedish,
];
