import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The boundaries of docs/architecture.md, checked on every `npm test`:
 * imports go one way between our workspaces, each workspace declares every
 * package it imports, and no file reaches into another workspace by a
 * relative path (fixtures come through `@lianpian/db/testing` and the like).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Which of our workspaces each workspace may import (tests included). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  "@lianpian/domain": [],
  "@lianpian/geo": [],
  "@lianpian/formats": ["@lianpian/geo"],
  "@lianpian/demo-data": ["@lianpian/domain", "@lianpian/geo"],
  "@lianpian/db": ["@lianpian/domain", "@lianpian/geo", "@lianpian/demo-data"],
  "@lianpian/api": [
    "@lianpian/db",
    "@lianpian/domain",
    "@lianpian/geo",
    "@lianpian/formats",
    "@lianpian/demo-data",
  ],
  "@lianpian/web": ["@lianpian/domain", "@lianpian/geo"],
};
const WORKSPACES = [
  "packages/domain",
  "packages/geo",
  "packages/formats",
  "packages/db",
  "apps/api",
  "apps/web",
  "data",
];
/** Where tests may reach by a relative path: the shared test support. */
const SHARED_TEST_SUPPORT = join(ROOT, "test/support");

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "dist") return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const isTest = (file: string) => /\.(test|e2e\.test)\.tsx?$|\.fixtures\.ts$|\/testing\//.test(file);

/** The package a bare specifier names ("@scope/name/sub" → "@scope/name"); type-only "geojson" is @types/geojson. */
function packageOf(specifier: string): string {
  const name = specifier.startsWith("@")
    ? specifier.split("/").slice(0, 2).join("/")
    : (specifier.split("/")[0] ?? "");
  return name === "geojson" ? "@types/geojson" : name;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter(Boolean);
}

const rootManifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
const rootDev = new Set(Object.keys(rootManifest.devDependencies ?? {}));

describe.each(WORKSPACES)("the workspace %s", (workspace) => {
  const dir = join(ROOT, workspace);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
  const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
  const dev = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {}), ...rootDev]);
  const files = sourceFiles(join(dir, "src"));

  it("declares every package it imports", () => {
    const undeclared = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("virtual:"))
        .map(packageOf)
        .filter((name) => !builtinModules.includes(name) && name !== manifest.name)
        .filter((name) => !(isTest(file) ? dev : runtime).has(name))
        .map((name) => `${relative(ROOT, file)} → ${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it("imports only the workspaces below it", () => {
    const allowed = new Set(MAY_IMPORT[manifest.name] ?? []);
    const against = files.flatMap((file) =>
      importsOf(file)
        .map(packageOf)
        .filter((name) => name.startsWith("@lianpian/") && name !== manifest.name && !allowed.has(name))
        .map((name) => `${relative(ROOT, file)} → ${name}`),
    );
    expect(against).toEqual([]);
  });

  it("never reaches into another workspace by a relative path", () => {
    const reaching = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith("."))
        .map((s) => resolve(dirname(file), s))
        .filter((target) => !target.startsWith(`${dir}/`) && !target.startsWith(`${SHARED_TEST_SUPPORT}/`))
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    expect(reaching).toEqual([]);
  });
});
