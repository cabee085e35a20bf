/**
 * 405 answers with the Allow header RFC 9110 asks for. Next.js answers a method a route handler
 * does not export with a bare 405; routes export these for the rest instead:
 *
 *   export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-405-method-not-allowed
 */
export function otherMethodsNotAllowed(allow: string) {
  const reply = () =>
    Response.json(
      { error: 'Method not allowed' },
      { status: 405, headers: { Allow: allow, 'Cache-Control': 'no-store' } },
    );
  return { GET: reply, POST: reply, PUT: reply, PATCH: reply, DELETE: reply };
}
