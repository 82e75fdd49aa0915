import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console talks to the API on the same origin: in development Vite forwards the API's paths
// to the local stack (`npm start`, port 3000); in production the API serves the built files.
const api = process.env.ANTQ_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': api,
      '/auth': api,
      '/health': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The budget that matters is the first load's gzipped JS (≤ 300 kB, about 205 kB today): the
    // campaign screens are lazy chunks, and the XLSX helpers (exceljs, about 860 kB minified) a chunk
    // of their own, loaded only when a file is imported or exported.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod, the domain schemas and the module that switches zod's JIT off share one chunk, in
          // import order. Split apart, the schemas were built before `z.config({ jitless: true })`
          // ran, and zod's eval probe broke the CSP (a console error on every page).
          groups: [{ name: 'domain', test: /[\\/]zod[\\/]|[\\/]packages[\\/]domain[\\/]|[\\/]app[\\/]zodJitless/ }],
        },
      },
    },
  },
});
