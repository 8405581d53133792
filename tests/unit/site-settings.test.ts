// DECK_PUBLIC_URL goes into every page, the link previews, the vCard and the QR code: a mistake in it is one clear line.
import { describe, expect, test } from 'vitest';
import { resolveSiteSettings, SettingsError } from '../../src/vite/site-settings.ts';

const publicUrl = (url: string) => resolveSiteSettings({ DECK_PUBLIC_URL: url }).publicUrl;

/** The error a URL gives, message and hint, checked to be one line each without a stack (Vite prints the stack as it is). */
function refusal(url: string): string {
  try {
    publicUrl(url);
  } catch (error) {
    const { message, stack, hint } = error as SettingsError;
    expect(error).toBeInstanceOf(SettingsError);
    expect(stack).toBe(`${message}\n${hint}`);
    expect(message).not.toContain('\n');
    return `${message} ${hint}`;
  }
  throw new Error(`"${url.slice(0, 40)}" was accepted`);
}

describe('the public URL', () => {
  test('a folder address is taken, with a closing "/"', () => {
    expect(publicUrl('https://example.se/talks/reda')).toBe('https://example.se/talks/reda/');
  });

  test('3,000 characters are refused with the limit, not a crash in the QR code', () => {
    expect(refusal(`https://example.se/${'a'.repeat(3000)}/`)).toMatch(/is 3020 characters long: at most 1000/);
  });

  test.each(['https://example.se/talks/?utm=x', 'https://example.se/talks/#/kontakt', 'https://example.se/talks/?', 'https://example.se/talks/#'])('%s: a query or fragment is refused (og:image and the vCard would break)', (url) => {
    expect(refusal(url)).toContain('has a query ("?…") or a fragment ("#…")');
  });

  test('a user name and password are refused, and the password is not printed', () => {
    const message = refusal('https://martin:hemligt@example.se/talks/');
    expect(message).toContain('holds a user name or password');
    expect(message).not.toContain('hemligt');
  });

  test("a URL with a terminal's escape codes is printed escaped", () => {
    expect(refusal('ftp://example.se/\u001b[31m')).toContain('<U+001B>[31m');
  });
});
