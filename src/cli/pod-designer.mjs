#!/usr/bin/env node
/**
 * The `pod-designer` executable (package.json "bin"): runs src/cli/main.ts, the same model, YAML
 * and validator code as the app, under tsx's loader, so no build step is needed.
 *   npx pod-designer lint pod.yaml
 */
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
