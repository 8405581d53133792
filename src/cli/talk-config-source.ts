// src/talk.config.ts as `npm run new` writes it: the new talk's facts, the settings at their defaults.

export interface TalkFacts {
  title: string;
  subtitle: string;
  speaker: string;
  organisation: string;
  event: string;
  /** ISO date of the talk. */
  date: string;
}

export function talkConfigSource(facts: TalkFacts): string {
  const text = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const at = facts.event ? ` från ${facts.event}` : '';
  return `// The talk's facts in one place: for the page's metadata, the presenter's timer and exports.
export const talk = {
  title: ${text(facts.title)},
  subtitle: ${text(facts.subtitle)},
  speaker: ${text(facts.speaker)},
  organisation: ${text(facts.organisation)},
  event: ${text(facts.event)},
  /** ISO date of the talk. */
  date: ${text(facts.date)},
  language: 'sv',
  description: ${text(`Föredraget ”${facts.title}”${at}.`)},
  /** Where the published deck lives; DECK_PUBLIC_URL overrides it at build time. Empty: not known. */
  publicUrl: '',
  /** The talk's planned length, for the presenter's countdown. */
  durationMinutes: 20,
  /** Show "12 / 26" in a corner of the audience's slides while presenting. */
  slideNumbers: false,
  /** Put the speaker notes in the public build too (they are always in dev and the presenter flow). */
  publishNotes: false,
} as const;
`;
}
