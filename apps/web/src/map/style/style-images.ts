import { minePatterns } from "./mines.style.ts";
import type { PatternImage } from "./patterns.ts";
import { protectedPatterns } from "./protected-areas.style.ts";

/** Every image the style refers to by name; all are generated in code, none fetched. */
export const STYLE_IMAGES: Readonly<Record<string, PatternImage>> = { ...protectedPatterns, ...minePatterns };
