/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One build serves any deployment: the API's URL and the Keycloak realm come from /config.json at run time.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'jsdom',
    // e2e/lib/*.spec.mjs: the browser suite's own bookkeeping (node --test runs only *.test.mjs).
    include: ['src/**/*.test.{ts,tsx}', 'e2e/lib/**/*.spec.mjs'],
    setupFiles: ['src/test/setup.ts'],
  },
});
