import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Canary {
  /** http://127.0.0.1:<port>, to put in hostile content. */
  url: string;
  /** Every request that reached it, as "METHOD /path". */
  hits: string[];
  close(): Promise<void>;
}

/** A loopback server that only records who called it: a request here means hostile content ran or loaded. */
export async function startCanary(): Promise<Canary> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.writeHead(204, { "access-control-allow-origin": "*" }).end();
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
