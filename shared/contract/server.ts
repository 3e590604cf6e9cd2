/** server.*: "Thư viện dùng chung" — the office's library on its server, the clerk's account, bringing a PC's library up. */
import { z } from 'zod';
import { line, returns, type ApiEntry } from './entry';

export type ServerRole = 'chuyen_vien' | 'van_thu' | 'lanh_dao';

export interface ServerAccountInfo {
  login: string;
  fullName: string;
  /** Null for the administrator's login (outside the three groups). */
  role: ServerRole | null;
}

export interface ServerStatus {
  /** The address and login kept from last time, or null when this PC works on its own library. */
  settings: { url: string; login: string } | null;
  connected: boolean;
  account: ServerAccountInfo | null;
  /** Connected, but the server does not answer now: drafting goes on on this PC's copies. */
  offline: boolean;
  /** Saves made without the server, waiting to be sent. */
  waiting: number;
}

export interface UploadResult {
  /** Reports on this PC. */
  reports: number;
  /** Brought up now. */
  uploaded: number;
  /** Already on the server (an earlier upload, or the same report from another PC). */
  alreadyThere: number;
}

const password = z.string().min(1).max(200);

export const serverApi = {
  'server.status': { readOnly: true, args: z.strictObject({}), result: returns<ServerStatus>() },
  /**
   * Connects this PC to the office's library: the server must answer, take the password and hold a
   * library of this version. The address and login are kept for next time, never the password.
   * Errors: validation (wrong address or password, not allowed), io (unreachable), database (not set up, older, newer).
   */
  'server.connect': {
    readOnly: true,
    args: z.strictObject({ url: line(500), login: line(100).optional(), password }),
    result: returns<ServerStatus>(),
  },
  /** Back to the PC's own library (the address is forgotten). */
  'server.disconnect': { readOnly: true, args: z.strictObject({}), result: returns<ServerStatus>() },
  /**
   * "Đưa thư viện lên máy chủ": every report of the PC's own library (parts, history, versions,
   * attachments, sign-off) and its dictionary, templates and sets, each report in a transaction of
   * its own; one already there is left as it is, so a cut halfway is finished by running it again.
   */
  'server.upload': { readOnly: true, args: z.strictObject({}), result: returns<UploadResult>() },
  'server.accounts': { readOnly: true, args: z.strictObject({}), result: returns<ServerAccountInfo[]>() },
  /** A văn thư makes an account for a colleague. Errors: validation (not allowed, name taken, short password). */
  'server.createAccount': {
    readOnly: true,
    args: z.strictObject({ login: line(40), fullName: line(200), role: z.enum(['chuyen_vien', 'van_thu', 'lanh_dao']), password }),
    result: returns<ServerAccountInfo[]>(),
  },
} as const satisfies Record<`server.${string}`, ApiEntry>;
