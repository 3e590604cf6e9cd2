/**
 * vitest's global setup: one throwaway PostgreSQL cluster for the whole run, when PostgreSQL is
 * installed. In CI it must be (.ci/run installs it): the server half of the library is tested in
 * every CI run, never skipped there.
 */
import type { TestProject } from 'vitest/node';
import { postgresBin, startCluster, type TestCluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's socket folder and port, or null when PostgreSQL is not installed here. */
    postgres: { socketDir: string; port: number } | null;
  }
}

let cluster: TestCluster | null = null;

export function setup(project: TestProject): void {
  if (!postgresBin()) {
    if (process.env.CI) throw new Error('CI must test the office server: install postgresql postgresql-contrib (.ci/run does).');
    project.provide('postgres', null);
    return;
  }
  cluster = startCluster();
  project.provide('postgres', { socketDir: cluster.socketDir, port: cluster.port });
}

export function teardown(): void {
  cluster?.stop();
}
