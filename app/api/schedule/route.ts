import { LONDON } from '@/lib/schedule/london-time';
import { schedule } from '@/lib/schedule/load';

// Reads nothing from the request or the clock, so it is prerendered at build time.
export function GET() {
  return Response.json({ timeZone: LONDON, ...schedule });
}
