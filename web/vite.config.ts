// The console build: root is web/, output web/dist with hashed files under /assets/ (server/console.ts
// serves them). In development `npm run dev:web` proxies the API to a server on port 3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Ant Design alone is larger than Vite's default warning threshold.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': api, '/healthz': api },
  },
});
