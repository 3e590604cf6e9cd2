/**
 * `baocao server init --server <url> [--van-thu <tên đăng nhập> --ho-ten "<họ tên>"]`: sets up the
 * office's shared library on its PostgreSQL server, or upgrades it (safe to run again), as the
 * administrator named in the address; then the first văn thư's account, who makes the others'
 * from the app. Passwords come from the environment (BAOCAO_MAT_KHAU or PGPASSWORD for the
 * administrator, BAOCAO_MAT_KHAU_VAN_THU for the văn thư), never the command line's history.
 */
import pg from 'pg';
import { serverCommandMessages, commandLineMessages } from '#shared/messages/command-line';
import { cleanServerUrl } from '../core/server/server-link';
import { serverError } from '../core/server/server-errors';
import { upgradeSchema } from '../core/server/server-schema';
import { BadInput, EXIT_OK, UsageError, type CliIo } from './cli-io';

/** The password of the login in `url`: in the address itself, else the environment. */
export function serverPassword(url: string): string {
  const inAddress = cleanServerUrl(url).config.password;
  const password = (typeof inAddress === 'string' ? inAddress : undefined) ?? process.env.BAOCAO_MAT_KHAU ?? process.env.PGPASSWORD;
  if (!password) throw new UsageError(serverCommandMessages.missingPassword);
  return password;
}

export async function serverCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'init') throw new UsageError(serverCommandMessages.unknownServerCommand);
  let url = process.env.BAOCAO_SERVER;
  let vanThu: string | undefined;
  let fullName: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const value = rest[i + 1];
    if (arg === '--server' || arg === '--van-thu' || arg === '--ho-ten') {
      if (value === undefined) throw new UsageError(commandLineMessages.optionNeedsValue(arg));
      if (arg === '--server') url = value;
      else if (arg === '--van-thu') vanThu = value;
      else fullName = value;
      i += 1;
    } else throw new UsageError(commandLineMessages.unknownOption(arg));
  }
  if (!url) throw new UsageError(serverCommandMessages.missingServer);
  const { url: shown, config } = cleanServerUrl(url);
  const vanThuPassword = process.env.BAOCAO_MAT_KHAU_VAN_THU;
  if (vanThu && !fullName) throw new UsageError(serverCommandMessages.vanThuNeedsName);
  if (vanThu && !vanThuPassword) throw new UsageError(serverCommandMessages.missingVanThuPassword);
  const pool = new pg.Pool({ ...config, password: serverPassword(url), max: 2, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  try {
    const applied = await upgradeSchema(pool, () => new Date().toISOString());
    io.stdout(applied.length > 0 ? serverCommandMessages.created(shown, applied.length) : serverCommandMessages.current(shown));
    if (vanThu) {
      const exists = await pool.query('SELECT 1 FROM baocao_accounts WHERE login = $1', [vanThu]);
      if (exists.rowCount) io.stdout(serverCommandMessages.accountKept(vanThu));
      else {
        await pool.query('SELECT baocao_create_account($1, $2, $3, $4)', [vanThu, fullName, 'van_thu', vanThuPassword]);
        io.stdout(serverCommandMessages.accountMade(vanThu, fullName as string));
      }
    }
    return EXIT_OK;
  } catch (error) {
    const clear = serverError(error, shown);
    if (clear) throw new BadInput(clear.message);
    throw error;
  } finally {
    await pool.end().catch(() => undefined);
  }
}
