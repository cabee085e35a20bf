/**
 * Repairs UTF-8 text that was read as ISO-8859-1 (Latin-1). Icecast does that to the titles of a
 * mount without `<charset>UTF-8</charset>`: "Sigur Rós" arrives as "Sigur RÃ³s", and an emoji as
 * four characters, three of them invisible controls.
 *
 * Only text that is clearly such is repaired: every character fits in one byte (U+0000–U+00FF),
 * one of them is beyond ASCII, and those bytes are valid UTF-8. Anything else comes back as it
 * is: genuine Latin-1 ("Café" sent as Latin-1 is not valid UTF-8) and text with characters above
 * U+00FF (it was decoded properly somewhere). Run it before cleaning the text: cleaning drops the
 * C1 controls and soft hyphens that carry the misread bytes.
 * @see ../../docs/icecast.md "Running it"
 */
export function repairUtf8ReadAsLatin1(text: string): string {
  if (!/[\u0080-\u00FF]/.test(text) || /[^\u0000-\u00FF]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  try {
    // ignoreBOM: a leading U+FEFF is kept as text (cleaning drops it), so nothing else is lost.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return text;
  }
}
