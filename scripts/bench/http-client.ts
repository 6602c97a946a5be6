import { Pool } from "undici";

/** A GET reply's status, its size, and its raw body (still compressed when the server compressed it). */
export interface RawReply {
  status: number;
  /** Body bytes received. */
  bytes: number;
  /** The body itself: kept when asked for, and always for an error reply. */
  body: Buffer;
  encoding: string | undefined;
  /** The reply's headers (lower-case names), kept with the body when asked for. */
  headers: Record<string, string>;
}

/**
 * A keep-alive HTTP/1.1 load client with at most `sockets` connections, as a
 * browser keeps a few per host. It sits on undici's dispatcher (its plain
 * handler interface), the leanest client for Node, and by default only counts the body: on one machine the
 * load tool's own CPU and garbage come out of the server's share, so it
 * keeps bytes only when asked (or to report an error). Nothing is decompressed.
 */
export function httpClient(baseUrl: string, sockets: number) {
  const pool = new Pool(baseUrl, { connections: sockets, pipelining: 1 });
  return {
    get(path: string, headers: Record<string, string> = {}, keepBody = false): Promise<RawReply> {
      return new Promise((resolve, reject) => {
        let status = 0;
        let encoding: string | undefined;
        let bytes = 0;
        const chunks: Buffer[] = [];
        const kept: Record<string, string> = {};
        pool.dispatch(
          { method: "GET", path, headers, headersTimeout: 60_000, bodyTimeout: 60_000 },
          {
            onConnect() {},
            onHeaders(statusCode, rawHeaders) {
              status = statusCode;
              for (let k = 0; k + 1 < rawHeaders.length; k += 2) {
                const name = String(rawHeaders[k]).toLowerCase();
                if (name === "content-encoding") encoding = String(rawHeaders[k + 1]);
                if (keepBody) kept[name] = String(rawHeaders[k + 1]);
              }
              return true;
            },
            onData(chunk) {
              bytes += chunk.byteLength;
              if (keepBody || status >= 300) chunks.push(chunk);
              return true;
            },
            onComplete() {
              resolve({ status, bytes, body: Buffer.concat(chunks), encoding, headers: kept });
            },
            onError(error) {
              reject(error);
            },
          },
        );
      });
    },
    close(): Promise<void> {
      return pool.close();
    },
  };
}
