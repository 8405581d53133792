// Browser entry: the slides are already in the page; this only starts reveal.js.
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import '../theme/fonts.css';
import '../theme/tokens.css';
import '../theme/base.css';
import 'virtual:deck/layouts.css';
import { deckConfig } from './config.ts';
import { features } from './features.ts';

const deck = new Reveal(document.querySelector('.reveal') as HTMLElement, deckConfig());
// Tests, PDF tools and the browser console reach the deck through this global.
window.Reveal = deck;
for (const feature of features) feature(deck);
void deck.initialize();
