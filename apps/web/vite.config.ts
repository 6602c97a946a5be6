import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  // The API (apps/api) serves the built app on its own origin; in dev this proxy stands in for that.
  const env = loadEnv(mode, new URL(".", import.meta.url).pathname, "LIANPIAN_");
  const api = env.LIANPIAN_API_URL || "http://127.0.0.1:3000";
  return {
    plugins: [react()],
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
      // maplibre-gl and deck.gl are large by nature; the map page needs both at once.
      chunkSizeWarningLimit: 2500,
    },
  };
});
