/**
 * The finder's boot: the one finder script a page loads up front (the page's JavaScript budget,
 * scripts/bench/budgets.ts). It shows the form and loads the finder itself (./finder.ts, with
 * Pagefind after it) only when it is needed: at once for a list in the URL (a shared link, Back,
 * the language switch), otherwise on the first use of the form (focus, a tick, typing). A person
 * who only reads the page or follows the static lists loads nothing more.
 */
import { preloadPagefind } from './pagefindLoad.ts';

let started: Promise<void> | undefined;

export function bootFinder(): void {
  const root = document.getElementById('finder');
  const form = document.getElementById('finder-form');
  if (!root || !form) return;
  root.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-finder-no-js]').forEach((el) => (el.hidden = true));
  const start = (early: boolean) => (started ??= import('./finder.ts').then((finder) => finder.startFinder(early)));
  if (location.search.length > 1 || history.state) {
    void start(false);
    return;
  }
  const use = () => {
    preloadPagefind();
    void start(true);
  };
  for (const type of ['focusin', 'input', 'change']) form.addEventListener(type, use, { once: true });
  // Enter before the finder is in: no page load (the finder runs the search once it has started).
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    use();
  });
}
