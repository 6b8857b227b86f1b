// Dropping files on the page the way a file manager does (dragenter, dragover, drop carrying Files).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';

export interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

/** A file on disk as a dropped file (by default a JPEG under its own name). */
export const asDropped = (path: string, type = 'image/jpeg', name = basename(path)): DroppedFile => ({ name, type, base64: readFileSync(path).toString('base64') });

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
