import { describe, expect, it } from 'vitest';
import { queryOf, resultsMessage, toResultView } from './results';

describe('toResultView', () => {
  it('shows a story with its headline, standfirst, section and date', () => {
    expect(
      toResultView({
        url: '/news/how-to-listen-live',
        meta: {
          kind: 'story',
          title: 'How to listen live',
          standfirst: 'On your phone, speaker or radio.',
          section: 'Station',
          date: '1 December 2026',
          dateTime: '2026-12-01T09:00:00+00:00',
        },
      }),
    ).toEqual({
      kind: 'story',
      url: '/news/how-to-listen-live',
      title: 'How to listen live',
      standfirst: 'On your phone, speaker or radio.',
      section: 'Station',
      date: '1 December 2026',
      dateTime: '2026-12-01T09:00:00+00:00',
    });
  });

  it('shows a show with its name and times, and nothing not of ours', () => {
    expect(
      toResultView({
        url: '/shows/drivetime',
        meta: { kind: 'show', title: 'Drivetime', times: 'Weekdays, 4:00pm - 7:00pm' },
      }),
    ).toMatchObject({ kind: 'show', title: 'Drivetime', times: 'Weekdays, 4:00pm - 7:00pm' });
    expect(toResultView({ url: '/x', meta: { title: 'No kind' } })).toBeNull();
    expect(
      toResultView({ url: 'https://elsewhere.example/', meta: { kind: 'show', title: 'X' } }),
    ).toBeNull();
    expect(toResultView({ url: '/x', meta: { kind: 'story' } })).toBeNull();
  });
});

describe('resultsMessage', () => {
  it('counts, says the order, and how many are shown', () => {
    expect(resultsMessage('casey', 1, 1)).toBe('1 result for “casey”, best first.');
    expect(resultsMessage('radio', 1234, 20)).toBe(
      '1,234 results for “radio”, best first. Showing the first 20.',
    );
    expect(resultsMessage('zzz', 0, 0)).toContain('Nothing found for “zzz”');
  });
});

describe('queryOf', () => {
  it('reads ?q= from an address, trimmed', () => {
    expect(queryOf('?q=%20late%20night%20')).toBe('late night');
    expect(queryOf('?q=a+b')).toBe('a b');
    expect(queryOf('')).toBe('');
  });
});
