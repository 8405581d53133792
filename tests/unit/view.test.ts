// Which view a page address asks for, and the addresses of the other views, also from file://.
import { expect, test } from 'vitest';
import { currentView, viewConfig, viewUrl } from '../../src/client/window-role.ts';

test('the query picks the view', () => {
  expect(currentView('')).toBe('audience');
  expect(currentView('?presenter')).toBe('presenter');
  expect(currentView('?transition=none&presenter')).toBe('presenter');
  expect(currentView('?preview')).toBe('preview');
});

test('the presenter view of a page keeps its folder, its other settings and its slide', () => {
  expect(viewUrl('presenter', 'http://localhost:5173/#/sverige-ligger-efter')).toBe('http://localhost:5173/?presenter#/sverige-ligger-efter');
  expect(viewUrl('presenter', 'https://example.org/talks/reda/?transition=none#/kort-om-mig')).toBe('https://example.org/talks/reda/?transition=none&presenter#/kort-om-mig');
  expect(viewUrl('presenter', 'file:///media/usb/den-regionala-digitaliseringen.html')).toBe('file:///media/usb/den-regionala-digitaliseringen.html?presenter');
});

test('the preview drops the slide, and the audience view drops the view', () => {
  expect(viewUrl('preview', 'file:///media/usb/talk.html?presenter#/kort-om-mig', false)).toBe('file:///media/usb/talk.html?preview');
  expect(viewUrl('audience', 'http://localhost:5173/?presenter#/kort-om-mig')).toBe('http://localhost:5173/#/kort-om-mig');
});

test('the preview is a still picture the presenter view steers; the audience keeps the talk settings', () => {
  expect(viewConfig('audience')).toEqual({});
  expect(viewConfig('preview')).toMatchObject({ keyboard: false, hash: false, controls: false, transition: 'none', postMessage: true, postMessageEvents: true });
  expect(viewConfig('presenter')).toMatchObject({ embedded: true, postMessage: false });
});
