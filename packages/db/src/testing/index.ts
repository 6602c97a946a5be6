/**
 * Fixtures for tests of this package and of the apps that build on it
 * (`@lianpian/db/testing`): small, named shapes and rows inserted into a
 * test's own database copy. Never imported by code that ships.
 */
export * from "../analysis/analysis.fixtures.ts";
export * from "../features/features.fixtures.ts";
export * from "../hazards/hazard.fixtures.ts";
export * from "../import/import.fixtures.ts";
export * from "../tiles/tiles.fixtures.ts";
