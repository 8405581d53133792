// The talk's facts in one place: for the page's metadata, the presenter's timer and exports.
export const talk = {
  title: 'Den regionala digitaliseringen',
  subtitle: 'Reglabs lärprojekt om digital verksamhetsutveckling',
  speaker: 'Martin Bodensten',
  organisation: 'Ramböll Management Consulting',
  event: 'Reglabs lärprojekt om digital verksamhetsutveckling',
  /** ISO date of the talk. */
  date: '2018-02-22',
  language: 'sv',
  description: 'Föredraget ”Den regionala digitaliseringen” från Reglabs lärprojekt om digital verksamhetsutveckling, 22 februari 2018: var offentlig sektor står i digitaliseringen, vad som krävs för att lyckas och några spaningar framåt.',
  /** Where the published deck lives; DECK_PUBLIC_URL overrides it at build time. Empty: not known. */
  publicUrl: '',
  /** The talk's planned length, for the presenter's countdown. */
  durationMinutes: 20,
  /** Show "12 / 26" in a corner of the audience's slides while presenting. */
  slideNumbers: false,
  /** Put the speaker notes in the public build too (they are always in dev and the presenter flow). */
  publishNotes: false,
} as const;
