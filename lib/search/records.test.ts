import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/load-articles';
import { parseSchedule } from '@/lib/schedule/schema';
import scheduleJson from '../../content/schedule.json';
import { searchRecords, showRecords, storyRecord } from './records';

const schedule = parseSchedule(scheduleJson, 'content/schedule.json');

const article = {
  slug: 'volunteer-open-evening',
  title: 'Volunteer open evening at the studio',
  standfirst: 'Come and see how a show is made.',
  publishedAt: '2026-06-12T18:00:00+01:00',
  section: 'Station',
  tags: ['Volunteers'],
  body: 'Doors open at **7pm**.\n\n<Quote by="Station manager">Everyone is welcome.</Quote>\n',
} as unknown as Article;

describe('storyRecord', () => {
  it('is found by its headline, standfirst, tags and the words of its body', () => {
    const record = storyRecord(article);
    expect(record.url).toBe('/news/volunteer-open-evening');
    expect(record.content).toBe(
      [
        'Volunteer open evening at the studio',
        'Come and see how a show is made.',
        'Volunteers',
        'Doors open at 7pm.\nEveryone is welcome.\nStation manager',
      ].join('\n'),
    );
    expect(record.filters).toEqual({ kind: ['story'] });
  });

  it('shows its headline, standfirst, section and UK date', () => {
    expect(storyRecord(article).meta).toEqual({
      kind: 'story',
      title: 'Volunteer open evening at the studio',
      standfirst: 'Come and see how a show is made.',
      section: 'Station',
      date: '12 June 2026',
      dateTime: '2026-06-12T18:00:00+01:00',
    });
  });
});

describe('showRecords', () => {
  it('has every show, found by its name and presenters, shown with its weekly times', () => {
    const records = showRecords(schedule);
    expect(records).toHaveLength(schedule.shows.length);
    const lnls = records.find((record) => record.url === '/shows/late-night-love-songs')!;
    expect(lnls.meta).toMatchObject({
      kind: 'show',
      title: 'Late Night Love Songs',
      times: 'Every day, 11:00pm - 1:00am',
    });
    expect(lnls.content.split('\n')[0]).toBe('Late Night Love Songs');
    const drivetime = records.find((record) => record.url === '/shows/drivetime')!;
    expect(drivetime.content).toContain('with Ryan & Aisha');
  });
});

describe('searchRecords', () => {
  it('is the shows and then the stories', () => {
    const records = searchRecords([article], schedule);
    expect(records.map((record) => record.meta.kind)).toEqual([
      ...schedule.shows.map(() => 'show'),
      'story',
    ]);
  });
});
