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
    // One chunk of about 620 kB minified; the budget that matters is the first load's gzipped JS
    // (≤ 300 kB, about 190 kB today), which `vite build` reports.
    chunkSizeWarningLimit: 800,
  },
});
