// Highlights the language the browser prefers on the welcome page. Progressive enhancement:
// without JavaScript the page is a plain list of languages. Reads navigator.languages only;
// nothing is stored and nothing is sent anywhere.
(() => {
  const items = [...document.querySelectorAll('#languages [data-lang]')];
  const available = items.map((li) => li.dataset.lang);
  const preferred = (navigator.languages || [navigator.language])
    .map((tag) => String(tag).toLowerCase().split('-')[0])
    .find((code) => available.includes(code));
  if (!preferred) return;
  const item = items[available.indexOf(preferred)];
  const link = item.querySelector('a');
  link.classList.add('border-brand');
  item.querySelector('.suggested').classList.remove('hidden');
  // Put the suggestion first so it is the first thing read and tapped.
  item.parentElement.prepend(item);
})();
