/** The faces of the app. /plan and / share the planner's map until the faces split. */
export type Face = "plan" | "field" | "public" | "admin" | "not_found";

const FACE_BY_PATH: Record<string, Face> = {
  "/": "plan",
  "/plan": "plan",
  "/field": "field",
  "/public": "public",
  "/admin": "admin",
};

/** The face a pathname shows; a trailing slash is ignored. */
export function faceOf(pathname: string): Face {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return FACE_BY_PATH[path] ?? "not_found";
}
