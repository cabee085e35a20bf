/** An iCalendar file as a response: its media type, and a file name for a download. */
export function calendarResponse(text: string, filename: string): Response {
  return new Response(text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      // Calendar apps and caches may keep it an hour; it changes at most daily.
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
