/** A paste as the browser delivers it: a ClipboardEvent carrying the given types (text/html, text/plain). */
import type { Locator } from '@playwright/test';

export async function paste(field: Locator, data: Record<string, string>): Promise<void> {
  // Runs in the page; the tests are type-checked without the DOM library, hence the casts.
  await field.evaluate((el, entries) => {
    const page = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const transfer = new page.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    el.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
