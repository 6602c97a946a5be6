import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

// MapLibre 6 finds its worker beside its own module at run time; once bundled,
// that guess points into /assets, so hand it the URL Vite gave the worker file.
setWorkerUrl(workerUrl);
