/**
 * A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, reached only
 * through a Unix socket in that folder (no TCP port, no system service), run as the `postgres`
 * user when the tests run as root (initdb refuses root). The tests create a database of their own
 * in it and drop nothing else; the cluster goes with its folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder of PostgreSQL's programs (Debian keeps them out of PATH). */
export function postgresBin(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath.replace(/\/initdb$/, '');
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return null;
}

export interface TestCluster {
  /** The folder of the cluster's socket. */
  socketDir: string;
  port: number;
  /** Stops the server at once, as a power cut or a killed service would (the cluster is kept). */
  halt(): void;
  /** Starts the halted server again (it recovers from its write-ahead log). */
  resume(): void;
  stop(): void;
}

const PORT = 5433;

export interface ClusterOptions {
  /**
   * Writes reach the disk before a commit returns, as on an office's server. The tests do without
   * (nothing they check depends on it, and it is faster); the benchmark measures with it.
   */
  durable?: boolean;
}

export function startCluster(options: ClusterOptions = {}): TestCluster {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt install postgresql postgresql-contrib)');
  const dir = mkdtempSync(join(tmpdir(), 'baocao-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  let uid = -1;
  let gid = -1;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (program: string, args: string[]) => {
    const command = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
    execFileSync(command[0] as string, command[1] as string[], { stdio: 'pipe' });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--auth-local=trust', '--auth-host=reject']);
  appendFileSync(
    join(data, 'postgresql.conf'),
    [
      `listen_addresses = ''`,
      `unix_socket_directories = '${dir}'`,
      `port = ${PORT}`,
      ...(options.durable ? [] : ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']),
      'max_connections = 200',
      '',
    ].join('\n'),
  );
  // The superuser may come in without a password (the tests' own connection); everyone else with one.
  writeFileSync(join(data, 'pg_hba.conf'), 'local all postgres trust\nlocal all all scram-sha-256\n');
  if (asRoot) chownSync(join(data, 'pg_hba.conf'), uid, gid);
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
  start();
  return {
    socketDir: dir,
    port: PORT,
    halt: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    resume: start,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
