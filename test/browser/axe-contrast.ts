import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One failing node of axe's colour-contrast rule: where, and the ratio it found. */
export interface ContrastProblem {
  impact: string | null;
  target: string;
  summary: string;
}

/**
 * Runs axe-core's colour-contrast rule (WCAG 2 AA: 4.5:1, 3:1 for large
 * text) over the page as it is now, and returns the serious and critical
 * failures (an empty list passes).
 */
export async function seriousContrastProblems(page: Page): Promise<ContrastProblem[]> {
  // evaluated over the DevTools protocol: the app's CSP (script-src 'self') refuses an inline script tag
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(axeSource);
  // A string: this file is type-checked without the DOM library.
  return (await page.evaluate(`axe.run(document, { runOnly: { type: "rule", values: ["color-contrast"] } })
    .then((r) => r.violations.flatMap((v) => v.nodes
      .filter((n) => n.impact === "serious" || n.impact === "critical")
      .map((n) => ({ impact: n.impact, target: n.target.join(" "), summary: n.failureSummary || "" }))))`)) as ContrastProblem[];
}
