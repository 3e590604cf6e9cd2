/** Page model: every selector the end-to-end tests use, named as the clerk sees the screen. */
import { expect, type Locator, type Page } from '@playwright/test';

export const TOKEN = 'e2e-token-for-tests-only';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`/?token=${TOKEN}`);
    await expect(this.page.getByRole('heading', { name: 'Báo cáo của tôi' })).toBeVisible();
  }

  async createReport(templateName: RegExp, period: string, profileLabel?: string): Promise<void> {
    await this.page.getByRole('button', { name: '+ Tạo báo cáo mới' }).click();
    await this.page.getByRole('radio', { name: templateName }).check();
    if (profileLabel) await this.page.getByLabel('Thể thức trình bày').selectOption({ label: profileLabel });
    await this.page.getByLabel('Kỳ báo cáo').fill(period);
    await this.page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  }

  step(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Các bước' }).getByRole('button', { name });
  }

  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
    await expect(this.saveStatus()).toContainText('Đã lưu');
  }

  /** The rich editing area of a part (the first one, or the n-th after a table). */
  editor(area: Locator, n = 1): Locator {
    return area.getByRole('textbox', { name: n === 1 ? /^Văn bản của/ : new RegExp(`^Văn bản ${n} của`) });
  }

  /** The text of every paragraph and list item in an editor, exactly (no whitespace folding). */
  async editorLines(editor: Locator): Promise<string[]> {
    return editor.evaluate((el) =>
      Array.from(
        (el as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }).querySelectorAll('p'),
        (p) => p.textContent ?? '',
      ),
    );
  }

  async expectLines(editor: Locator, lines: string[]): Promise<void> {
    await expect.poll(() => this.editorLines(editor)).toEqual(lines);
  }

  /**
   * Moves the caret with a key and lets the page see it. The editor learns of a caret move from
   * the browser's "selectionchange" event, which arrives a moment later; Playwright can press the
   * next key within the same millisecond, which no person does, so wait two frames.
   */
  async moveCaret(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.evaluate(() => {
      const frame = (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame.bind(globalThis);
      return new Promise<void>((resolve) => frame(() => frame(resolve)));
    });
  }

  /** Clicks into text and lets the page see the caret there (see moveCaret: no person types within the same frame). */
  async clickCaret(target: Locator): Promise<void> {
    await target.click();
    await this.page.evaluate(() => {
      const frame = (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame.bind(globalThis);
      return new Promise<void>((resolve) => frame(() => frame(resolve)));
    });
  }

  /** Types a new paragraph at the end of a part's text, as a keyboard would. */
  async addParagraph(area: Locator, text: string): Promise<void> {
    const editor = this.editor(area);
    await editor.click();
    await this.moveCaret('Control+End');
    const before = await this.editorLines(editor);
    const empty = before.length === 1 && before[0] === '';
    if (!empty) await this.page.keyboard.press('Enter');
    await this.page.keyboard.insertText(text);
    await this.expectLines(editor, empty ? [text] : [...before, text]);
  }

  /** Opens part I of the định kỳ template ("Kết quả thực hiện nhiệm vụ"), where most editing tests write; returns its content area. */
  async openResultsPart(): Promise<Locator> {
    await this.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
    return this.content('I. Kết quả thực hiện nhiệm vụ');
  }

  /** Opens the indicator table's builder in `area` ("Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)"). */
  async openIndicatorBuilder(area: Locator): Promise<void> {
    await area.getByText('Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)').click();
  }

  /** Types row `n` of the indicator builder: name, unit, then the two periods' figures. */
  async fillIndicatorRow(area: Locator, n: number, row: { name: string; unit: string; previous: string; current: string }): Promise<void> {
    await area.getByLabel(`Chỉ tiêu ${n}`, { exact: true }).fill(row.name);
    await area.getByLabel(`Đơn vị ${n}`).fill(row.unit);
    await area.getByLabel(`Kỳ trước ${n}`).fill(row.previous);
    await area.getByLabel(`Kỳ này ${n}`).fill(row.current);
  }

  content(labelStart: string): Locator {
    return this.page.getByLabel(`Nội dung: ${labelStart}`, { exact: false }).first();
  }
}
