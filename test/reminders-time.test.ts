/**
 * Reading the time a user gave for a daily reminder (Alexa's AMAZON.TIME slot values)
 * and the parts speech needs to say it back with AM or PM.
 */
import fc from 'fast-check';
import { PERIOD_TIMES, readTimeSlot } from '../lambda/reminders/time-slot';
import { clockParts } from '../lambda/vocabulary/clock';

const pad = (n: number): string => String(n).padStart(2, '0');

describe('readTimeSlot: clock times', () => {
  test('every HH:MM of the day reads as that clock time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        expect(readTimeSlot(`${pad(hour)}:${pad(minute)}`)).toEqual({ kind: 'clock', hour, minute });
      }),
      { numRuns: 500 },
    );
  });

  test('all 1,440 minutes, exhaustively, including the edges of the day', () => {
    for (let hour = 0; hour < 24; hour++) {
      for (let minute = 0; minute < 60; minute++) {
        expect(readTimeSlot(`${pad(hour)}:${pad(minute)}`)).toEqual({ kind: 'clock', hour, minute });
      }
    }
    expect(readTimeSlot('00:00')).toEqual({ kind: 'clock', hour: 0, minute: 0 });
    expect(readTimeSlot('23:59')).toEqual({ kind: 'clock', hour: 23, minute: 59 });
  });

  test('"nine" arrives as 09:00 and "8 pm" as 20:00', () => {
    expect(readTimeSlot('09:00')).toEqual({ kind: 'clock', hour: 9, minute: 0 });
    expect(readTimeSlot('20:00')).toEqual({ kind: 'clock', hour: 20, minute: 0 });
  });
});

describe('readTimeSlot: parts of the day become a proposed clock time', () => {
  test.each([
    ['MO', 9, 0],
    ['AF', 14, 0],
    ['EV', 18, 0],
    ['NI', 20, 0],
  ] as const)('%s proposes %i:%i', (period, hour, minute) => {
    expect(readTimeSlot(period)).toEqual({ kind: 'period', period, hour, minute });
    expect(PERIOD_TIMES[period]).toEqual({ hour, minute });
  });

  test('the proposed times run in order through the day and are all waking hours', () => {
    const hours = (['MO', 'AF', 'EV', 'NI'] as const).map((p) => PERIOD_TIMES[p].hour);
    expect([...hours].sort((a, b) => a - b)).toEqual(hours);
    for (const hour of hours) {
      expect(hour).toBeGreaterThanOrEqual(7);
      expect(hour).toBeLessThanOrEqual(21);
    }
  });
});

describe('readTimeSlot: what a daily reminder cannot use', () => {
  test.each([
    'T09', // a time with no resolvable hour shape
    'PT2H', // a duration
    'PT30M',
    '2026-W49', // a week
    '2026-12-02', // a date
    '24:00',
    '09:60',
    '9:00', // AMAZON.TIME always sends two digits
    '0900',
    '09:00:00',
    'MO:00',
    'XX',
    'noon',
    'nine',
    '<speak>',
  ])('%s is unusable', (value) => {
    expect(readTimeSlot(value)).toEqual({ kind: 'unusable' });
  });

  test.each([undefined, null, '', '   ', '?'])('%p is missing', (value) => {
    expect(readTimeSlot(value)).toEqual({ kind: 'missing' });
  });

  test('any text at all reads without throwing, and is a clock time only when it is HH:MM', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const read = readTimeSlot(text);
        if (read.kind === 'clock') expect(text.trim()).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        if (read.kind === 'period') expect(['MO', 'AF', 'EV', 'NI']).toContain(text.trim().toUpperCase());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('clockParts: saying the time with AM or PM', () => {
  test.each([
    [0, 0, 12, 'AM'],
    [0, 30, 12, 'AM'],
    [1, 0, 1, 'AM'],
    [9, 0, 9, 'AM'],
    [11, 59, 11, 'AM'],
    [12, 0, 12, 'PM'],
    [12, 15, 12, 'PM'],
    [13, 0, 1, 'PM'],
    [18, 0, 6, 'PM'],
    [20, 45, 8, 'PM'],
    [23, 59, 11, 'PM'],
  ] as const)('%i:%i is %i %s', (hour24, minute, hour12, period) => {
    expect(clockParts(hour24, minute)).toEqual({ hour24, hour12, minute, period });
  });

  test('for every minute of the day, the 12-hour parts lead back to the same 24-hour time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour24, minute) => {
        const parts = clockParts(hour24, minute);
        expect(parts.hour12).toBeGreaterThanOrEqual(1);
        expect(parts.hour12).toBeLessThanOrEqual(12);
        const back = (parts.hour12 % 12) + (parts.period === 'PM' ? 12 : 0);
        expect(back).toBe(hour24);
        expect(parts.minute).toBe(minute);
      }),
    );
  });

  test('a plain "nine" (09:00) is confirmed as 9 AM, its other half of the day as 9 PM', () => {
    const nine = readTimeSlot('09:00');
    if (nine.kind !== 'clock') throw new Error('expected a clock time');
    expect(clockParts(nine.hour, nine.minute)).toMatchObject({ hour12: 9, period: 'AM' });
    expect(clockParts(nine.hour + 12, nine.minute)).toMatchObject({ hour12: 9, period: 'PM' });
  });

  test.each([
    [24, 0],
    [-1, 0],
    [9, 60],
    [9.5, 0],
    [Number.NaN, 0],
  ])('refuses %p:%p', (hour, minute) => {
    expect(() => clockParts(hour, minute)).toThrow(RangeError);
  });
});
