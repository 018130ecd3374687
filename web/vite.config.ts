import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console and the portal are one single-page app: Ponte serves its files at /ui/ and its index.html at /console
// and /portal. `npm run dev:web` proxies /v1 to a running `npm start`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/ui/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Charts and the date pickers are large; one warning per build would say nothing new.
    chunkSizeWarningLimit: 2_000,
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
