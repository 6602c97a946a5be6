import http from "node:http";

/** A GET reply's status and raw body bytes (still compressed when the server compressed it). */
export interface RawReply {
  status: number;
  body: Buffer;
  encoding: string | undefined;
}

/**
 * A keep-alive HTTP client with at most `sockets` connections, as a browser
 * keeps a few per host. Bodies are read but not decompressed: the client's
 * own work stays out of the server's figure.
 */
export function httpClient(baseUrl: string, sockets: number) {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return {
    get(path: string, headers: Record<string, string> = {}): Promise<RawReply> {
      return new Promise((resolve, reject) => {
        const request = http.get(
          { host: base.hostname, port: base.port, path, agent, headers, timeout: 60_000 },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                body: Buffer.concat(chunks),
                encoding: response.headers["content-encoding"],
              }),
            );
            response.on("error", reject);
          },
        );
        request.on("timeout", () => request.destroy(new Error(`GET ${path} timed out`)));
        request.on("error", reject);
      });
    },
    close() {
      agent.destroy();
    },
  };
}
