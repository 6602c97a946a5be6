import type { CornerRow } from "@lianpian/geo";
import { useEffect, useState } from "react";
import { call } from "../../platform/api-client.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import TEXT from "./zone-print-corners.text.json" with { type: "json" };

/** GET /api/zones/{id}/export?format=corners.json, as much of it as the print uses. */
interface ZoneCorners {
  crs: { epsg: number; name: string };
  corners: CornerRow[];
}

/**
 * The print report's 拐点坐标表: every corner of the zone's cleaned outline in
 * its Gauss-Krüger zone to 0.01 m and in DMS to 0.01″, ring by ring, as the
 * corner-table export gives it. Its header row repeats on every printed page.
 */
export function ZonePrintCorners({ zoneId }: { zoneId: number }) {
  const { locale } = usePlanText();
  const t = (k: keyof typeof TEXT) => TEXT[k][locale];
  const [table, setTable] = useState<ZoneCorners | null>(null);

  useEffect(() => {
    call<ZoneCorners>("GET", `/api/zones/${zoneId}/export?format=corners.json&crs=auto-gk`).then(
      setTable,
      console.warn,
    );
  }, [zoneId]);

  if (!table) return null;
  return (
    <>
      <h2>{t("title")}</h2>
      <p>
        {t("crs")}：{table.crs.name}（EPSG:{table.crs.epsg}）
      </p>
      <table className="lp-plan-table lp-print-corners" data-testid="print-corners">
        <thead>
          <tr>
            <th>{t("point")}</th>
            <th>{t("ring")}</th>
            <th>{t("x")}</th>
            <th>{t("y")}</th>
            <th>{t("lon")}</th>
            <th>{t("lat")}</th>
          </tr>
        </thead>
        <tbody>
          {keyedRows(table.corners).map(({ key, c }) => (
            <tr key={key}>
              <td>{c.pointNo}</td>
              <td>{table.corners.some((o) => o.part > 1) ? `${c.part}-${c.ring}` : c.ring}</td>
              <td>{c.x.toFixed(2)}</td>
              <td>{c.y.toFixed(2)}</td>
              <td>{c.lon}</td>
              <td>{c.lat}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Rows with a stable key: a ring's closing row repeats its first point number, so count repeats. */
function keyedRows(corners: readonly CornerRow[]): { key: string; c: CornerRow }[] {
  const seen = new Map<string, number>();
  return corners.map((c) => {
    const base = `${c.part}-${c.ring}-${c.pointNo}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}-${n}`, c };
  });
}
