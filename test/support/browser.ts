import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { openTestApp, type TestApp } from "./test-app.ts";
import { buildWeb } from "./web-build.ts";

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where browser tests leave their screenshots. */
export const ARTIFACTS = join(ROOT, "artifacts");
export const hasChromium = existsSync(CHROMIUM);
/** A developer without Chromium skips; CI must have it, so there the suite runs and fails loudly. */
export const runBrowserTests = hasChromium || Boolean(process.env.CI);

export type ContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export interface ChromiumSession {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/**
 * Headless Chromium over a fresh user-data-dir (a persistent context, so service workers and
 * IndexedDB behave as on a phone). `options` carries the test's own viewport, device, geolocation…
 */
export async function launchChromium(options: ContextOptions = {}): Promise<ChromiumSession> {
  if (!hasChromium) throw new Error(`Chromium is required at ${CHROMIUM} (CI is set)`);
  const profileDir = mkdtempSync(join(tmpdir(), "lianpian-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
      locale: "zh-CN",
      ...options,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      async close() {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

export interface AppServer extends TestApp {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
}

/** How long a browser test waits for another test file's build of the web app. */
const BUILD_WAIT_MS = 300_000;

/**
 * The web app built once per test run, as it is now (so a test never runs
 * against a stale dist/): the global setup names an empty directory; the
 * first test file to need it takes the lock and builds, the others (in other
 * workers) wait for its "done" or "failed" mark. The setup's teardown removes it.
 */
async function sharedWebBuild(): Promise<string> {
  const outDir = inject("webBuildDir");
  const [lock, done, failed] = [`${outDir}.lock`, `${outDir}.done`, `${outDir}.failed`];
  let builder = true;
  try {
    mkdirSync(lock);
  } catch {
    builder = false;
  }
  if (builder) {
    try {
      await buildWeb(outDir);
      writeFileSync(done, "");
    } catch (error) {
      writeFileSync(failed, String(error));
      throw error;
    }
    return outDir;
  }
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(done)) {
    if (existsSync(failed))
      throw new Error(`the web build failed in another test file: ${readFileSync(failed, "utf8")}`);
    if (Date.now() > deadline) throw new Error("the web build did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return outDir;
}

/**
 * Serves the web app (built once per run, see sharedWebBuild) from the real API over a private
 * copy of the demo database, listening on 127.0.0.1 at a free port.
 * `close` stops the server and drops the database.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const distDir = await sharedWebBuild();
  let testApp: TestApp | undefined;
  try {
    testApp = await openTestApp({ LIANPIAN_WEB_DIST: distDir, ...env });
    await testApp.app.listen({ host: "127.0.0.1", port: 0 });
    const address = testApp.app.server.address();
    if (!address || typeof address === "string") throw new Error("server has no port");
    const opened = testApp;
    return {
      ...opened,
      origin: `http://127.0.0.1:${address.port}`,
      close: () => opened.close(),
    };
  } catch (error) {
    await testApp?.close();
    throw error;
  }
}

/** Opens /plan and logs in with the demo planner account from the login form, as a planner would. */
export async function logInAsDemoPlanner(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/plan`);
  const demo = page.getByTestId("demo-accounts");
  await demo.waitFor();
  await demo.getByRole("button", { name: /planner/ }).click();
  await page.getByTestId("planner-login").getByRole("button", { name: "登录" }).click();
  await page.getByTestId("planner").waitFor();
}

/** The app server a describe block's tests share (see serverSession). */
export interface ServerSession {
  server: AppServer;
}

/**
 * Registers the calling describe block's app server: started before the block with `env`
 * (startAppServer), `prepare` run on it (the test's own rows), closed after the block.
 * The returned object is filled in before the block's first test: read it inside tests and hooks.
 */
export function serverSession(
  options: { env?: Record<string, string>; prepare?: (server: AppServer) => Promise<void> } = {},
): ServerSession {
  const session = {} as ServerSession;
  beforeAll(async () => {
    session.server = await startAppServer(options.env);
    await options.prepare?.(session.server);
  }, BUILD_WAIT_MS + 60_000); // startAppServer may wait out another test file's web build
  afterAll(async () => {
    await session.server?.close();
  });
  return session;
}

/** The app server and the Chromium page that a describe block's tests share (see pageSession). */
export interface PageSession extends ServerSession {
  browser: ChromiumSession;
  page: Page;
}

export interface PageSessionOptions {
  env?: Record<string, string>;
  prepare?: (server: AppServer) => Promise<void>;
  /** The browser context: viewport, device, geolocation… */
  context?: ContextOptions;
  /** Runs on each opened page before `logIn`: the test's listeners, routes and init scripts. */
  onPage?: (page: Page) => unknown;
  /** Logs the opened page in (e.g. logInAsDemoPlanner); without it the page opens on nothing. */
  logIn?: (page: Page, origin: string) => Promise<void>;
  /** A failed test leaves `<screenshots>-<test name>.png` in ARTIFACTS. */
  screenshots?: string;
  /** "test": every test gets a Chromium of its own, opened before it and closed after it. */
  browserPer?: "block" | "test";
}

/**
 * Registers the calling describe block's set-up and tear-down: the app server (serverSession)
 * and a Chromium opened with `context`, `onPage` run on its page, then `logIn`; the browser
 * lives for the block, or for each test with `browserPer: "test"`. The returned object is
 * filled in before each test: read its fields inside tests and hooks.
 */
export function pageSession(options: PageSessionOptions = {}): PageSession {
  const session = serverSession(options) as PageSession;
  const open = async () => {
    session.browser = await launchChromium(options.context);
    session.page = session.browser.page;
    await options.onPage?.(session.page);
    await options.logIn?.(session.page, session.server.origin);
  };
  const close = async () => {
    await session.browser?.close();
  };
  const perTest = options.browserPer === "test";
  if (perTest) beforeEach(open);
  else beforeAll(open);
  const { screenshots } = options;
  afterEach(async (ctx) => {
    if (screenshots && ctx.task.result?.state === "fail" && session.page) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, `${screenshots}-${ctx.task.name.slice(0, 30)}.png`);
      await session.page.screenshot({ path, fullPage: true }).catch(() => {});
    }
    if (perTest) await close();
  });
  if (!perTest) afterAll(close);
  return session;
}

/** A pageSession logged in as the demo planner (logInAsDemoPlanner). */
export function plannerSession(options: Omit<PageSessionOptions, "logIn"> = {}): PageSession {
  return pageSession({ ...options, logIn: logInAsDemoPlanner });
}
