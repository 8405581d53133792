// The speaker's contact card as a vCard file, from the contact slide and the speaker's name.
import VCard from 'vcf';
import type { Speaker } from '../deck/index.ts';
import { internationalPhone } from './phone.ts';

export interface ContactKeys {
  email: string;
  phone: string;
}

export function contactVCard(contact: ContactKeys, speaker: Speaker): string {
  const card = new VCard();
  const names = speaker.name.split(' ');
  const family = names.pop() ?? '';
  card.set('fn', speaker.name);
  card.set('n', `${family};${names.join(' ')};;;`);
  card.set('org', speaker.organisation);
  card.add('email', contact.email, { type: 'work' });
  card.add('tel', internationalPhone(contact.phone), { type: ['work', 'cell'] });
  // vCard 3.0: the version phones and mail programs read most widely. Lines end in CRLF.
  return `${card.toString('3.0')}\r\n`;
}
