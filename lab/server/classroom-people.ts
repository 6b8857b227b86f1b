// Who is on the other end of a classroom connection. The teacher sits at the lab's own computer
// (a loopback connection) and may do everything; everyone else is a student, who joins with the
// shared token and a name (the join page below), trains under that name, sees the class's runs,
// and stops and deletes only their own. On one's own computer (no join token) the one user is the
// teacher. Names travel in an HttpOnly cookie set by the join page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiInputError } from '../../contract/guards';
import type { InvokeMessage } from '../../contract/transport';
import { isLoopbackAddress } from './listen-address';
import { SECURITY_HEADERS } from './security-headers';

export const NAME_COOKIE = 'airi_lab_name';
export const JOIN_PATH = '/join';
const MAX_NAME_LENGTH = 40;

export interface Person {
  role: 'teacher' | 'student';
  /** The student's name; empty for the teacher. */
  name: string;
}

/** Decides whether a connection is the teacher's; the default: it comes from this computer. */
export type TeacherTest = (request: IncomingMessage) => boolean;

export const fromThisComputer: TeacherTest = (request) => isLoopbackAddress(request.socket.remoteAddress ?? '');

/** A name fit to show: trimmed, printable, 1 to 40 characters; null when there is none. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = [...raw.normalize('NFC')].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  return name.length > 0 && [...name].length <= MAX_NAME_LENGTH ? name : null;
}

export function nameFromCookie(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === NAME_COOKIE) {
      try {
        return cleanName(decodeURIComponent(value.join('=')));
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function personOf(request: IncomingMessage, classroom: boolean, isTeacher: TeacherTest): Person | null {
  if (!classroom || isTeacher(request)) return { role: 'teacher', name: '' };
  const name = nameFromCookie(request);
  return name ? { role: 'student', name } : null;
}

const JOIN_PAGE = `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Airi Lab</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
input,button{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;margin:.25rem 0}button{cursor:pointer}</style></head>
<body><h1>Airi Lab</h1>
<form method="get" action="${JOIN_PATH}">
<label for="name">Seu nome, para a turma ver quem treinou cada rede / Your name, so the class sees who trained each network</label>
<input id="name" name="name" required maxlength="${MAX_NAME_LENGTH}" autocomplete="name" autofocus>
<button type="submit">Entrar / Join</button>
</form></body></html>`;

/**
 * Serves the join page and takes its answer; returns true when it answered the request. A student
 * without a name is sent here before the app loads.
 */
export function handleJoin(request: IncomingMessage, response: ServerResponse, person: Person | null): boolean {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === JOIN_PATH) {
    const name = cleanName(url.searchParams.get('name'));
    if (name) {
      // Keeps a token cookie set for this same request (a join link that carries ?token= and name=).
      const earlier = response.getHeader('Set-Cookie');
      const cookies = [...(Array.isArray(earlier) ? earlier : typeof earlier === 'string' ? [earlier] : [])];
      cookies.push(`${NAME_COOKIE}=${encodeURIComponent(name)}; Path=/; HttpOnly; SameSite=Strict`);
      response.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Set-Cookie': cookies });
      response.end();
      return true;
    }
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    response.end(JOIN_PAGE);
    return true;
  }
  if (person === null && (url.pathname === '/' || url.pathname === '/index.html')) {
    response.writeHead(303, { ...SECURITY_HEADERS, Location: JOIN_PATH });
    response.end();
    return true;
  }
  return false;
}

/** Calls that change a run: a student may make them on their own runs only. */
const OWN_RUN_CHANNELS: readonly string[] = ['training:stop', 'runs:delete', 'training:continue'];

/** The run a call would stop, delete or continue. */
function targetRun(message: InvokeMessage): string | null {
  if (!OWN_RUN_CHANNELS.includes(message.channel)) return null;
  const runId = (message.request as { runId?: unknown } | null)?.runId;
  return typeof runId === 'string' ? runId : null;
}

/** Refuses what a student may not do; `trainerOf` reads who trained a run (undefined: no such run). */
export async function checkPermission(
  person: Person,
  message: InvokeMessage,
  trainerOf: (runId: string) => Promise<string | null | undefined>,
): Promise<void> {
  if (person.role === 'teacher') return;
  if (message.channel === 'settings:update') throw ApiInputError.of({ code: 'teacher-only', params: {} });
  const runId = targetRun(message);
  if (runId === null) return;
  const trainedBy = await trainerOf(runId);
  if (trainedBy !== undefined && trainedBy !== person.name) {
    throw ApiInputError.of({ code: 'not-your-run', params: { trainedBy: trainedBy ?? '' } });
  }
}
