// The placements data file and the talk's index overview slide built from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IndexEntry } from '../../src/charts/match.ts';
import { readPlacements } from '../../src/charts/placements.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { isSlideOf, plainText } from '../../src/deck/index.ts';
import { sectionsOf } from './fixture-deck.ts';
import { indexOverview } from '../../src/layouts/index-overview.ts';
import { REFERENCE_PUBLIC, REFERENCE_SLIDES } from '../reference-talk.ts';

const DATA = join(REFERENCE_SLIDES, 'data', 'placeringar.yaml');

describe('readPlacements', () => {
  test('reads each entry with where its index name stands', () => {
    const text = '# comment\n- index: The Web Index\n  year: 2014\n  rank: 5\n  of: 86\n  basis: published\n  source: press\n';
    const { placements, errors } = readPlacements({ path: 'x.yaml', text });
    expect(errors).toEqual([]);
    expect(placements).toEqual([{ index: 'The Web Index', year: 2014, rank: 5, of: 86, basis: 'published', source: 'press', indexAt: { file: 'x.yaml', line: 2, column: 10, length: 13 } }]);
  });

  test('takes "of: null" for a source that does not say how many were ranked', () => {
    const text = '- index: WASEDA\n  year: 2014\n  rank: 10\n  of: null\n  basis: published\n  source: report\n';
    expect(readPlacements({ path: 'x.yaml', text }).placements[0].of).toBeNull();
  });

  test("the talk's data file is valid, within 2012–2016, and every entry has a source", () => {
    const { placements, errors } = readPlacements({ path: DATA, text: readFileSync(DATA, 'utf8') });
    expect(errors).toEqual([]);
    expect(placements).toHaveLength(19);
    for (const placement of placements) {
      expect(placement.year).toBeGreaterThanOrEqual(2012);
      expect(placement.year).toBeLessThanOrEqual(2016);
      expect(placement.source.length).toBeGreaterThan(10);
    }
  });
});

describe('the index overview slide', () => {
  const deck = loadTalkDeck({ slidesDir: REFERENCE_SLIDES, publicDir: REFERENCE_PUBLIC });
  const slide = deck.slides.find((candidate) => isSlideOf(candidate, indexOverview));
  const entries: IndexEntry[] = slide && isSlideOf(slide, indexOverview) ? slide.data.entries : [];

  test('charts only the indices with sourced placements', () => {
    const counts = Object.fromEntries(entries.map((entry) => [plainText(entry.name), entry.placements.length]));
    expect(counts).toEqual({
      'eGovernment benchmark': 0,
      'Online Service Index (delindex från EGDI)': 3,
      'E-participation Index': 3,
      'Digital public services (delindex från DESI)': 0,
      'Government Usage (delindex från NRI)': 5,
      'The Web Index': 3,
      'WASEDA – International eGovernment': 1,
      OURdata: 0,
      'Open Data Barometer index': 4,
    });
  });

  test('shows calculated UN ranks as hollow points, published ranks as filled ones', () => {
    const charts = (sectionsOf(deck).match(/<svg class="rank-chart"[\s\S]*?<\/svg>/g) ?? []).join('\n');
    expect(charts.match(/rank-chart__point--calculated/g)).toHaveLength(6);
    expect(charts.match(/rank-chart__point--published/g)).toHaveLength(13);
  });

  test('gives the full sources in the speaker notes', () => {
    for (const source of ['UNU-EGOV/datasets', 'Networked Readiness Index Historical Dataset', 'Web Index', 'Waseda', 'Open Data Barometer', 'DESI 2015', 'OURdata']) {
      expect(slide?.notesHtml).toContain(source);
    }
  });
});
