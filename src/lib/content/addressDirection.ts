/**
 * A Markdown link whose text is the address itself (an e-mail address, a phone number, a web
 * address) is written left to right in every language: `dir="ltr"` keeps "integration@hsm.hessen.de"
 * from being reordered inside Arabic, Persian or Pashto sentences. Editors write a plain Markdown link;
 * the build adds the direction (it used to be hand-written HTML, which texts may no longer contain).
 * A Sätteri hast plugin, registered in astro.config.mjs.
 */
import { defineHastPlugin } from 'satteri';

/** The address without its scheme, as a link text would show it. */
export const shownAddress = (href: string) => href.replace(/^(mailto:|tel:|https:\/\/)/i, '').replace(/\/$/, '');

/** True when a link's text is its own address (then it reads left to right). */
export const isAddressLink = (href: string, text: string) => text.trim() !== '' && shownAddress(href) === shownAddress(text.trim());

export const addressesLeftToRight = defineHastPlugin({
  name: 'addresses-left-to-right',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && isAddressLink(href, ctx.textContent(node))) ctx.setProperty(node, 'dir', 'ltr');
    },
  },
});
