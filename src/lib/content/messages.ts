/**
 * The one message catalogue of the content rules (src/lib/content/rules.ts): German for editors,
 * English as the second language. Every message says what is wrong and how to fix it; the
 * finding it belongs to names the file, the line where known, and the field.
 * Used by `npm run content:check`, the build (`astro build` and `astro dev`) and the import.
 */
import type { z } from 'astro/zod';

export type MessageLang = 'de' | 'en';
export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Path of the file relative to the project, e.g. `content/offers/de/x.md`. */
  file: string;
  /** Line in the file (1-based), when known. */
  line?: number | undefined;
  /** Field name, when the problem is in one field. */
  field?: string | undefined;
  message: string;
}

export const MESSAGES = {
  de: {
    noFrontMatter: 'Die Datei beginnt nicht mit einem Kopf zwischen zwei Zeilen "---". Bitte den Kopf ergänzen.',
    yaml: (e: string) => `Der Kopf ist kein gültiges YAML (${e}). Häufige Ursache: ein Doppelpunkt im Text. Setzen Sie den Text in Anführungszeichen.`,
    missing: 'Dieses Pflichtfeld fehlt. Bitte ergänzen.',
    enum: (v: string, allowed: string) => `"${v}" ist kein gültiger Wert. Erlaubt sind: ${allowed}.`,
    date: 'Bitte ein Datum im Format JJJJ-MM-TT schreiben, zum Beispiel 2026-11-25.',
    email: 'Bitte eine E-Mail-Adresse wie name@beispiel.de schreiben.',
    url: 'Bitte eine vollständige Adresse schreiben, die mit https:// beginnt.',
    format: 'Das Format stimmt nicht. Bitte die Beschreibung des Feldes in src/content.config.ts beachten.',
    time: 'Bitte eine Uhrzeit wie 09:30 schreiben (24 Stunden).',
    phone: 'Bitte eine Telefonnummer wie 0611 123456 oder +49 611 123456 schreiben.',
    postcode: 'Bitte eine fünfstellige Postleitzahl schreiben, zum Beispiel 65187.',
    tooSmall: (minimum: string) => `Der Wert ist zu klein: mindestens ${minimum}.`,
    type: (expected: string) => `Falscher Typ: erwartet wird ${expected === 'boolean' ? 'true oder false' : expected === 'number' ? 'eine Zahl' : expected === 'array' ? 'eine Liste wie [A1, A2]' : 'ein Text'}.`,
    unknownField: (keys: string) => `Unbekanntes Feld: ${keys}. Bitte entfernen oder richtig schreiben.`,
    other: (msg: string) => msg,
    unknownRegion: (v: string, some: string) => `"${v}" ist keine bekannte Region. Verwenden Sie den Dateinamen einer Region aus content/regions/ (ohne .yaml), zum Beispiel ${some}.`,
    noOriginal: (slug: string, folder: string) => `Zu dieser Übersetzung gibt es kein deutsches Original. Legen Sie zuerst ${folder}/de/${slug} an oder benennen Sie die Datei wie ein vorhandenes deutsches Original.`,
    duplicate: (other: string) => `Doppelter Name: ${other} hat dieselbe Adresse. Bitte eine der Dateien umbenennen.`,
    noSourceHash: (file: string) => `Es fehlt die Angabe, aus welcher deutschen Fassung übersetzt wurde. Bitte ausführen: npm run translations:stamp -- ${file}`,
    staleTranslation: (original: string, file: string) => `Der deutsche Text (${original}) wurde geändert, nachdem diese Übersetzung entstanden ist. Bitte die Übersetzung anpassen und dann ausführen: npm run translations:stamp -- ${file}. Oder \`outdated: true\` eintragen, dann sehen Leserinnen und Leser einen Hinweis.`,
    endBeforeStart: 'Das Enddatum liegt vor dem Startdatum. Bitte die Daten prüfen.',
    implausibleDate: 'Das Datum ist unplausibel (vor 2000 oder nach 2100). Bitte prüfen.',
    futureChecked: 'Das Prüfdatum liegt in der Zukunft. Bitte das Datum der letzten Prüfung eintragen.',
    stale: (months: number) => `Der Eintrag wurde seit mehr als ${months} Monaten nicht geprüft. Bitte beim Anbieter nachfragen und lastChecked aktualisieren.`,
    easyLanguage: {
      oneStatementPerLine: 'Leichte Sprache: mehr als ein Satz in dieser Zeile. Bitte jeden Satz in eine eigene Zeile schreiben.',
      sentenceLength: (max: number) => `Leichte Sprache: der Satz hat mehr als ${max} Wörter. Bitte in zwei kurze Sätze teilen.`,
      passive: 'Leichte Sprache: der Satz benutzt „wird“, „werden“ oder „wurde“ (Passiv oder Zukunft). Bitte aktiv schreiben: Wer macht was?',
      longWord: (word: string) => `Leichte Sprache: „${word}“ ist ein langes Wort. Bitte mit Binde-Strich teilen, zum Beispiel „Integrations-Kurs“.`,
    },
    arabicLetters: 'Persischer Text mit arabischen Buchstaben ي oder ك. Bitte persisches ی und ک verwenden (sonst findet die Suche manche Wörter schlechter).',
    script: 'Der Text enthält ein <script>-Element. Skripte sind in Inhalten nicht erlaubt; bitte entfernen.',
    handler: (attr: string) => `Der Text enthält das Attribut ${attr}. Solche Attribute sind in Inhalten nicht erlaubt; bitte entfernen.`,
    jsLink: 'Der Text enthält einen Link mit "javascript:". Solche Links sind nicht erlaubt; bitte eine normale Adresse verwenden.',
    brokenLink: (href: string) => `Der Link "${href}" führt zu keiner Seite dieses Portals. Bitte die Adresse prüfen.`,
    badScheme: (url: string) =>
      `Der Link "${url}" ist nicht erlaubt. Erlaubt sind Adressen mit https://, mailto: und tel: und Adressen dieses Portals wie ../impressum/.`,
    insecureLink: (url: string) =>
      `Der Link "${url}" ist unverschlüsselt (http://). Bitte https:// schreiben. Auch eine Adresse wie www.beispiel.de im Text wird zu einem solchen Link; bitte als https://www.beispiel.de schreiben.`,
    offsiteImage: (url: string) =>
      `Das Bild "${url}" liegt auf einem anderen Server. Das ist nicht erlaubt (jeder Aufruf der Seite ginge dann an diesen Server). Bitte das Bild in public/ ablegen und als /bildname.png einbinden.`,
    imagePath: (url: string) =>
      `Das Bild "${url}" ist so nicht erlaubt. Bilder liegen in public/ und werden mit ihrer Adresse ab / eingebunden, zum Beispiel ![Beschreibung](/bilder/karte.png) (Endung .png, .jpg, .webp, .gif, .avif oder .svg).`,
    htmlElement: (tag: string, allowed: string) =>
      `Das HTML-Element <${tag}> ist in Texten nicht erlaubt. Bitte Markdown verwenden (## Überschrift, - Liste, **fett**, [Linktext](https://…)). An HTML erlaubt sind nur ${allowed}.`,
    htmlAttribute: (tag: string, attr: string, allowed: string) =>
      `Das Attribut "${attr}" an <${tag}> ist nicht erlaubt. ${allowed ? `Erlaubt ist dort nur: ${allowed}.` : 'Bitte entfernen.'}`,
    brokenHtml: (tag: string) => `Das HTML-Element <${tag}> ist unvollständig: Es fehlt ein ">" oder ein schließendes Anführungszeichen. Bitte ergänzen.`,
    footnotes: 'Fußnoten ([^1]) werden nicht unterstützt. Bitte den Hinweis in Klammern in den Satz schreiben.',
    taskList: 'Aufgabenlisten (- [ ] oder - [x]) werden nicht unterstützt. Bitte eine normale Liste mit - verwenden.',
    bodyTooLarge: (max: number, actual: number) =>
      `Der Text ist zu lang (${actual} Zeichen, höchstens ${max}). Bitte auf mehrere Seiten oder Angebote aufteilen.`,
    tooLong: (max: number, actual: number) => `Der Text ist zu lang (${actual} Zeichen, höchstens ${max}). Bitte kürzen.`,
    invisible: (chars: string) =>
      `Hier steht ein unsichtbares Steuerzeichen (${chars}). Es kann die Schreibrichtung umdrehen oder ein Wort unauffindbar machen. Bitte den Text ohne dieses Zeichen neu eintippen.`,
    calendarDate: (v: string) => `"${v}" ist kein Datum, das es gibt (der Februar hat zum Beispiel höchstens 29 Tage). Bitte das Datum prüfen.`,
    notUtf8: (line: number) =>
      `Die Datei ist nicht als UTF-8 gespeichert (erstes falsches Zeichen in Zeile ${line}); Umlaute und andere Schriften würden falsch erscheinen. Bitte im Editor mit der Kodierung "UTF-8" speichern (VS Code: unten rechts auf die Kodierung klicken, "Mit Kodierung speichern", "UTF-8").`,
    mdx: 'MDX-Dateien (.mdx) sind nicht erlaubt: MDX kann beim Bauen Programmcode ausführen. Bitte die Datei in .md umbenennen; Markdown und die erlaubten HTML-Elemente funktionieren dort genauso.',
    wrongExtension: (expected: string) => `Diese Datei wird hier nicht gelesen: Dateien in diesem Ordner enden auf ${expected}. Bitte umbenennen oder entfernen.`,
    noName: (expected: string) => `Die Datei hat keinen Namen, nur die Endung. Bitte einen Namen geben, zum Beispiel deutschkurs-giessen${expected}.`,
    badFileName: (suggestion: string) =>
      `Der Dateiname ist nicht erlaubt: Er wird Teil der Adresse und darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten. Bitte umbenennen, zum Beispiel in "${suggestion}".`,
    sameAddress: (other: string) =>
      `Diese Datei ergäbe dieselbe Adresse wie ${other} (Groß- und Kleinschreibung, Leerzeichen und Bindestriche zählen in Adressen nicht). Bitte eine der beiden Dateien umbenennen oder zusammenführen.`,
    symlink: 'Diese Datei ist eine Verknüpfung (symbolischer Link). Verknüpfungen werden nicht gelesen, weil sie auf beliebige Dateien des Rechners zeigen können. Bitte die Datei selbst hier ablegen.',
    unknownFolder: (allowed: string) => `Dieser Ordner wird nicht gelesen. Erlaubt sind hier nur: ${allowed}.`,
    exampleAddress:
      'Ein Beispiel-Angebot (sample: true) darf keine echte Adresse nennen. Bitte eine Adresse unter example.org oder example.com verwenden, zum Beispiel kurs@example.org oder https://example.org/kurs.',
    examplePhone:
      'Ein Beispiel-Angebot (sample: true) darf keine echte Telefonnummer nennen. Bitte eine Nummer aus dem Bereich 069 90009 000 bis 999 verwenden, den die Bundesnetzagentur für ausgedachte Nummern freihält.',
    regionRequired: 'Dieses Pflichtfeld fehlt: die Region (Dateiname aus content/regions/ ohne .yaml). Nur Angebote für ganz Hessen (statewide: true) haben keine Region.',
    statewideWithRegion: 'Ein Angebot für ganz Hessen (statewide: true) hat keine Region und keinen Ort. Bitte region und municipality entfernen oder statewide: true löschen.',
    municipalityRequired: 'Dieses Pflichtfeld fehlt: der Ort, an dem das Angebot stattfindet. Nur Angebote für ganz Hessen (statewide: true) haben keinen Ort.',
    sourceRequired: 'Bei einem echten Angebot fehlt die Quelle: Bitte bei source die Adresse der öffentlichen Seite eintragen, auf der die Angaben stehen (https://…). Ausgedachte Beispiele tragen sample: true.',
    noWayToContact: 'Das Angebot nennt keinen Weg, Kontakt aufzunehmen. Bitte mindestens eines eintragen: phone, email, website, registrationPhone, registrationEmail oder registrationUrl.',
    noRegistration: 'Es fehlt, wie man teilnimmt. Bitte registration eintragen, zum Beispiel [none] (einfach kommen), [phone], [email], [link], [website] oder [contact-point].',
    noAddress: 'Das Angebot findet vor Ort statt, nennt aber weder Adresse (street) noch Website, auf der die Adresse steht. Bitte street (und postcode) oder website eintragen, oder online: true, wenn es online stattfindet.',
    regionWebsiteUnchecked: 'Zur Website der Region fehlt das Prüfdatum. Bitte lastChecked eintragen (JJJJ-MM-TT).',
    contactRegionRequired: 'Dieses Pflichtfeld fehlt: die Region der Ansprechstelle (Dateiname aus content/regions/ ohne .yaml). Nur das Landesprogramm (kind: state-programme) hat keine Region.',
    noStateProgramme: 'Es fehlt die Ansprechstelle des Landesprogramms (eine Datei in content/contacts/ mit kind: state-programme und website). Sie ist der Hinweis für Regionen ohne bekannte Ansprechstelle.',
    realWithExample:
      'Diese Angabe ist ausgedacht (example.org/example.com oder eine Nummer 069 90009 …), das Angebot ist aber kein Beispiel. Bitte die echte, geprüfte Angabe eintragen oder das Feld weglassen.',
    yamlDuplicate: (key: string) => `Das Feld "${key}" steht zweimal im Kopf. Bitte eine der beiden Zeilen löschen.`,
    yamlTab: 'Im Kopf ist mit einem Tabulator eingerückt. Bitte mit Leerzeichen einrücken.',
    yamlIndent: 'Die Einrückung oder eine Klammer stimmt nicht. Bitte Listen wie [A1, A2] schließen und Unterpunkte gleich weit mit Leerzeichen einrücken.',
    yamlQuote: 'Ein Anführungszeichen wird nicht geschlossen. Bitte zu jedem " am Anfang eines Textes das " am Ende ergänzen.',
    yamlFeature:
      'Im Kopf steht eine YAML-Sonderform (&Anker, *Verweis, << zum Zusammenführen oder !Typ). Sie wird nicht unterstützt: Bitte jeden Wert ausschreiben.',
    yamlOther: (e: string) => `Der Kopf ist kein gültiges YAML (${e}). Bitte die Zeile mit der Beschreibung der Felder in src/content.config.ts vergleichen.`,
    summary: (e: number, w: number) => `${e} Fehler, ${w} Warnung${w === 1 ? '' : 'en'}.`,
    field: 'Feld',
    lineWord: 'Zeile',
    entry: 'Eintrag',
    error: 'Fehler',
    warning: 'Warnung',
    notPublished: (n: number) => `Fehler im Inhalt (${n}); solange sie bestehen, wird nichts veröffentlicht:`,
  },
  en: {
    noFrontMatter: 'The file does not start with a header between two "---" lines. Please add it.',
    yaml: (e: string) => `The header is not valid YAML (${e}). Common cause: a colon in the text. Put the text in quotes.`,
    missing: 'This required field is missing. Please add it.',
    enum: (v: string, allowed: string) => `"${v}" is not a valid value. Allowed: ${allowed}.`,
    date: 'Please write a date as YYYY-MM-DD, for example 2026-11-25.',
    email: 'Please write an e-mail address like name@example.org.',
    url: 'Please write a full address beginning with https://.',
    format: 'The format is wrong. See the description of the field in src/content.config.ts.',
    time: 'Please write a time like 09:30 (24 hours).',
    phone: 'Please write a phone number like 0611 123456 or +49 611 123456.',
    postcode: 'Please write a five-digit postcode, for example 65187.',
    tooSmall: (minimum: string) => `The value is too small: at least ${minimum}.`,
    type: (expected: string) => `Wrong type: expected ${expected === 'boolean' ? 'true or false' : expected === 'number' ? 'a number' : expected === 'array' ? 'a list like [A1, A2]' : 'text'}.`,
    unknownField: (keys: string) => `Unknown field: ${keys}. Remove it or fix its spelling.`,
    other: (msg: string) => msg,
    unknownRegion: (v: string, some: string) => `"${v}" is not a known region. Use the file name of a region in content/regions/ (without .yaml), for example ${some}.`,
    noOriginal: (slug: string, folder: string) => `This translation has no German original. Create ${folder}/de/${slug} first, or rename the file to match an existing German original.`,
    duplicate: (other: string) => `Duplicate name: ${other} has the same address. Rename one of the files.`,
    noSourceHash: (file: string) => `It is not recorded which German version this was translated from. Run: npm run translations:stamp -- ${file}`,
    staleTranslation: (original: string, file: string) => `The German text (${original}) changed after this translation was made. Update the translation and run: npm run translations:stamp -- ${file}. Or add \`outdated: true\` so readers see a notice.`,
    endBeforeStart: 'The end date is before the start date. Please check the dates.',
    implausibleDate: 'The date is implausible (before 2000 or after 2100). Please check it.',
    futureChecked: 'The date of the last check is in the future. Please enter the date of the last check.',
    stale: (months: number) => `This entry has not been checked for more than ${months} months. Ask the provider and update lastChecked.`,
    easyLanguage: {
      oneStatementPerLine: 'Leichte Sprache: more than one sentence on this line. Put each sentence on a line of its own.',
      sentenceLength: (max: number) => `Leichte Sprache: the sentence has more than ${max} words. Split it into two short sentences.`,
      passive: 'Leichte Sprache: the sentence uses "wird", "werden" or "wurde" (passive or future). Write it actively: who does what?',
      longWord: (word: string) => `Leichte Sprache: "${word}" is a long word. Split it with a hyphen, e.g. "Integrations-Kurs".`,
    },
    arabicLetters: 'Persian text with the Arabic letters ي or ك. Please use Persian ی and ک (search finds some words less well otherwise).',
    script: 'The text contains a <script> element. Scripts are not allowed in content; please remove it.',
    handler: (attr: string) => `The text contains the attribute ${attr}. Such attributes are not allowed in content; please remove it.`,
    jsLink: 'The text contains a "javascript:" link. Such links are not allowed; use a normal address.',
    brokenLink: (href: string) => `The link "${href}" leads to no page of this portal. Please check the address.`,
    badScheme: (url: string) => `The link "${url}" is not allowed. Allowed are https://, mailto: and tel: addresses and addresses of this portal such as ../impressum/.`,
    insecureLink: (url: string) =>
      `The link "${url}" is unencrypted (http://). Please write https://. An address such as www.example.org in the text also becomes such a link; write it as https://www.example.org.`,
    offsiteImage: (url: string) =>
      `The image "${url}" is on another server. That is not allowed (every visit would then reach that server). Put the image into public/ and include it as /image-name.png.`,
    imagePath: (url: string) =>
      `The image "${url}" is not allowed this way. Images live in public/ and are included by their address from /, for example ![description](/images/map.png) (ending .png, .jpg, .webp, .gif, .avif or .svg).`,
    htmlElement: (tag: string, allowed: string) =>
      `The HTML element <${tag}> is not allowed in texts. Use Markdown (## heading, - list, **bold**, [link text](https://…)). The only HTML allowed is ${allowed}.`,
    htmlAttribute: (tag: string, attr: string, allowed: string) =>
      `The attribute "${attr}" on <${tag}> is not allowed. ${allowed ? `Allowed there: ${allowed}.` : 'Please remove it.'}`,
    brokenHtml: (tag: string) => `The HTML element <${tag}> is incomplete: a ">" or a closing quote is missing. Please add it.`,
    footnotes: 'Footnotes ([^1]) are not supported. Put the note in brackets into the sentence.',
    taskList: 'Task lists (- [ ] or - [x]) are not supported. Use a normal list with -.',
    bodyTooLarge: (max: number, actual: number) => `The text is too long (${actual} characters, at most ${max}). Split it into several pages or offers.`,
    tooLong: (max: number, actual: number) => `The text is too long (${actual} characters, at most ${max}). Please shorten it.`,
    invisible: (chars: string) =>
      `There is an invisible control character here (${chars}). It can reverse the writing direction or make a word impossible to find. Retype the text without it.`,
    calendarDate: (v: string) => `"${v}" is not a date that exists (February has at most 29 days, for example). Please check the date.`,
    notUtf8: (line: number) =>
      `The file is not saved as UTF-8 (first wrong character on line ${line}); umlauts and other scripts would appear garbled. Save it with the encoding "UTF-8" (VS Code: click the encoding at the bottom right, "Save with Encoding", "UTF-8").`,
    mdx: 'MDX files (.mdx) are not allowed: MDX can run program code during the build. Rename the file to .md; Markdown and the allowed HTML elements work the same there.',
    wrongExtension: (expected: string) => `This file is not read here: files in this folder end in ${expected}. Rename or remove it.`,
    noName: (expected: string) => `The file has no name, only the extension. Give it a name, for example deutschkurs-giessen${expected}.`,
    badFileName: (suggestion: string) =>
      `The file name is not allowed: it becomes part of the address and may only contain lower-case letters a–z, digits and dashes. Rename it, for example to "${suggestion}".`,
    sameAddress: (other: string) =>
      `This file would get the same address as ${other} (case, spaces and dashes do not count in addresses). Rename or merge one of the two files.`,
    symlink: 'This file is a link (symbolic link). Links are not read, because they can point to any file of the computer. Put the file itself here.',
    unknownFolder: (allowed: string) => `This folder is not read. Allowed here: ${allowed}.`,
    exampleAddress: 'An example offer (sample: true) must not name a real address. Use an address under example.org or example.com, for example kurs@example.org or https://example.org/kurs.',
    examplePhone: 'An example offer (sample: true) must not name a real phone number. Use a number from 069 90009 000 to 999, the range the Bundesnetzagentur keeps for fictional numbers.',
    regionRequired: 'This required field is missing: the region (a file name in content/regions/ without .yaml). Only offers for all of Hessen (statewide: true) have no region.',
    statewideWithRegion: 'An offer for all of Hessen (statewide: true) has no region and no town. Remove region and municipality, or remove statewide: true.',
    municipalityRequired: 'This required field is missing: the town where the offer takes place. Only offers for all of Hessen (statewide: true) have no town.',
    sourceRequired: 'A real offer needs its source: enter in source the address of the public page where the facts are (https://…). Invented examples carry sample: true.',
    noWayToContact: 'The offer names no way to get in touch. Enter at least one of phone, email, website, registrationPhone, registrationEmail or registrationUrl.',
    noRegistration: 'It is missing how to take part. Enter registration, e.g. [none] (just come), [phone], [email], [link], [website] or [contact-point].',
    noAddress: 'The offer takes place on site but names neither an address (street) nor a website that gives it. Enter street (and postcode) or website, or online: true if it takes place online.',
    regionWebsiteUnchecked: 'The region\'s website has no check date. Enter lastChecked (YYYY-MM-DD).',
    contactRegionRequired: 'This required field is missing: the region of the contact point (a file name in content/regions/ without .yaml). Only the state programme (kind: state-programme) has no region.',
    noStateProgramme: 'The state programme\'s contact point is missing (a file in content/contacts/ with kind: state-programme and a website). It is the fallback for regions without a known contact point.',
    realWithExample: 'This value is fictional (example.org/example.com or a number 069 90009 …), but the offer is not an example. Enter the real, checked value or leave the field out.',
    yamlDuplicate: (key: string) => `The field "${key}" appears twice in the header. Delete one of the two lines.`,
    yamlTab: 'The header is indented with a tab. Indent with spaces.',
    yamlIndent: 'An indentation or a bracket is wrong. Close lists like [A1, A2] and indent sub-items equally with spaces.',
    yamlQuote: 'A quote is not closed. Add the closing " to every text that begins with ".',
    yamlFeature: 'The header uses a special YAML form (&anchor, *alias, << to merge or !tag). It is not supported: write every value out.',
    yamlOther: (e: string) => `The header is not valid YAML (${e}). Compare the line with the field descriptions in src/content.config.ts.`,
    summary: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}.`,
    field: 'field',
    lineWord: 'line',
    entry: 'entry',
    error: 'Error',
    warning: 'Warning',
    notPublished: (n: number) => `Invalid content (${n} problem${n === 1 ? '' : 's'}); nothing is published while they remain:`,
  },
} as const;

export type Messages = (typeof MESSAGES)[MessageLang];

type Issue = z.core.$ZodIssue;

/** A schema problem (zod issue) in the editors' words. */
export function schemaMessage(issue: Issue, m: Messages): string {
  const i = issue as Issue & { input?: unknown; values?: unknown[]; expected?: string; format?: string; keys?: string[]; minimum?: unknown };
  const field = String(issue.path[0] ?? '');
  if (i.code === 'invalid_value' && i.values) {
    return i.input === undefined ? `${m.missing} ${m.enum('', i.values.join(', ')).replace(/^"" [^.]*\. /, '')}` : m.enum(String(i.input), i.values.join(', '));
  }
  if (i.code === 'unrecognized_keys') return m.unknownField((i.keys ?? []).join(', '));
  const calendarDate = (i as { params?: { calendarDate?: string } }).params?.calendarDate;
  if (i.code === 'custom' && calendarDate) return m.calendarDate(calendarDate);
  // An empty text ("municipality: ''", an empty spreadsheet cell) is a missing value.
  if (i.code === 'too_small' && i.input === '') return m.missing;
  if (i.code === 'too_small' && i.minimum !== undefined) return m.tooSmall(String(i.minimum));
  if (i.code === 'invalid_type') {
    if (i.input === undefined) return m.missing;
    if (i.expected === 'date') return m.date;
    return m.type(i.expected ?? 'string');
  }
  if (i.code === 'invalid_format') {
    if (i.format === 'email') return m.email;
    if (i.format === 'url') return m.url;
    // Patterns: say what the field wants, by kind of field.
    if (/^time(From|To)$/.test(field)) return m.time;
    if (/phone$/i.test(field)) return m.phone;
    if (field === 'postcode') return m.postcode;
    return m.format;
  }
  return m.other(i.message);
}

/** Every invisible character, shown in messages (a name with U+200B must not look correct). */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** `U+200B` for each invisible character, e.g. "kurs<U+200B>.md". */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
export const visible = (s: string) => s.replace(INVISIBLE, (c) => `<${codePoint(c)}>`);

/** Findings as editors read them: errors first, then by file and line. Sorts in place. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return findings.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** One line per finding, as editors read it; invisible characters are shown as <U+…>. */
export function formatFinding(f: Finding, lang: MessageLang): string {
  const m = MESSAGES[lang];
  const where = [f.file, f.line ? `${m.lineWord} ${f.line}` : '', f.field ? `${m.field} "${f.field}"` : ''].filter(Boolean).join(', ');
  return visible(`${f.severity === 'error' ? m.error : m.warning}: ${where}: ${f.message}`);
}

export function summary(findings: readonly Finding[], lang: MessageLang): string {
  return MESSAGES[lang].summary(findings.filter((f) => f.severity === 'error').length, findings.filter((f) => f.severity === 'warning').length);
}

/** Thrown by the build with every error at once, so an editor can fix them in one go. */
export class ContentError extends Error {
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[], lang: MessageLang = 'de') {
    super(`${MESSAGES[lang].notPublished(findings.length)}\n${findings.map((f) => `  - ${formatFinding(f, lang)}`).join('\n')}`);
    this.findings = findings;
    this.name = 'ContentError';
  }
}
