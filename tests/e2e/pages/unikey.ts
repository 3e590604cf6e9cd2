/** Typing as Unikey/EVKey/OpenKey do, shared by the browser and the desktop tests. */
import type { Page } from '@playwright/test';

/**
 * "việt" as Unikey (Telex, "send keys" mode) sends it: plain keys pass through; a mark key is
 * swallowed and replaced by Backspaces over the letters it changes, then the new letters.
 */
export async function typeLikeUnikey(page: Page): Promise<void> {
  await page.keyboard.type('vie');
  // Second "e": Unikey erases the "e" and sends "ê".
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('ê');
  await page.keyboard.type('t');
  // "j" (nặng): Unikey erases "êt" and sends "ệt".
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('ệt');
}
