// Which dragged files a drop zone takes: photos by type or extension, models by extension. Browsers
// give an empty type for .onnx and sometimes for .avif, so the extension decides too.
export type DropKind = 'photo' | 'model';

const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp|gif|avif|heic|heif|tiff?)$/i;

export function dropKindOf(file: { name: string; type: string }): DropKind | null {
  if (/\.onnx$/i.test(file.name)) return 'model';
  if (file.type.startsWith('image/') || PHOTO_EXTENSIONS.test(file.name)) return 'photo';
  // Unknown files go to the photo path, which names them in a clear refusal instead of dropping them silently.
  return file.type === '' || file.type === 'application/octet-stream' || file.type.startsWith('text/') ? 'photo' : null;
}

/** Whether a drag carries files at all (text or links dragged inside the page do not open the overlay). */
export function dragHasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}
