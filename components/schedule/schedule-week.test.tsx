import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScheduleWeek } from './schedule-week';
import { schedule } from '@/lib/schedule/load';

// The page as the server renders it at `iso`, and its text with tags stripped.
const render = (iso: string) => {
  const html = renderToStaticMarkup(<ScheduleWeek schedule={schedule} at={new Date(iso)} />);
  const text = (fragment: string) =>
    fragment
      .replace(/<script[^>]*>.*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#x27;/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/ ([:.,])/g, '$1')
      .trim();
  const onAir = /<li aria-current="true"[^>]*>(.*?)<\/li>/.exec(html)?.[1] ?? '';
  return { html, text: text(html), onAir: text(onAir) };
};

describe('ScheduleWeek', () => {
  it('starts with today and marks the show on air (Friday 4 December, 23:30 GMT)', () => {
    const { text, onAir, html } = render('2026-12-04T23:30:00Z');
    expect(text).toMatch(/^All times are UK time \(GMT\)\./);
    expect(text).toContain('Today Friday 4 December');
    expect(text).toContain('Tomorrow Saturday 5 December');
    expect(onAir).toBe(
      '11:00pm - 1:00am On air now Late Night Love Songs Smooth soul and slow jams for the late hours, every night.',
    );
    expect(html.match(/aria-current="true"/g)).toHaveLength(1);
  });

  it('keeps a show running from last night on its own line, not at the top of today', () => {
    const { text, onAir } = render('2026-12-05T00:30:00Z');
    expect(text).toContain('Still on air from last night 11:00pm - 1:00am On air now Late Night');
    expect(onAir).toContain('Late Night Love Songs');
    expect(text).toMatch(/Today Saturday 5 December 1:00am - 7:00am Overnight Oldham/);
  });

  it('lists no show from last night once it has ended', () => {
    expect(render('2026-12-05T01:00:00Z').text).not.toContain('Still on air');
  });

  it('says when the clocks go forward, and names both zones on the night they do', () => {
    const { text } = render('2026-03-26T12:00:00Z');
    expect(text).toContain(
      'All times are UK time. The clocks go forward an hour at 1:00am on Sunday 29 March: times before then are GMT, from then on BST.',
    );
    expect(text).toContain('Saturday 28 March');
    expect(text).toContain('11:00pm GMT - 2:00am BST Late Night Love Songs');
    expect(text).toContain('2:00am - 8:00am Overnight Oldham');
  });

  it('tags a one-off special, which replaces the regular late show', () => {
    const { text } = render('2026-12-31T12:00:00Z');
    expect(text).toContain(
      "9:00pm - 2:00am Special New Year's Eve Party with Dean & Carl Seeing in the new year",
    );
    const today = text.slice(
      text.indexOf('Today Thursday 31 December'),
      text.indexOf('Tomorrow Friday 1 January'),
    );
    expect(today).not.toContain('Late Night Love Songs');
  });
});
