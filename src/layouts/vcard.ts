// The speaker's contact card as a vCard file, from the contact slide and the talk's facts.
import VCard from 'vcf';
import { internationalPhone } from './contact.ts';
import type { talk as Talk } from '../talk.config.ts';

export interface ContactKeys {
  email: string;
  phone: string;
}

export function contactVCard(contact: ContactKeys, talk: typeof Talk): string {
  const card = new VCard();
  const names = talk.speaker.split(' ');
  const family = names.pop() ?? '';
  card.set('fn', talk.speaker);
  card.set('n', `${family};${names.join(' ')};;;`);
  card.set('org', talk.organisation);
  card.add('email', contact.email, { type: 'work' });
  card.add('tel', internationalPhone(contact.phone), { type: ['work', 'cell'] });
  // vCard 3.0: the version phones and mail programs read most widely. Lines end in CRLF.
  return `${card.toString('3.0')}\r\n`;
}
