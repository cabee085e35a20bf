import { storedValue } from '@/lib/browser/stored-value';
import {
  DEFAULT_VOLUME,
  parseVolumeSettings,
  serializeVolumeSettings,
} from '@/lib/player/stored-settings';

/** Volume and mute, remembered across visits. */
export const volumeSettings = storedValue({
  key: 'oldham-reporter-player:volume',
  area: 'local',
  fallback: DEFAULT_VOLUME,
  parse: parseVolumeSettings,
  serialize: serializeVolumeSettings,
});
