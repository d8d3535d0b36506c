#!/usr/bin/env node
// The `rapport` command. The server is TypeScript run through tsx, so there is no build step for it.
import { register } from 'tsx/esm/api';

register();
await import('../server/main.ts');
