import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { precompress } from "./build/precompress.ts";

export default defineConfig(({ mode }) => {
  // The API (apps/api) serves the built app on its own origin; in dev this proxy stands in for that.
  const env = loadEnv(mode, new URL(".", import.meta.url).pathname, "LIANPIAN_");
  const api = env.LIANPIAN_API_URL || "http://127.0.0.1:3000";
  return {
    plugins: [
      react(),
      // The service worker (src/field/pwa/sw.ts) is built to dist/sw.js with this build's files injected.
      VitePWA({
        strategies: "injectManifest",
        srcDir: "src/field/pwa",
        filename: "sw.ts",
        injectRegister: false,
        manifest: false,
        injectManifest: {
          globPatterns: ["**/*.{js,mjs,css,html,svg,png,woff2,webmanifest}"],
          globIgnores: [".vite/**", "sw.js"],
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        },
      }),
      precompress(),
    ],
    server: {
      host: "127.0.0.1",
      // changeOrigin off: the API writes absolute tile and paging URLs from the Host header, which must stay ours.
      proxy: Object.fromEntries(
        ["/tiles", "/collections", "/health", "/api"].map((path) => [
          path,
          { target: api, changeOrigin: false },
        ]),
      ),
    },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      sourcemap: true,
      // The bundle budget test (test/build/bundle-budget.test.ts) reads each face's first-load chunks from it.
      manifest: true,
      // maplibre-gl is large by nature; the faces load it in a chunk of their own.
      chunkSizeWarningLimit: 2500,
    },
  };
});
