import { describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '@/lib/storage/store-unavailable';
import { retryWhileUp } from './connection';

const unavailable = () => new StoreUnavailableError(new Error('Command timed out'));

describe('retryWhileUp', () => {
  it('tries a catch-up again while the link is up, until it succeeds', async () => {
    const task = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(unavailable())
      .mockRejectedValueOnce(unavailable())
      .mockResolvedValue();
    expect(await retryWhileUp({ isUp: () => true }, task, 1)).toBe(true);
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('leaves it to the next connection once the link is down', async () => {
    const task = vi.fn<() => Promise<void>>().mockRejectedValue(unavailable());
    expect(await retryWhileUp({ isUp: () => false }, task, 1)).toBe(false);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not repeat what Redis refused for another reason, and says so', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const task = vi.fn<() => Promise<void>>().mockRejectedValue(new Error('ERR script error'));
    expect(await retryWhileUp({ isUp: () => true }, task, 1)).toBe(false);
    expect(task).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
