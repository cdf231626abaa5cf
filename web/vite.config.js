// Builds the dashboard into dist/, which `entente serve` serves. No inline script or
// style ends up in the page (the server's Content-Security-Policy forbids both).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
});
