// Which view a page address asks for, and the addresses of the other views, also from file://.
import { expect, test } from 'vitest';
import { windowRole, windowRoleConfig, windowRoleUrl } from '../../src/client/window-role.ts';

test('the query picks the view', () => {
  expect(windowRole('')).toBe('audience');
  expect(windowRole('?presenter')).toBe('presenter');
  expect(windowRole('?transition=none&presenter')).toBe('presenter');
  expect(windowRole('?preview')).toBe('preview');
});

test('the presenter view of a page keeps its folder, its other settings and its slide', () => {
  expect(windowRoleUrl('presenter', 'http://localhost:5173/#/sverige-ligger-efter')).toBe('http://localhost:5173/?presenter#/sverige-ligger-efter');
  expect(windowRoleUrl('presenter', 'https://example.org/talks/reda/?transition=none#/kort-om-mig')).toBe('https://example.org/talks/reda/?transition=none&presenter#/kort-om-mig');
  expect(windowRoleUrl('presenter', 'file:///media/usb/den-regionala-digitaliseringen.html')).toBe('file:///media/usb/den-regionala-digitaliseringen.html?presenter');
});

test('the preview drops the slide, and the audience view drops the view', () => {
  expect(windowRoleUrl('preview', 'file:///media/usb/talk.html?presenter#/kort-om-mig', false)).toBe('file:///media/usb/talk.html?preview');
  expect(windowRoleUrl('audience', 'http://localhost:5173/?presenter#/kort-om-mig')).toBe('http://localhost:5173/#/kort-om-mig');
});

test('the preview is a still picture the presenter view steers; the audience keeps the talk settings', () => {
  expect(windowRoleConfig('audience')).toEqual({ postMessage: false });
  expect(windowRoleConfig('preview')).toMatchObject({ keyboard: false, hash: false, controls: false, transition: 'none', postMessage: true, postMessageEvents: true });
  expect(windowRoleConfig('presenter')).toMatchObject({ embedded: true, postMessage: false });
});
