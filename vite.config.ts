import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to dist/renderer and loaded from disk by Electron (file://) or
// served by the browser-mode host; relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The writing screen's chunk carries the spelling vocabulary (~5 MB of counts): the app reads
    // it from disk (file:// or the local host), never over a network, so its size is no warning
    // to print at every `npm run web`. A chunk past this would be news.
    chunkSizeWarningLimit: 7000,
  },
});
