import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A signed-in session of the CLI, kept in the user's config folder (ANTQ_CONFIG_DIR overrides). */
export interface Session {
  baseUrl: string;
  username: string;
  token: string;
  expiresAt: string;
}

const dir = () => process.env.ANTQ_CONFIG_DIR ?? join(homedir(), '.config', 'antq');

export async function saveSession(session: Session): Promise<void> {
  await mkdir(dir(), { recursive: true, mode: 0o700 });
  await writeFile(join(dir(), 'session.json'), JSON.stringify(session, null, 2), { mode: 0o600 });
}

export async function loadSession(): Promise<Session> {
  const text = await readFile(join(dir(), 'session.json'), 'utf8').catch(() => undefined);
  if (!text) throw new Error('Chưa đăng nhập. Chạy: antq sign-in --url <địa chỉ> --user <tên đăng nhập>');
  const session = JSON.parse(text) as Session;
  if (new Date(session.expiresAt).getTime() < Date.now()) throw new Error('Phiên đăng nhập đã hết hạn. Chạy lại: antq sign-in');
  return session;
}
