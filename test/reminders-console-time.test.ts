/**
 * The console fills AMAZON.TIME slots as Alexa does, so a newcomer can try reminders
 * locally: spoken times become "HH:MM" or a part-of-day code, and what the console
 * produces is read by the skill's own slot reader as the time the words meant.
 */
import { amazonTimeValue as timeOfDigits } from '../lambda/local/amazon-time-value';
import { numberWordsToDigits } from '../lambda/local/utterance-resolver';

/** What Alexa puts in an AMAZON.TIME slot for these words, as the console hears them. */
const amazonTimeValue = (spoken: string) => timeOfDigits(numberWordsToDigits(spoken));
import { readTimeSlot } from '../lambda/reminders/time-slot';

test.each([
  ['nine', '09:00'],
  ['at nine', '09:00'],
  ["nine o'clock", '09:00'],
  ['9', '09:00'],
  ['twelve', '12:00'],
  ['nine thirty', '09:30'],
  ['9:30', '09:30'],
  ['nine oh five', '09:05'],
  ['half past seven', '07:30'],
  ['quarter past eight', '08:15'],
  ['quarter to nine', '08:45'],
  ['8 pm', '20:00'],
  ['eight p.m.', '20:00'],
  ['8 am', '08:00'],
  ['seven thirty in the morning', '07:30'],
  ['half past seven in the evening', '19:30'],
  ['nine at night', '21:00'],
  ['twelve a.m.', '00:00'],
  ['12 pm', '12:00'],
  ['noon', '12:00'],
  ['midnight', '00:00'],
  ['twenty one thirty', '21:30'],
  ['in the morning', 'MO'],
  ['in the afternoon', 'AF'],
  ['in the evening', 'EV'],
  ['at night', 'NI'],
  ['tonight', 'NI'],
])('"%s" fills the slot with %s', (spoken, value) => {
  expect(amazonTimeValue(spoken)).toBe(value);
});

test.each(['', 'whenever', 'soon', 'twenty five', 'fourteen a m', 'nine seventy'])('"%s" is no time: the slot stays empty', (spoken) => {
  expect(amazonTimeValue(spoken)).toBeUndefined();
});

test('what the console fills reads back, through the skill\'s own reader, as the time meant', () => {
  expect(readTimeSlot(amazonTimeValue('nine'))).toEqual({ kind: 'clock', hour: 9, minute: 0 });
  expect(readTimeSlot(amazonTimeValue('8 pm'))).toEqual({ kind: 'clock', hour: 20, minute: 0 });
  expect(readTimeSlot(amazonTimeValue('in the morning'))).toEqual({ kind: 'period', period: 'MO', hour: 9, minute: 0 });
  expect(readTimeSlot(amazonTimeValue('whenever'))).toEqual({ kind: 'missing' });
});
