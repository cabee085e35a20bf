import 'server-only';
import { defineScript } from '@/lib/redis/script';

/**
 * The play history's writes in Redis, each one atomic: the same decisions as the SQLite store
 * and service (lib/now-playing/store.ts, service.ts), made where two instances cannot race.
 * Plays are a list of JSON documents, newest first; each carries `key`, its same-track key
 * (lower-cased and trimmed in JavaScript, which knows Unicode case), besides the NowPlaying.
 */

/**
 * Records a track, or the station going off air (`offAir` in the play), and announces the
 * change on the changes channel in the same step, so no change is stored without being sent.
 *   KEYS: plays, next play id, last push (exists while a push holds pollers off), poller lease
 *   ARGV: the play (JSON, no id), its same-track key, source, push precedence (ms),
 *         plays kept, this instance's lease id for a poller ('' for a push), channel,
 *         the highest play id this instance knows (0: none)
 * Returns { outcome, play JSON }; outcome 'not-holder' when a poller no longer holds the lease,
 * 'emptied' when Redis has lost the history this instance knows of (FLUSHALL, an eviction, a
 * failover to an empty replica): nothing is written, so that ids never go back or repeat.
 */
export const recordPlayScript = defineScript(`
local plays, nextId, lastPush, lease = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local play, key, source = cjson.decode(ARGV[1]), ARGV[2], ARGV[3]
local precedence, keep, poller, channel = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], ARGV[7]
local known = tonumber(ARGV[8])

if known > 0 and redis.call('EXISTS', nextId) == 0 then
  return {'emptied', ''}
end

local raw = redis.call('LINDEX', plays, 0)
if poller ~= '' and redis.call('GET', lease) ~= poller then
  return {'not-holder', raw or ''}
end
local current = raw and cjson.decode(raw)
local onAir = current and not current.offAir
local same = onAir and not play.offAir and current.key == key

-- A source naming no track (lib/now-playing/untitled.ts) never replaces a play on air.
if onAir and not play.offAir and play.title == '' then
  return {'unchanged', raw}
end

-- Pushes are the station's own word: for a while after one, a poller's different title waits.
if source == 'push' then
  redis.call('SET', lastPush, '1', 'PX', precedence)
elseif onAir and not play.offAir and not same and redis.call('EXISTS', lastPush) == 1 then
  return {'unchanged', raw}
end

local function announce(encoded)
  redis.call('PUBLISH', channel, '{"type":"play","play":' .. encoded .. '}')
end

if play.offAir and current and current.offAir then
  return {'unchanged', raw}
end
if same then
  local fills = (current.artwork == nil and play.artwork ~= nil)
    or (current.duration == nil and play.duration ~= nil)
  if not fills then return {'unchanged', raw} end
  if current.artwork == nil then current.artwork = play.artwork end
  if current.duration == nil then current.duration = play.duration end
  current.revision = (current.revision or 0) + 1
  local encoded = cjson.encode(current)
  redis.call('LSET', plays, 0, encoded)
  announce(encoded)
  return {'updated', encoded}
end

play.id = redis.call('INCR', nextId)
play.key = key
local encoded = cjson.encode(play)
redis.call('LPUSH', plays, encoded)
redis.call('LTRIM', plays, 0, keep - 1)
announce(encoded)
return {'new', encoded}
`);

/**
 * Puts an instance's last known history back into a Redis that lost it (restarted without
 * persistence), unless another instance already has: ids go on from where they were.
 *   KEYS: plays, next play id; ARGV: the highest id, then the plays as JSON, newest first
 */
export const seedPlaysScript = defineScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[2], ARGV[1])
for i = 2, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
return 1
`);
