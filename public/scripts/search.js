// Shows the search UI only when JavaScript runs; without it, the page keeps its notice with
// links to the static lists. Pagefind's files exist only after `npm run build`.
document.querySelector('.search-js-only')?.removeAttribute('hidden');
document.querySelector('.search-no-js')?.setAttribute('hidden', '');
await import('/pagefind/pagefind-component-ui.js');
