/**
 * The towns of Hessen and their WIR region. The list of municipalities (content/towns/, Destatis
 * GV100AD) gives each town its Kreis; a WIR region is either a Kreis (Landkreis or kreisfreie
 * Stadt, matched by the 5-digit Kreis key) or a town that is a region of its own (Hanau since 2026,
 * the six Sonderstatusstädte, matched by the 8-digit municipality key). So a town's region is the
 * region with the town's own key, else the region with its Kreis key: one rule, no list to keep.
 * Pure: the callers read the files.
 */

export interface Town {
  /** Amtlicher Gemeindeschlüssel, 8 digits: "06435014". */
  ags: string;
  /** Official name with its suffix: "Hanau, Brüder-Grimm-Stadt". */
  officialName: string;
  /** The name people use: "Hanau", "Heppenheim (Bergstraße)". */
  name: string;
  /** Kreis key, 5 digits: "06435". */
  kreisAgs: string;
}

export interface RegionKey {
  id: string;
  /** The region's key: 5 digits for a Kreis or kreisfreie Stadt, 8 for a town that is its own region. */
  ags: string;
}

/** The official name without its title (", Stadt", ", Universitätsstadt", ", Kreisstadt", …). */
export const plainTownName = (official: string) => official.split(',')[0]!.trim();

/** The CSV's columns, in this order (Destatis extract: ags,gemeinde,kreis_ags,kreis). */
export const TOWN_COLUMNS = ['ags', 'gemeinde', 'kreis_ags', 'kreis'] as const;

