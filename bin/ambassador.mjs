#!/usr/bin/env node
// The `ambassador` command. Runs the TypeScript sources through tsx's loader, from any directory.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../lib/cli/main.ts', import.meta.url).href);
await main();
