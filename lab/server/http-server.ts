// Browser/classroom mode: serves the built renderer and the API WebSocket from one HTTP server.
// Loopback by default; on any other address every request needs the join token, and WebSocket
// upgrades must also come from a page of this server (Origin check), so no other site can drive it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { API_SOCKET_PATH } from '../../contract/transport';
import type { Lab } from '../app/lab';
import { isLoopbackHost, presentedToken, tokenAccepted, TOKEN_COOKIE } from './join-token';
import { SECURITY_HEADERS } from './security-headers';
import { attachSocket } from './socket-api';

export interface LabServerOptions {
  lab: Lab;
  rendererDirectory: string;
  host: string;
  port: number;
  /** Required for non-loopback hosts; null serves without one (loopback only). */
  joinToken: string | null;
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  response.end(text);
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
}

function originMatchesHost(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export function startLabServer(options: LabServerOptions): Promise<RunningServer> {
  const { lab, joinToken } = options;
  const serveFiles = sirv(options.rendererDirectory, { single: true, dev: false, etag: true, setHeaders: (res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  } });

  const server = createServer((request, response) => {
    if (!tokenAccepted(request, joinToken)) {
      refuse(response, 403, 'Airi Lab: this classroom server needs the join link (with ?token=...) printed by the teacher\'s computer.');
      return;
    }
    const { fromQuery } = presentedToken(request);
    if (joinToken && fromQuery) {
      response.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${encodeURIComponent(joinToken)}; Path=/; HttpOnly; SameSite=Strict`);
    }
    serveFiles(request, response, () => refuse(response, 404, 'not found'));
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== API_SOCKET_PATH) return refuseUpgrade(socket, '404 Not Found');
    if (!originMatchesHost(request)) return refuseUpgrade(socket, '403 Forbidden');
    if (!tokenAccepted(request, joinToken)) return refuseUpgrade(socket, '403 Forbidden');
    // The teacher's own browser (a connection from this computer) may name files here; students may not.
    const fromThisComputer = joinToken === null || isLoopbackHost(request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '');
    sockets.handleUpgrade(request, socket, head, (ws) => attachSocket(ws, lab, { allowServerPaths: fromThisComputer }));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

export { isLoopbackHost };
