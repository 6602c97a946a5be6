import { PHOTO_MAX_BYTES, PHOTO_MAX_EDGE_PX, sniffImageType } from "@lianpian/domain";

/** A photo made ready on the phone: resized, re-encoded as JPEG, hashed. */
export interface PreparedPhoto {
  blob: Blob;
  sha256: string;
  contentType: "image/jpeg";
  width: number;
  height: number;
  /** A small object URL to show; revoke it when the photo is dropped. */
  previewUrl: string;
}

export type PhotoProblem = "not_an_image" | "too_large";

/** Scales (w, h) so the long edge is at most `max`, keeping the aspect ratio. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
}

/**
 * Reads a photo from the camera or a file, checks by its first bytes that it
 * is an image, draws it at most 1600 px on the long edge and encodes it as
 * JPEG (a 12-megapixel photo becomes a few hundred kB), stepping the quality
 * down if it is still over the upload limit.
 */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto | PhotoProblem> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (!sniffImageType(head)) return "not_an_image";
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return "not_an_image";
  }
  const size = fitWithin(bitmap.width, bitmap.height, PHOTO_MAX_EDGE_PX);
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) return "not_an_image";
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  let blob: Blob | null = null;
  for (const quality of [0.82, 0.7, 0.55, 0.4]) {
    blob = await encode(canvas, quality);
    if (blob && blob.size <= PHOTO_MAX_BYTES) break;
  }
  if (!blob || blob.size > PHOTO_MAX_BYTES) return "too_large";
  return {
    blob,
    sha256: await sha256Hex(blob),
    contentType: "image/jpeg",
    width: size.width,
    height: size.height,
    previewUrl: URL.createObjectURL(blob),
  };
}
