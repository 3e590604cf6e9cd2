/**
 * The decisions of "Thư viện dùng chung", apart from the screen: the line that says where this PC
 * stands, the address the form starts with, and whether the văn thư's part (accounts) is shown.
 */
import type { ServerStatus } from '#shared/contract/api';
import { sharedLibraryScreen } from '#shared/messages/server';
import { OFFICE_ROLE_LABELS } from '#shared/domain/office-roles';

/** The address as the clerk recognises it: the server's name and the library's, no password, no socket folder. */
export function shortAddress(url: string): string {
  try {
    const u = new URL(url);
    const host = u.searchParams.get('host') ? 'máy này' : u.hostname;
    return `${host}${u.pathname}`;
  } catch {
    return url;
  }
}

export function standingLine(status: ServerStatus): string | null {
  if (status.connected && status.account && status.settings) {
    const role = status.account.role ? OFFICE_ROLE_LABELS[status.account.role] : 'quản trị';
    return sharedLibraryScreen.connectedAs(status.account.fullName, role, shortAddress(status.settings.url));
  }
  if (status.settings) return sharedLibraryScreen.savedButNotConnected(shortAddress(status.settings.url), status.settings.login);
  return null;
}

/** The form's first values: the address and login kept from last time. */
export function formStart(status: ServerStatus): { url: string; login: string } {
  return { url: status.settings?.url ?? 'postgres://may-chu:5432/baocao', login: status.settings?.login ?? '' };
}

export const managesAccounts = (status: ServerStatus): boolean => status.connected && (status.account?.role === 'van_thu' || status.account?.role === null);
