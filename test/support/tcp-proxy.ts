import { createConnection, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP pass-through on 127.0.0.1 in front of the test PostgreSQL, which a
 * fault test can take down and bring back: down, every open connection is
 * cut and new ones are refused (a server restart, as the app sees it), while
 * the other test files keep using the real server undisturbed.
 */
export interface TcpProxy {
  port: number;
  /** Cuts every connection and stops listening. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function openTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let boundPort = port;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = createConnection(target);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        upstream.pipe(client);
      });
      s.once("error", reject);
      s.listen(boundPort, "127.0.0.1", () => {
        const address = s.address();
        if (address && typeof address === "object") boundPort = address.port;
        server = s;
        resolve();
      });
    });
  const down = async () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    get port() {
      return boundPort;
    },
    down,
    up: listen,
    close: down,
  };
}

/** The URL with its host and port replaced by the proxy's. */
export function throughProxy(databaseUrl: string, proxy: { port: number }): string {
  const u = new URL(databaseUrl);
  u.hostname = "127.0.0.1";
  u.port = String(proxy.port);
  return u.toString();
}
