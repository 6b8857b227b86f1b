// Dropping files on the page the way a file manager does (dragenter, dragover, drop carrying Files),
// and the shared cat photos the e2e tests drop.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHARED_CATS } from './onnx-fixtures';

export interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

/** A file on disk as a dropped file (by default a JPEG under its own name). */
export const asDropped = (path: string, type = 'image/jpeg', name = basename(path)): DroppedFile => ({ name, type, base64: readFileSync(path).toString('base64') });

/** The first photo (by name) of one breed of the shared cats. */
export const catPhoto = (breed: string): string =>
  join(SHARED_CATS, breed, readdirSync(join(SHARED_CATS, breed)).filter((f) => f.endsWith('.jpg')).sort()[0]);

export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
}

/** One JPEG from disk dropped on the page. */
export const dropPhoto = (page: Page, path: string): Promise<void> => dropFiles(page, [asDropped(path)]);
