// A folder of photos with one subfolder per class (the layout torchvision's ImageFolder reads, and the
// one the notebook's 15 cat breeds and Oxford-IIIT Pet come in): classes in alphabetical order, every
// photo under each class folder, found by its extension. Names are read as raw bytes, so a Latin-1
// name from an old Windows archive ("Gato Siamês.jpg") is still found and opened; it is shown with
// the bytes UTF-8 cannot read replaced.
import { readdirSync, statSync } from 'node:fs';
import { sep } from 'node:path';

const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif', '.tif', '.tiff', '.bmp']);
/** Class folders nested deeper than this are not walked (a link loop or a whole disk stops here). */
const MAX_DEPTH = 4;

export interface FolderPhoto {
  /** The path to open: raw bytes, valid whatever the name's encoding. */
  path: Buffer;
  /** The name to show: relative to the root, undecodable bytes replaced. */
  name: string;
  label: number;
}

export interface ScannedFolder {
  classes: string[];
  photos: FolderPhoto[];
  /** Files that are not photos (by extension) and were left out, by name. */
  skipped: string[];
}

const shown = (name: Buffer) => new TextDecoder('utf-8').decode(name);
const SEPARATOR = Buffer.from(sep);
const child = (dir: Buffer, name: Buffer) => Buffer.concat([dir, SEPARATOR, name]);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function walk(dir: Buffer, shownDir: string, depth: number, label: number, into: ScannedFolder): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
    const name = shown(entry.name);
    if (name.startsWith('.')) continue;
    const path = child(dir, entry.name);
    const showAs = `${shownDir}/${name}`;
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) walk(path, showAs, depth + 1, label, into);
    } else if (entry.isFile() && PHOTO_EXTENSIONS.has(extensionOf(name))) {
      into.photos.push({ path, name: showAs, label });
    } else {
      into.skipped.push(showAs);
    }
  }
}

/** Classes and photos under `root`; throws a plain message when it is not a folder of class folders. */
export function scanPhotoFolder(root: string): ScannedFolder {
  if (!statSync(root).isDirectory()) throw new Error('it is not a folder');
  const rootBytes = Buffer.from(root);
  const classFolders = readdirSync(rootBytes, { withFileTypes: true, encoding: 'buffer' })
    .filter((entry) => entry.isDirectory() && !shown(entry.name).startsWith('.'))
    .sort((a, b) => Buffer.compare(a.name, b.name));
  const folder: ScannedFolder = { classes: classFolders.map((e) => shown(e.name)), photos: [], skipped: [] };
  classFolders.forEach((entry, label) => walk(child(rootBytes, entry.name), folder.classes[label], 1, label, folder));
  return folder;
}
