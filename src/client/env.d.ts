// Types for what Vite and our entry add to the browser's globals.
/// <reference types="vite/client" />
import type { RevealApi } from 'reveal.js';

declare global {
  interface Window {
    Reveal: RevealApi;
  }
}

declare module 'virtual:deck/theme.css';
declare module 'virtual:deck/fonts.css';
declare module 'virtual:deck/browser-print.css';
declare module 'virtual:deck/photos.css';
declare module 'virtual:deck/reveal.css';
declare module 'virtual:deck/tokens.css';
