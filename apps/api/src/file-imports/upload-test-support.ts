import type { App } from "../app.ts";

/**
 * A multipart body as a browser sends it: text fields first, then the file as
 * `file` named `fileName` (none when `bytes` is undefined) (tests only).
 */
export function multipartForm(
  fileName: string,
  bytes: Uint8Array | undefined,
  fields: Record<string, string> = {},
) {
  const boundary = "----lianpian-test-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (bytes) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(bytes),
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST /api/imports?layer=… with the file and fields. */
export function uploadImport(
  app: App,
  auth: Record<string, string>,
  layer: string,
  fileName: string,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
) {
  const body = multipartForm(fileName, bytes, fields);
  return app.inject({
    method: "POST",
    url: `/api/imports?layer=${layer}`,
    headers: { ...auth, ...body.headers },
    payload: body.payload,
  });
}
