import { lazy } from "react";

/**
 * Each face in a chunk of its own, loaded when its path is opened: /field
 * and /public never download the planner, terra-draw or the admin screens.
 */
export const PlannerFace = lazy(() =>
  import("../plan/planner-face.tsx").then((m) => ({ default: m.PlannerFace })),
);
export const BaseMapFace = lazy(() =>
  import("../faces/base-map-face.tsx").then((m) => ({ default: m.BaseMapFace })),
);
export const FieldFace = lazy(() =>
  import("../field/field-face.tsx").then((m) => ({ default: m.FieldFace })),
);
export const PublicFace = lazy(() =>
  import("../public/public-face.tsx").then((m) => ({ default: m.PublicFace })),
);
export const AdminFace = lazy(() =>
  import("../admin/admin-face.tsx").then((m) => ({ default: m.AdminFace })),
);
