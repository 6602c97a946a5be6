import { describe, expect, it } from "vitest";
import { plannerSession, runBrowserTests } from "../support/browser.ts";
import { phoneContext, submitDemoMonitorLogin } from "../support/field-phone.ts";

const POLL = { timeout: 30_000 };

/**
 * /field is the monitors' face. A planner who comes over from /plan with their session is not
 * given an inspection form the server would refuse: the face says why and offers to log in as a
 * monitor.
 */
describe.skipIf(!runBrowserTests)("/field opened with a planner's session", { timeout: 120_000 }, () => {
  const session = plannerSession({
    context: phoneContext({ longitude: 112.85, latitude: 35.5, accuracy: 20 }, "block"),
    screenshots: "field-account",
  });

  it("says the account cannot record inspections and switches to a monitor's account", async () => {
    const { page, server } = session;
    const refused: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 403) refused.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.origin}/field`);
    const notice = page.getByTestId("not-a-monitor");
    await notice.waitFor(POLL);
    expect(await notice.textContent()).toContain("规划人员");
    // nothing of the monitor's face is there, and nothing was asked of the monitor's API
    expect(await page.getByTestId("online-state").count()).toBe(0);
    expect(refused).toEqual([]);

    await page.getByTestId("switch-account").click();
    await submitDemoMonitorLogin(page);
    await page.getByTestId("online-state").waitFor(POLL);
    expect(await page.getByTestId("not-a-monitor").count()).toBe(0);
    // the session is now the monitor's, for /field and for the API
    const me = await page.evaluate(() =>
      fetch("/api/auth/me").then((r) => r.json() as Promise<{ user: { role: string } }>),
    );
    expect(me.user.role).toBe("field");
    expect(refused).toEqual([]);
  });
});
