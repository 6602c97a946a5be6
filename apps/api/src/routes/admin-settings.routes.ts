import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import {
  checkSettingValue,
  listSettings,
  recordAudit,
  SettingsCache,
  settingKey,
  writeSetting,
} from "@lianpian/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Run-time settings (settings table), re-read every few seconds. */
    settings: SettingsCache;
  }
}

const Value = Type.Union([Type.String({ maxLength: 500 }), Type.Integer(), Type.Null()]);
const Setting = Type.Object({
  key: Type.String(),
  label: Type.Object({ zh: Type.String(), en: Type.String() }),
  kind: Type.String(),
  public: Type.Boolean(),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  maxLength: Type.Optional(Type.Number()),
  value: Value,
  updated_by: Type.Union([Type.String(), Type.Null()]),
  updated_at: Type.Union([Type.String(), Type.Null()]),
});

/**
 * Settings a running system changes without a restart (base map, 审图号,
 * public rate limits): the admin reads and changes them, each change
 * audited; the map reads the public ones.
 */
export const adminSettingsRoutes = fp(async (root: FastifyInstance) => {
  const app = root.withTypeProvider<TypeBoxTypeProvider>();
  app.decorate("settings", new SettingsCache(app.db.kysely));

  app.get(
    "/api/admin/settings",
    {
      preHandler: app.requirePermission("settings.manage"),
      schema: {
        tags: ["admin"],
        summary: "Run-time settings with their values (admin)",
        response: { 200: Type.Object({ settings: Type.Array(Setting) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ settings: await listSettings(app.db.kysely) }),
  );

  app.put(
    "/api/admin/settings/:key",
    {
      preHandler: app.requirePermission("settings.manage"),
      schema: {
        tags: ["admin"],
        summary: "Change a setting (null clears it); audited (admin)",
        params: Type.Object({ key: Type.String({ maxLength: 60 }) }),
        body: Type.Object({ value: Value }, { additionalProperties: false }),
        response: { 200: Type.Object({ settings: Type.Array(Setting) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const def = settingKey(request.params.key);
      if (!def) throw apiError("unknown_setting", { key: request.params.key });
      const check = checkSettingValue(def, request.body.value);
      if (!check.ok)
        throw apiError("setting_invalid", {
          key: def.key,
          message_zh: check.message_zh,
          message_en: check.message_en,
        });
      const by = request.user?.username ?? "admin";
      await app.db.kysely.transaction().execute(async (trx) => {
        const before = await writeSetting(trx, def.key, check.value, by);
        await recordAudit(trx, actorOf(request), {
          action: "setting.change",
          entity: "setting",
          entityId: def.key,
          details: { from: before, to: check.value },
        });
      });
      app.settings.invalidate();
      return { settings: await listSettings(app.db.kysely) };
    },
  );

  app.get(
    "/api/settings/public",
    {
      schema: {
        tags: ["public"],
        summary: "The settings the map needs: base map tile URL, Tianditu key, 审图号",
        response: {
          200: Type.Object({
            map_review_number: Type.Union([Type.String(), Type.Null()]),
            basemap_tile_url: Type.Union([Type.String(), Type.Null()]),
            tianditu_key: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async () => ({
      map_review_number: await mapReviewNumber(app),
      basemap_tile_url: (await app.settings.get("basemap.tile_url")) as string | null,
      tianditu_key: (await app.settings.get("basemap.tianditu_key")) as string | null,
    }),
  );
});

/** The 审图号 the maps show: the run-time setting, else LIANPIAN_MAP_REVIEW_NUMBER, else none. */
export async function mapReviewNumber(app: FastifyInstance): Promise<string | null> {
  const setting = await app.settings.get("map.review_number");
  return typeof setting === "string" && setting ? setting : (app.config.mapReviewNumber ?? null);
}
