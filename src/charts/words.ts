// The Swedish words the charts show or read out, in one place.
import type { Placement } from './placements.ts';

export const words = {
  tableCaption: 'Sveriges placeringar i',
  year: 'År',
  rank: 'Placering',
  basis: 'Underlag',
  of: 'av',
  unknownCount: 'antal rankade okänt',
  basisText: {
    published: 'placering publicerad av utgivaren',
    calculated: 'placering beräknad ur utgivarens publicerade poäng',
  } satisfies Record<Placement['basis'], string>,
  filledPoint: 'Fylld punkt',
  hollowPoint: 'Ihålig punkt',
  legendPublished: 'publicerad placering',
  legendCalculated: 'placering beräknad ur utgivarens publicerade poäng',
  legendAxis: '16/193 = plats 16 av 193 länder, 1 = bäst',
  legendUnknownCount: '? = antal okänt',
} as const;
