/**
 * The build's site settings, read from the environment in one place (README, "Hosting"):
 * - SITE_URL: the public address (astro.config.mjs);
 * - SITE_EXAMPLES=off: leave every example offer (`sample: true`) out of the build, for the
 *   public site; `npm start` and the tests keep them, clearly marked;
 * - SITE_OPERATOR: who runs the portal, for the Impressum and the accessibility feedback:
 *   lines separated by "|", e.g. "Musterverein e. V. | Beispielweg 1 | 65187 Wiesbaden |
 *   kontakt@musterverein.example". An e-mail address, a phone number or an https address
 *   becomes a link. We never invent it: when it is unset, the pages say so and the build warns.
 * Pure parsing here; `readSiteSettings` takes the environment as an argument.
 */
import { telHref } from '../offers/model.ts';
import { schemeOf } from './urlScheme.ts';

export interface OperatorLine {
  text: string;
  /** mailto:, tel: or https: for lines that are an address to open. */
  href?: string;
}

export interface SiteSettings {
  includeExamples: boolean;
  /** Undefined when SITE_OPERATOR is unset or empty. */
  operator: OperatorLine[] | undefined;
}

const EMAIL = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;
const PHONE = /^\+?[\d ()/-]{6,}$/;

/** One line of the operator setting, with its link where it is an address. */
function operatorLine(text: string): OperatorLine {
  if (EMAIL.test(text)) return { text, href: `mailto:${text}` };
  if (PHONE.test(text) && /\d{4}/.test(text.replace(/\D/g, ''))) return { text, href: telHref(text) };
  if (URL.canParse(text) && schemeOf(text) === 'https') return { text, href: text };
  return { text };
}

/** The operator's lines; throws with a message that names the setting and the fix. */
export function parseOperator(value: string | undefined): OperatorLine[] | undefined {
  const lines = (value ?? '')
    .split('|')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return undefined;
  const parsed = lines.map(operatorLine);
  // An Impressum needs a way to reach the operator quickly by electronic means (DDG § 5).
  if (!parsed.some((l) => l.href?.startsWith('mailto:'))) {
    throw new Error(
      `SITE_OPERATOR enthält keine E-Mail-Adresse. Bitte Name, Anschrift und E-Mail-Adresse durch | getrennt angeben, ` +
        `zum Beispiel SITE_OPERATOR="Musterverein e. V. | Beispielweg 1 | 65187 Wiesbaden | kontakt@musterverein.example".`,
    );
  }
  // The postal address: at least a line with postcode and town ("65187 Wiesbaden").
  if (parsed.length < 3 || !lines.some((l) => /^\d{5} \S/.test(l))) {
    throw new Error(
      'SITE_OPERATOR braucht Name, Anschrift (mit einer Zeile „Postleitzahl Ort“, zum Beispiel 65187 Wiesbaden) und E-Mail-Adresse, durch | getrennt.',
    );
  }
  return parsed;
}

export function readSiteSettings(env: Record<string, string | undefined>): SiteSettings {
  const examples = (env['SITE_EXAMPLES'] ?? 'on').trim().toLowerCase();
  if (examples !== 'on' && examples !== 'off') {
    throw new Error(
      `SITE_EXAMPLES="${env['SITE_EXAMPLES']}" ist kein gültiger Wert. Erlaubt: on (Beispiele zeigen, Standard) oder off (Beispiele weglassen).`,
    );
  }
  const settings = { includeExamples: examples === 'on', operator: parseOperator(env['SITE_OPERATOR']) };
  // The public build (without examples) must say who runs it: an Impressum without an operator is not publishable.
  if (!settings.includeExamples && !settings.operator) {
    throw new Error('SITE_EXAMPLES=off baut die öffentliche Seite: Bitte auch SITE_OPERATOR setzen (README, Hosting).');
  }
  return settings;
}
