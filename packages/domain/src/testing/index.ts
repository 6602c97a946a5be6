/** Fixtures for tests of the apps (`@lianpian/domain/testing`); never imported by code that ships. */
export * from "../inspections/photo.fixtures.ts";