/** One CSV line (RFC 4180: fields in double quotes may contain commas; "" is a quote). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (fields.push(field), (field = ''));
    else field += c;
  }
  fields.push(field);
  return fields;
}

export class TownDataError extends Error {}

/** The towns of the CSV; a malformed line throws with its number and what is wrong. */
export function parseTowns(csv: string, file = 'content/towns/hessen-gemeinden.csv'): Town[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = csvFields(lines[0] ?? '');
  if (header.join(',') !== TOWN_COLUMNS.join(',')) {
    throw new TownDataError(`${file}, line 1: the columns must be ${TOWN_COLUMNS.join(',')} (found: ${header.join(',')}).`);
  }
  const towns: Town[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${file}, line ${i + 2}`;
    const [ags = '', officialName = '', kreisAgs = ''] = csvFields(line);
    if (!/^06\d{6}$/.test(ags)) throw new TownDataError(`${at}: "${ags}" is not an 8-digit Hessian municipality key (06…).`);
    if (kreisAgs !== ags.slice(0, 5)) throw new TownDataError(`${at}: kreis_ags "${kreisAgs}" must be the first 5 digits of ${ags}.`);
    if (!officialName.trim()) throw new TownDataError(`${at}: the name (gemeinde) is empty.`);
    if (seen.has(ags)) throw new TownDataError(`${at}: ${ags} is listed twice.`);
    seen.add(ags);
    towns.push({ ags, officialName: officialName.trim(), name: plainTownName(officialName), kreisAgs });
  });
  return towns;
}

/** The region of a town: its own key first (a town that is a region), then its Kreis. */
export function regionOfTown(town: Town, regions: readonly RegionKey[]): string | undefined {
  return (regions.find((r) => r.ags === town.ags) ?? regions.find((r) => r.ags === town.kreisAgs))?.id;
}

// ------------------------------------------------------------------ matching names as people type them

/**
 * Arabic-script letters that readers type in more than one way (Arabic and Persian forms). The
 * hamza forms need no entry: NFKD splits off their hamza or madda, which is dropped as a mark,
 * and leaves the base letter mapped here.
 */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک', ٱ: 'ا', ة: 'ه', ە: 'ه', ګ: 'گ' };

/**
 * A place name reduced to what people agree on when they type it: lower case; umlauts and ß
 * spelled out or not ("Gießen", "Giessen", "Gieszen" → "giesen"; "Mühltal", "Muehltal",
 * "Muhltal" → "muhltal"); accents dropped; spaces, hyphens, dots and brackets gone ("Bad-Homburg v.
 * d. Höhe" → "badhomburgvdhohe"); in Arabic script without vowel marks and with one form of each
 * letter that is written two ways; Cyrillic ё as е and й as и (marks dropped). Both the names and the query are folded alike.
 */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\p{M}/gu, '') // accents, umlaut dots, Arabic vowel marks (ё → е too)
    .normalize('NFC')
    .replace(/[يىكٱةەګ]/g, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(/ـ/g, '') // tatweel
    .replace(/(ae|oe|ue)/g, (pair) => pair[0]!) // "Muehltal" → "muhltal"; "Oestrich" → "ostrich", as "Östrich"
    .replace(/ss/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** One place a person may mean: a town, or a region by its own name. */
export interface PlaceEntry {
  kind: 'town' | 'region';
  /** The name shown in the suggestion. */
  label: string;
  /** The region it leads to. */
  regionId: string;
  /** Folded names it is found by: its name, its name without the bracket, other writings and scripts. */
  keys: string[];
}

export interface PlaceMatch {
  entry: PlaceEntry;
  /** 0: the whole name; 1: the start of the name; 2: the start of a later word ("Homburg" in "Bad Homburg"). */
  rank: 0 | 1 | 2;
}

/** Words that name the kind of a region, not the place ("Landkreis Gießen" is found as "Gießen"). */
const REGION_KIND_WORDS = /^(landkreis|kreis|stadt|landeshauptstadt|universitätsstadt|wissenschaftsstadt)\s+/i;

/**
 * A region's place name, as people look for it: without its kind ("Landkreis Gießen" → "Gießen",
 * "Main-Kinzig-Kreis" → "Main-Kinzig", "Hochtaunuskreis" → "Hochtaunus", "Stadt Offenbach am
 * Main" → "Offenbach am Main", "Universitätsstadt Marburg" → "Marburg"). The one rule, for lists and lookup.
 */
export function regionPlaceName(name: string): string {
  return name
    .replace(REGION_KIND_WORDS, '')
    .replace(/-Kreis$/, '')
    .replace(/(?<=\p{Ll})kreis$/u, '');
}

/**
 * What follows the name proper: a river or hill people leave out ("Offenbach am Main" is
 * "Offenbach"). Not the short "i." and "a." ("Höchst i. Odw."): "Höchst" is also a part of
 * Frankfurt, so the bare name only suggests the town, it does not lead there.
 */
const LOCATION_SUFFIX = /\s+(am|an der|a\. ?d\.|in der|im|v\. ?d\.|vor der|ob der)\s+.*$/i;
/** Abbreviations of the official names, as people write them out ("Limburg a. d. Lahn" = "Limburg an der Lahn"). */
const spelledOut = (name: string) =>
  name
    .replace(/\ba\. ?d\./g, 'an der')
    .replace(/\bv\. ?d\./g, 'vor der')
    .replace(/\bi\. ?Odw\./g, 'im Odenwald')
    .replace(/\ba\. (?=\p{Lu})/gu, 'am ')
    .replace(/\bi\. (?=\p{Lu})/gu, 'im ');

/**
 * The keys of a name: the whole name, without its bracket ("Münster (Hessen)" → "Münster"), without
 * the kind of region ("Landkreis Gießen" → "Gießen"), without a location suffix ("Frankfurt am
 * Main" → "Frankfurt"), other writings; and every later word.
 */
function keysOf(name: string, others: readonly string[] = []): { whole: string[]; words: string[] } {
  const plain = name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim()
    .replace(REGION_KIND_WORDS, '');
  const unbracketed = (n: string) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const names = [name, spelledOut(name), plain, plain.replace(LOCATION_SUFFIX, ''), ...others, ...others.map(unbracketed)];
  const whole = [...new Set(names.map(foldPlaceName).filter(Boolean))];
  const words = [
    ...new Set(
      names
        .flatMap((n) => n.split(/[\s-]+/).slice(1))
        .map(foldPlaceName)
        .filter((w) => w.length >= 3),
    ),
  ];
  return { whole, words };
}

export interface PlaceIndex {
  entries: PlaceEntry[];
  /** Per entry: folded later words of its names, for rank 2. */
  words: string[][];
}

/**
 * The lookup's index: every town (with its other writings, e.g. in Arabic script) and every region
 * (by its name without "Landkreis"/"Stadt", and its other writings).
 */
export function placeIndex(
  towns: readonly { name: string; regionId: string; otherNames?: readonly string[] }[],
  regions: readonly { id: string; name: string; otherNames?: readonly string[] }[],
): PlaceIndex {
  const entries: PlaceEntry[] = [];
  const words: string[][] = [];
  for (const t of towns) {
    const k = keysOf(t.name, t.otherNames);
    entries.push({ kind: 'town', label: t.name, regionId: t.regionId, keys: k.whole });
    words.push(k.words);
  }
  for (const r of regions) {
    // "Main-Kinzig-Kreis" and "Hochtaunuskreis" are also found as "Main-Kinzig" and "Hochtaunus".
    const k = keysOf(r.name, [regionPlaceName(r.name), ...(r.otherNames ?? [])]);
    entries.push({ kind: 'region', label: r.name, regionId: r.id, keys: k.whole });
    words.push(k.words);
  }
  return { entries, words };
}

/**
 * What the town lookup of one language downloads (built by src/data/places.ts): the regions
 * `[id, name, label of its kind, other writings, Regierungsbezirk]` and the towns `[name, index
 * into r, other writings]`. Short keys: the file goes to cheap phones.
 */
export interface LookupData {
  r: [string, string, string, string[], string][];
  t: [string, number, string[]][];
}

/** The lookup's index from its downloaded data (the lookup and the finder build it alike). */
export function lookupIndex(data: LookupData): PlaceIndex {
  return placeIndex(
    data.t.map(([name, r, otherNames]) => ({ name, regionId: data.r[r]![0], otherNames })),
    data.r.map(([id, name, , otherNames]) => ({ id, name, otherNames })),
  );
}

/** Fewest letters before the lookup suggests anything (one letter matches half the state). */
export const MIN_QUERY_LETTERS = 2;

/**
 * The places a query may mean, best first: whole-name matches, then names that start with it,
 * then names with a later word that starts with it; towns before regions of the same rank, then
 * A to Z. An empty list means "not found": the caller offers the list of regions, never a guess.
 */
export function matchPlaces(query: string, index: PlaceIndex, limit = 8): PlaceMatch[] {
  const q = foldPlaceName(query);
  if ([...q].length < MIN_QUERY_LETTERS) return [];
  const matches: PlaceMatch[] = [];
  index.entries.forEach((entry, i) => {
    const rank = entry.keys.some((k) => k === q)
      ? 0
      : entry.keys.some((k) => k.startsWith(q))
        ? 1
        : index.words[i]!.some((w) => w.startsWith(q))
          ? 2
          : undefined;
    if (rank !== undefined) matches.push({ entry, rank });
  });
  // A region that a town of it matching as well or better leads to already is said once, by the town
  // ("Hanau" is not also offered as "Stadt Hanau"); a town that merely names the region in its
  // bracket ("Heppenheim (Bergstraße)") does not hide the region "Bergstraße", which matches better.
  const saidByTown = (m: PlaceMatch) =>
    matches.some((t) => t.entry.kind === 'town' && t.entry.regionId === m.entry.regionId && t.rank <= m.rank);
  return matches
    .filter((m) => m.entry.kind === 'town' || !saidByTown(m))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'town' ? -1 : 1) ||
        a.entry.label.localeCompare(b.entry.label, 'de'),
    )
    .slice(0, limit);
}

/**
 * What a submitted query leads to: one region when every whole-name match leads to the same one;
 * a choice when whole-name matches lead to different regions, or when only the start of names
 * matches ("Höchst" is not "Höchst i. Odw."); not found else. Never a region by a partial name.
 */
export function resolvePlace(query: string, index: PlaceIndex): { regionId: string } | { choices: PlaceMatch[] } | { notFound: true } {
  const all = matchPlaces(query, index, Infinity);
  const whole = all.filter((m) => m.rank === 0);
  if (whole.length > 0 && new Set(whole.map((m) => m.entry.regionId)).size === 1) return { regionId: whole[0]!.entry.regionId };
  if (whole.length > 0) return { choices: whole };
  if (all.length > 0) return { choices: all.slice(0, 8) };
  return { notFound: true };
}

// ------------------------------------------------------------------ names in other scripts

/** The languages written in another script than German, whose readers may type a place in it. */
export const OTHER_SCRIPT_LANGS = ['ar', 'fa', 'ps', 'uk', 'ru', 'bg', 'ti'] as const;

export interface PlaceNames {
  /** `region:<region id>` or `town:<ags>`. */
  id: string;
  /** Per language, the writings readers use ("فرانكفورت | فرانکفورت"). */
  names: Partial<Record<(typeof OTHER_SCRIPT_LANGS)[number], string[]>>;
}

/**
 * content/towns/other-scripts.yaml, parsed as data (regions by id, towns by key), as entries.
 * `parse` is the YAML parser (the caller's, so this module stays free of dependencies).
 */
export function parsePlaceNames(text: string, parse: (yaml: string) => unknown): PlaceNames[] {
  const data = (parse(text) ?? {}) as { regions?: Record<string, Record<string, string>>; towns?: Record<string, Record<string, string>> };
  const entries = (kind: 'region' | 'town', map: Record<string, Record<string, string>> = {}) =>
    Object.entries(map).map(([key, byLang]) => ({
      id: `${kind}:${key}`,
      names: Object.fromEntries(
        Object.entries(byLang ?? {}).map(([lang, value]) => [
          lang,
          String(value)
            .split('|')
            .map((n) => n.trim())
            .filter(Boolean),
        ]),
      ),
    }));
  return [...entries('region', data.regions), ...entries('town', data.towns)];
}

// ------------------------------------------------------------------ a place inside a search query

export interface QueryPlace {
  /** The query without the place's words ("Deutschkurs Korbach" → "Deutschkurs"); may be empty. */
  rest: string;
  /** The place as matched: a town (its name) or a region. */
  entry: PlaceEntry;
}

/**
 * Search-index filters that place an offer, so the finder can rank by place: its town (the name
 * in the list of towns) and its Regierungsbezirk. The region is the finder's own region filter.
 */
export const PLACE_FILTERS = { town: 'town', district: 'district' } as const;

/** Most words a place name has ("Bad Homburg v. d. Höhe" is written in at most four). */
const MAX_PLACE_WORDS = 4;

/**
 * The place a search query names, if any: the longest run of words that is the whole name of a
 * town or region (not just its start: "Kurs" must not become "Kursdorf"). A town wins over a region
 * of the same name ("Offenbach" in a course search means the town). The rest of the query is
 * searched as usual, ranked by that place (src/components/finder/finder.ts).
 */
export function placeInQuery(query: string, index: PlaceIndex): QueryPlace | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const candidate = words.slice(start, start + n).join(' ');
      if ([...foldPlaceName(candidate)].length < 3) continue;
      const whole = matchPlaces(candidate, index, Infinity).filter((m) => m.rank === 0);
      const best = whole.find((m) => m.entry.kind === 'town') ?? whole[0];
      if (best) return { rest: [...words.slice(0, start), ...words.slice(start + n)].join(' '), entry: best.entry };
    }
  }
  return undefined;
}
