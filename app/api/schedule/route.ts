import { LONDON } from '@/lib/time/london';
import { schedule } from '@/lib/schedule/load';

// Reads nothing from the request or the clock, so it is prerendered at build time.
export function GET() {
  return Response.json({ timeZone: LONDON, ...schedule });
}
