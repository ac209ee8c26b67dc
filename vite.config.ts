import { defineConfig, type Plugin } from 'vite';
import { createDemoServer } from './src/core/backend/demo-server.js';

/** Serves the demo backend over HTTP under /api, so the demo page uses the real HTTP backend. */
function demoBackend(): Plugin {
  return {
    name: 'dvc-demo-backend',
    configureServer(server) {
      const demo = createDemoServer();
      server.middlewares.use((req, res, next) => {
        demo.handle(req, res).then((handled) => handled || next(), next);
      });
    },
    configurePreviewServer(server) {
      const demo = createDemoServer();
      server.middlewares.use((req, res, next) => {
        demo.handle(req, res).then((handled) => handled || next(), next);
      });
    },
  };
}

export default defineConfig({
  plugins: [demoBackend()],
  server: { host: '127.0.0.1', port: 5173 },
});
