import { describe, expect, it } from 'vitest';
import { mdxToText } from './mdx-text';

describe('mdxToText', () => {
  it('keeps the words and drops the markup', () => {
    const text = mdxToText(
      [
        '## Training *nights*',
        '',
        'Come to the [studio](/shows) on **Tuesday**, with `headphones`.',
        '',
        '- one',
        '- two',
      ].join('\n'),
    );
    expect(text).toBe('Training nights\nCome to the studio on Tuesday, with headphones.\none\ntwo');
  });

  it('keeps what components show as text, and none of their code', () => {
    const text = mdxToText(
      [
        'Before.',
        '',
        '<Quote by="Assistant Chief Constable Steph Parker" role="Greater Manchester Police">',
        '  We will be open.',
        '</Quote>',
        '',
        '<Figure src="/a.jpg" caption="The studio at night." width={1200} />',
        '',
        'Inline <Abbr title="Greater Manchester Police">GMP</Abbr> and {1 + 1} expression.',
      ].join('\n'),
    );
    expect(text).toContain('Assistant Chief Constable Steph Parker');
    expect(text).toContain('Greater Manchester Police');
    expect(text).toContain('We will be open.');
    expect(text).toContain('The studio at night.');
    expect(text).toContain('GMP');
    expect(text).not.toMatch(/Quote|Figure|\/a\.jpg|1200|1 \+ 1|[<>{}]/);
  });
});
