/**
 * A stand-in for the office LAN between a PC and the test cluster: a Unix socket that forwards to
 * the cluster's, and that can be cut (every connection dropped, new ones refused) and mended — a
 * cable pulled and plugged back in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SocketProxy {
  /** The folder to name as the host in an address (the socket's name follows PostgreSQL's: .s.PGSQL.<port>). */
  dir: string;
  cut(): Promise<void>;
  mend(): Promise<void>;
  close(): Promise<void>;
}

export async function socketProxy(targetDir: string, port: number): Promise<SocketProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-lan-'));
  const path = join(dir, `.s.PGSQL.${port}`);
  const target = join(targetDir, `.s.PGSQL.${port}`);
  const open = new Set<Socket>();
  let server: Server | null = null;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection(target);
        open.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          open.delete(client);
          open.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      server.listen(path, resolve);
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of open) socket.destroy();
      open.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await listen();
  return {
    dir,
    cut: stop,
    mend: listen,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
