/**
 * The version of a German text, as a short hash. A translation records the hash of the German
 * text it was made from (`sourceHash`), so an outdated translation can be detected.
 * Only what readers read counts: title, description and body, with line endings and trailing
 * spaces normalised, so that re-saving a file in another editor does not outdate translations.
 */
import { createHash } from 'node:crypto';

export interface SourceText {
  title: string;
  description?: string | undefined;
  body: string;
}

export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function sourceHash({ title, description = '', body }: SourceText): string {
  const text = [title, description, body].map(normaliseText).join('\n\u0000\n');
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** The version hash of a German text entry from its header and body (the build and the tools alike). */
export function germanTextHash(data: Record<string, unknown>, body: string): string {
  return sourceHash({
    title: String(data['title'] ?? ''),
    description: typeof data['description'] === 'string' ? data['description'] : undefined,
    body,
  });
}
