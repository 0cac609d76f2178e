/**
 * How a browser reads an address before it looks at its scheme (WHATWG URL parsing): leading and
 * trailing C0 controls and spaces are stripped and tabs and newlines removed anywhere, so
 * "java\tscript:" and " javascript:" are javascript: URLs. One reading for the content rules
 * (src/lib/content/markup.ts) and the post-build scan (./activeContent.ts). Entities are decoded
 * by the HTML and Markdown parsers before this.
 */
export const browserUrl = (url: string): string => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** The scheme a browser sees, lower case; null for relative URLs (no valid scheme before the first colon). */
export function schemeOf(url: string): string | null {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(browserUrl(url));
  return match?.[1] ? match[1].toLowerCase() : null;
}
