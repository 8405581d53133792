// The presenter's clock and countdown text, at the moments that matter.
import { describe, expect, test } from 'vitest';
import { formatDuration, timerText } from '../../src/client/presenter/timer.ts';

const start = new Date(2018, 1, 22, 13, 0, 0).getTime();
const at = (minutes: number, seconds = 0) => new Date(start + (minutes * 60 + seconds) * 1000);

describe('timerText for a 20-minute talk', () => {
  test('shows a 24-hour clock', () => {
    expect(timerText(new Date(2018, 1, 22, 14, 5, 59), start, 20).clock).toBe('14:05');
    expect(timerText(new Date(2018, 1, 22, 9, 3), start, 20).clock).toBe('09:03');
  });

  test('counts down from the planned length while on time', () => {
    expect(timerText(at(0), start, 20)).toMatchObject({ elapsed: '00:00', remaining: '20:00', state: 'on-time' });
    expect(timerText(at(12, 34), start, 20)).toMatchObject({ elapsed: '12:34', remaining: '07:26', state: 'on-time' });
    expect(timerText(at(17, 59), start, 20)).toMatchObject({ remaining: '02:01', state: 'on-time' });
  });

  test('warns in the last two minutes and counts on past the end', () => {
    expect(timerText(at(18), start, 20)).toMatchObject({ remaining: '02:00', state: 'warning' });
    expect(timerText(at(20), start, 20)).toMatchObject({ remaining: '00:00', state: 'warning' });
    expect(timerText(at(21, 5), start, 20)).toMatchObject({ elapsed: '21:05', remaining: '+01:05', state: 'over' });
  });

  test('never shows time before the start', () => {
    expect(timerText(at(-1), start, 20)).toMatchObject({ elapsed: '00:00', remaining: '20:00' });
  });
});

test('formatDuration uses hours only from an hour on', () => {
  expect(formatDuration(59 * 60_000 + 59_999)).toBe('59:59');
  expect(formatDuration(3_600_000 + 62_000)).toBe('1:01:02');
});
