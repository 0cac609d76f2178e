/**
 * "Share link" on the offer page: the phone's own share sheet (Web Share API) where the browser
 * has one, otherwise the page address copied to the clipboard, with a visible confirmation in a
 * polite live region. Without JavaScript the button stays hidden (the calendar link needs none).
 * No third-party widget, no request: the address goes only where the person sends it.
 */

/** What happened, for the message the page shows. */
export type ShareResult = 'shared' | 'cancelled' | 'copied' | 'failed';

/** The part of `navigator` this needs (a parameter, so the unit test can give its own). */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText?: (text: string) => Promise<void> } | undefined;
}

/** Shares title and address, or copies the address when the browser cannot share (or refuses to). */
export async function shareLink(nav: ShareNavigator, data: { title: string; url: string }): Promise<ShareResult> {
  if (typeof nav.share === 'function' && nav.canShare?.(data) !== false) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: nothing to say. Any other refusal: copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    if (!nav.clipboard?.writeText) return 'failed';
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Shows and wires every share button on the page (`[data-share]`, hidden in the HTML). */
export function startShareButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
    const box = button.closest<HTMLElement>('[data-offer-actions]');
    const status = box?.querySelector<HTMLElement>('[data-share-status]');
    const fallback = box?.querySelector<HTMLElement>('[data-share-fallback]');
    if (!status || !fallback) continue;
    const field = fallback.querySelector('input');
    // The address once in the page: the value of the field to copy it by hand.
    const url = field?.value ?? location.href;
    const { title = '', copied = '' } = button.dataset;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const result = await shareLink(navigator, { title, url });
      if (result === 'copied') {
        fallback.hidden = true;
        // Emptied first, so that a second copy is announced again.
        status.textContent = '';
        window.setTimeout(() => (status.textContent = copied), 50);
      } else if (result === 'failed') {
        // The address to copy by hand; focus reads out its label ("could not be copied, copy it here").
        status.textContent = '';
        fallback.hidden = false;
        field?.focus();
        field?.select();
      }
    });
  }
}
