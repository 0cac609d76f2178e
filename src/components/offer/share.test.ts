import { describe, expect, it, vi } from 'vitest';
import { shareLink } from './share.ts';

const data = { title: 'Deutsch für den Alltag', url: 'https://kompass.example/fa/angebote/x/' };
const clipboard = () => ({ writeText: vi.fn(async (_text: string) => {}) });

describe('shareLink', () => {
  it('uses the share sheet where the browser has one, with title and address', async () => {
    const share = vi.fn(async (_d: ShareData) => {});
    const copy = clipboard();
    expect(await shareLink({ share, clipboard: copy }, data)).toBe('shared');
    expect(share).toHaveBeenCalledWith(data);
    expect(copy.writeText).not.toHaveBeenCalled();
  });

  it('says nothing when the person closes the share sheet', async () => {
    const share = vi.fn(async () => Promise.reject(new DOMException('closed', 'AbortError')));
    const copy = clipboard();
    expect(await shareLink({ share, clipboard: copy }, data)).toBe('cancelled');
    expect(copy.writeText).not.toHaveBeenCalled();
  });

  it('copies the address when sharing is refused or missing, or when the data cannot be shared', async () => {
    for (const nav of [
      { share: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      {},
      { share: async () => {}, canShare: () => false },
    ]) {
      const copy = clipboard();
      expect(await shareLink({ ...nav, clipboard: copy }, data)).toBe('copied');
      expect(copy.writeText).toHaveBeenCalledWith(data.url);
    }
  });

  it('fails when neither works, so that the page shows the address to copy by hand', async () => {
    expect(await shareLink({}, data)).toBe('failed');
    expect(await shareLink({ clipboard: { writeText: async () => Promise.reject(new Error('denied')) } }, data)).toBe('failed');
  });
});
