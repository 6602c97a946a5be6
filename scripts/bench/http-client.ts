import { Pool } from "undici";

/** A GET reply's status and raw body bytes (still compressed when the server compressed it). */
export interface RawReply {
  status: number;
  body: Buffer;
  encoding: string | undefined;
}

/**
 * A keep-alive HTTP/1.1 client with at most `sockets` connections, as a
 * browser keeps a few per host. It is undici's, the leanest client for
 * Node (a load tool's own CPU comes out of the server's share on the same
 * machine), and bodies are read but not decompressed.
 */
export function httpClient(baseUrl: string, sockets: number) {
  const pool = new Pool(baseUrl, { connections: sockets, pipelining: 1 });
  return {
    async get(path: string, headers: Record<string, string> = {}): Promise<RawReply> {
      const reply = await pool.request({
        method: "GET",
        path,
        headers,
        headersTimeout: 60_000,
        bodyTimeout: 60_000,
      });
      const body = Buffer.from(await reply.body.arrayBuffer());
      const encoding = reply.headers["content-encoding"];
      return { status: reply.statusCode, body, encoding: Array.isArray(encoding) ? encoding[0] : encoding };
    },
    close(): Promise<void> {
      return pool.close();
    },
  };
}
