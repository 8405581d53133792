// Readable, stable slide ids from headings: "Sverige ligger efter!" → "sverige-ligger-efter".
const MAX_LENGTH = 48;

export function slugify(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next;
  }
  return slug || 'bild';
}
