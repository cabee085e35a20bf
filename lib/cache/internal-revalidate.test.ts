import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleInternalRevalidate } from './internal-revalidate';
import { revalidationSecret } from './revalidate-live';

const revalidateTag = vi.fn();
vi.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));

beforeEach(() => revalidateTag.mockClear());

const post = (body: unknown, authorization = `Bearer ${revalidationSecret()}`) =>
  handleInternalRevalidate(
    new Request('http://127.0.0.1/api/internal/revalidate', {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

describe('POST /api/internal/revalidate', () => {
  it('revalidates the live tags it is asked to, stale-while-revalidate by default', async () => {
    const response = await post({ tags: ['now-playing'] });
    expect(response.status).toBe(204);
    expect(revalidateTag).toHaveBeenCalledWith('now-playing', 'max');
  });

  it('expires them at once when asked to (start-up)', async () => {
    await post({ tags: ['on-air', 'forecast'], immediate: true });
    expect(revalidateTag.mock.calls).toEqual([
      ['on-air', { expire: 0 }],
      ['forecast', { expire: 0 }],
    ]);
  });

  it('is not there for anyone without this process’s secret', async () => {
    for (const authorization of ['', 'Bearer guess', `Bearer ${revalidationSecret()}x`]) {
      const response = await post({ tags: ['now-playing'] }, authorization);
      expect(response.status).toBe(404);
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('refuses tags it does not know, and bodies that are not JSON', async () => {
    expect((await post({ tags: ['_N_T_/layout'] })).status).toBe(400);
    expect((await post({ tags: [] })).status).toBe(400);
    expect((await post('{"tags":')).status).toBe(400);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
