#!/usr/bin/env node
// The `baocao` command. The project is TypeScript; tsx (a runtime dependency) loads it,
// so the command always runs the same exporter as the app, with no separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
