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

  /** Adds a paragraph to the content area labelled `label` and types into it like a keyboard would. */
  async addParagraph(area: Locator, text: string): Promise<void> {
    await area.getByRole('button', { name: '+ Đoạn văn' }).last().click();
    const field = area.getByRole('textbox', { name: /^Đoạn văn \d+ của/ }).last();
    await field.click();
    await this.page.keyboard.insertText(text);
    await expect(field).toHaveValue(text);
  }

  content(labelStart: string): Locator {
    return this.page.getByLabel(`Nội dung: ${labelStart}`, { exact: false }).first();
  }
}
