import { describe, expect, it } from "vitest";
import { TileProgress } from "./map-status.ts";

describe("TileProgress", () => {
  it("counts a tile once it settles successfully", () => {
    const progress = new TileProgress();
    progress.started("mines/1");
    progress.started("hazards/1");
    expect(progress.inFlight).toBe(2);
    progress.settled("mines/1", true);
    progress.settled("mines/1", true); // a second data event for the same tile is not a second tile
    expect(progress.loaded).toBe(1);
    expect(progress.inFlight).toBe(1);
  });

  it("does not count aborted tiles as loaded", () => {
    const progress = new TileProgress();
    progress.started("mines/2");
    progress.settled("mines/2", false);
    expect(progress.loaded).toBe(0);
    expect(progress.inFlight).toBe(0);
  });

  it("clears what is in flight when the map goes idle", () => {
    const progress = new TileProgress();
    progress.started("a");
    progress.idle();
    expect(progress.inFlight).toBe(0);
  });
});
