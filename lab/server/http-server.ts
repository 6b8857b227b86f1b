// Browser/classroom mode: serves the built renderer and the API WebSocket from one HTTP server.
// Loopback by default; on any other address every request needs the join token. In every mode the
// Host header and the Origin must name this server (allowed-hosts.ts), so no other site can drive it,
// not even one that rebinds its DNS name to 127.0.0.1.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { API_SOCKET_PATH } from '../../contract/transport';
import type { Lab } from '../app/lab';
import { allowedHosts, requestAllowed, type AllowedHosts } from './allowed-hosts';
import { fromThisComputer, handleJoin, personOf, type TeacherTest } from './classroom-people';
import { presentedToken, tokenAccepted, TOKEN_COOKIE } from './join-token';
import { resolveListenAddress, type ListenAddress, type Resolver } from './listen-address';
import { policyForServer, SECURITY_HEADERS } from './security-headers';
import { attachSocket } from './socket-api';

export interface LabServerOptions {
  lab: Lab;
  rendererDirectory: string;
  host: string;
  port: number;
  /** Required unless the host resolves to a loopback address; null serves without one (loopback only). */
  joinToken: string | null;
  /** Resolves a host name to the address to bind (tests pass their own; default: the system's DNS). */
  resolve?: Resolver;
  /** Which connections are the teacher's (default: those from this computer); tests pass their own. */
  isTeacher?: TeacherTest;
}

export interface RunningServer {
  server: Server;
  port: number;
  listen: ListenAddress;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  response.end(text);
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
}

const FOREIGN_PAGE_TEXT = [
  'Airi Lab: este endereço não é o do laboratório. Abra o link mostrado no computador do professor.',
  'Airi Lab: this address is not the lab\'s. Open the link shown on the teacher\'s computer.',
].join('\n');
const JOIN_LINK_TEXT = [
  'Airi Lab: este servidor da turma precisa do link de entrada (com ?token=...) mostrado no computador do professor.',
  'Airi Lab: this classroom server needs the join link (with ?token=...) printed by the teacher\'s computer.',
].join('\n');

export async function startLabServer(options: LabServerOptions): Promise<RunningServer> {
  const { lab, joinToken } = options;
  const classroom = joinToken !== null;
  const isTeacher = options.isTeacher ?? fromThisComputer;
  const listen = await resolveListenAddress(options.host, options.resolve);
  if (!listen.loopback && joinToken === null) {
    throw new Error(`--host ${options.host} is reachable from the network (${listen.address}); a join token is required`);
  }
  // Filled in once the port is known (port 0 picks a free one).
  let allowed: AllowedHosts = { names: new Set(), port: -1 };
  const serveFiles = sirv(options.rendererDirectory, { single: true, dev: false, etag: true, setHeaders: (res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (name !== 'Content-Security-Policy') res.setHeader(name, value);
  } });

  const server = createServer((request, response) => {
    if (!requestAllowed(request, allowed, 'page')) {
      refuse(response, 403, FOREIGN_PAGE_TEXT);
      return;
    }
    if (!tokenAccepted(request, joinToken)) {
      refuse(response, 403, JOIN_LINK_TEXT);
      return;
    }
    // WebSockets only to this server, under the name this page was loaded from.
    response.setHeader('Content-Security-Policy', policyForServer(request.headers.host ?? ''));
    const { fromQuery } = presentedToken(request);
    if (joinToken && fromQuery) {
      response.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${encodeURIComponent(joinToken)}; Path=/; HttpOnly; SameSite=Strict`);
    }
    // A student gives a name before the app loads (the join page).
    if (classroom && handleJoin(request, response, personOf(request, classroom, isTeacher))) return;
    serveFiles(request, response, () => refuse(response, 404, 'not found'));
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== API_SOCKET_PATH) return refuseUpgrade(socket, '404 Not Found');
    if (!requestAllowed(request, allowed, 'socket')) return refuseUpgrade(socket, '403 Forbidden');
    if (!tokenAccepted(request, joinToken)) return refuseUpgrade(socket, '403 Forbidden');
    const person = personOf(request, classroom, isTeacher);
    if (!person) return refuseUpgrade(socket, '403 Forbidden'); // a student who has not joined under a name
    sockets.handleUpgrade(request, socket, head, (ws) => attachSocket(ws, lab, { allowServerPaths: person.role === 'teacher', person }));
  });

  return await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, listen.address, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      allowed = allowedHosts(listen, port);
      resolve({
        server,
        port,
        listen,
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
