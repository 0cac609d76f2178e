/**
 * The pictograms beside key facts (offer cards, the offer page's facts list): one path each on a
 * 24 × 24 grid, drawn as 2 px round strokes in the text colour (so forced colours and dark text
 * follow). Drawn for this project, not taken from an icon set. A pictogram never stands alone:
 * it is decorative (aria-hidden) and always sits beside the fact's words, for people with little
 * reading practice who recognise a shape sooner than a word. Plain data, so the finder's script
 * could import it; it does not need to: it clones the SVGs its card template carries.
 */
import type { FactPictogram } from '../../lib/offers/model.ts';

export const FACT_ICONS: Readonly<Record<FactPictogram, string>> = {
  // An adult and a child, hand in hand.
  childcare:
    'M6 4.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M8 8.5v6.5l-2 6M8 15l2 6M8 10.5l-3 3M8 10.5l5.5 3.5M14.5 11a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M16 14v3l-1.5 4M16 17l1.5 4M16 14.5l-2.5-.5',
  // A euro sign inside a "no" sign: nothing to pay.
  free: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M5.6 5.6l12.8 12.8M15.5 9a4 4 0 1 0 0 6M8 11h5M8 13.5h4',
  // A woman's figure, as on signs for women's rooms.
  'women-only': 'M10 4.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M10 8.5h4l3 8.5H7zM10.5 17v4M13.5 17v4M10 8.5l-3 4.5M14 8.5l3 4.5',
  // The sun rising over the horizon.
  morning: 'M3 19h18M7 19a5 5 0 0 1 10 0M12 8v3M5.5 11.5l2 2M18.5 11.5l-2 2M3 15.5h2M19 15.5h2',
  // The full sun.
  afternoon:
    'M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  // A crescent moon.
  evening: 'M19.5 14.5A8 8 0 1 1 9.5 4.5a6.5 6.5 0 0 0 10 10z',
  // A calendar page with the last days of the week marked.
  weekend: 'M4 5.5h16v15H4zM4 10h16M8 3.5v4M16 3.5v4M13 14h4v3.5h-4z',
  // Three blocks of growing height: the level of a course.
  level: 'M3.5 15h4.5v5H3.5zM9.75 10h4.5v10h-4.5zM16 5h4.5v15H16z',
  // A person in a wheelchair: the way in has no steps.
  'step-free': 'M9 4a2 2 0 1 0 4 0a2 2 0 1 0-4 0M11 8v6h5.5l2 5.5h2M11 11h5M7.5 11.5a5.5 5.5 0 1 0 7.5 7.5',
};
