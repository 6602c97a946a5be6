import type { CornerRow } from "@lianpian/geo";
import { useEffect, useState } from "react";
import { call } from "../../platform/api-client.ts";
import { DataTable } from "../../platform/data-table.tsx";
import { useText } from "../../platform/use-text.ts";
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
  const { t } = useText(TEXT);
  const [table, setTable] = useState<ZoneCorners | null>(null);

  useEffect(() => {
    call<ZoneCorners>("GET", `/api/zones/${zoneId}/export?format=corners.json&crs=auto-gk`).then(
      setTable,
      console.warn,
    );
  }, [zoneId]);

  if (!table) return null;
  // with more than one part, a ring is named part-ring
  const multiPart = table.corners.some((o) => o.part > 1);
  return (
    <>
      <h2>{t("title")}</h2>
      <p>
        {t("crs")}：{table.crs.name}（EPSG:{table.crs.epsg}）
      </p>
      <DataTable
        className="lp-plan-table lp-print-corners"
        data-testid="print-corners"
        rows={keyedRows(table.corners)}
        rowKey={(r) => r.key}
        columns={[
          { head: t("point"), cell: ({ c }) => c.pointNo },
          { head: t("ring"), cell: ({ c }) => (multiPart ? `${c.part}-${c.ring}` : c.ring) },
          { head: t("x"), cell: ({ c }) => c.x.toFixed(2) },
          { head: t("y"), cell: ({ c }) => c.y.toFixed(2) },
          { head: t("lon"), cell: ({ c }) => c.lon },
          { head: t("lat"), cell: ({ c }) => c.lat },
        ]}
      />
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
