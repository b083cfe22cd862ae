/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { progressiveWebApp } from './vite.pwa.ts';

export default defineConfig({
  // Relative asset URLs: the same build works at / and at any sub-path (a project site at /pod-designer/).
  base: './',
  plugins: [react(), progressiveWebApp()],
  optimizeDeps: {
    // Without this the dev server discovers the YAML worker late and reloads the page once.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  worker: {
    format: 'es',
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  server: {
    port: 5173,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
