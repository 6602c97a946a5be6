import type { Map as MapLibreMap } from "maplibre-gl";
import { scaleBar } from "./print-layout.ts";

/** Copies the map's WebGL canvas inside a render, while its drawing buffer is still whole. */
function copyCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once("render", () => {
      const source = map.getCanvas();
      const copy = document.createElement("canvas");
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext("2d")?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The 1:N of the view at its centre: ground metres per CSS pixel over 0.0254/96 m of screen. */
function viewScale(map: MapLibreMap): number {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const a = map.unproject([w / 2 - 50, h / 2]);
  const b = map.unproject([w / 2 + 50, h / 2]);
  return (a.distanceTo(b) / 100) * (96 / 0.0254);
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, bearing: number) {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = "#111";
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(r * 0.45, r * 0.6);
  ctx.lineTo(0, r * 0.25);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${Math.round(r * 0.8)}px sans-serif`;
  ctx.textAlign = "center";
  ctx.fillText("N", 0, -r - 4);
  ctx.restore();
}

/**
 * The current map view as a PNG: the map re-rendered and copied, with a
 * scale bar, a north arrow (turned with the bearing) and the 审图号 when
 * the base map on needs it.
 */
export async function mapViewPng(map: MapLibreMap, reviewNumber: string | null): Promise<Blob> {
  const canvas = await copyCanvas(map);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  const ratio = canvas.width / map.getContainer().clientWidth;
  const scale = viewScale(map);
  const bar = scaleBar(scale, 30);
  const barPx = (bar.mm / 25.4) * 96 * ratio;
  const pad = 12 * ratio;
  ctx.fillStyle = "rgba(255,255,255,0.85)";
  ctx.fillRect(pad / 2, canvas.height - 44 * ratio, barPx + 2 * pad + 90 * ratio, 40 * ratio);
  ctx.fillStyle = "#111";
  ctx.fillRect(pad, canvas.height - 18 * ratio, barPx, 4 * ratio);
  ctx.font = `${12 * ratio}px sans-serif`;
  ctx.fillText(
    `${bar.label}   1:${Math.round(scale).toLocaleString("zh-CN")}`,
    pad,
    canvas.height - 24 * ratio,
  );
  drawNorthArrow(ctx, canvas.width - 30 * ratio, 44 * ratio, 16 * ratio, map.getBearing());
  if (reviewNumber) {
    ctx.font = `${11 * ratio}px sans-serif`;
    ctx.textAlign = "right";
    ctx.fillText(`审图号：${reviewNumber}`, canvas.width - pad, canvas.height - 26 * ratio);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"),
  );
}
