// One classified photo's class activation maps (models:explain): the layer, method and classes are
// the learner's; each change asks the lab again (the photo is sent again: uploads are used once).
// The top two classes are shown first; clicking a class adds its map. The crop the network saw comes
// back as a PNG and is decoded here to RGB bytes for the overlay.
import type { CamLayer, CamLayers, ExplainMethod, ExplainResult } from '../../contract/models/explain';
import { uploadFile } from '../components/photos/upload-file';
import { errorView, type LabErrorView } from '../i18n/error-text';
import { api } from '../state/lab.svelte';

const MAX_CLASSES = 6;
// A plain cache, not state: nothing is drawn from it directly.
const layerLists: Record<string, Promise<CamLayers>> = {};

function camLayers(modelId: string): Promise<CamLayers> {
  let list = layerLists[modelId];
  if (!list) {
    list = api.invoke('models:cam-layers', { modelId });
    list.catch(() => delete layerLists[modelId]);
    layerLists[modelId] = list;
  }
  return list;
}

async function pngToRgb(base64: string): Promise<{ rgb: Uint8Array; width: number; height: number }> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2-D canvas');
  context.drawImage(bitmap, 0, 0);
  const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const rgb = new Uint8Array(bitmap.width * bitmap.height * 3);
  for (let p = 0; p < bitmap.width * bitmap.height; p++) rgb.set([rgba[p * 4], rgba[p * 4 + 1], rgba[p * 4 + 2]], p * 3);
  return { rgb, width: bitmap.width, height: bitmap.height };
}

export class CamExplorer {
  layers = $state.raw<CamLayer[]>([]);
  layer = $state<string | null>(null);
  method = $state<ExplainMethod>('grad-cam');
  /** The classes explained; null until the first answer names the top two. */
  classes = $state.raw<number[] | null>(null);
  result = $state.raw<ExplainResult | null>(null);
  image = $state.raw<{ rgb: Uint8Array; width: number; height: number } | null>(null);
  busy = $state(false);
  error = $state.raw<LabErrorView | null>(null);
  private asked = 0;

  constructor(
    readonly modelId: string,
    private readonly file: File,
  ) {}

  async open(): Promise<void> {
    try {
      const list = await camLayers(this.modelId);
      this.layers = list.layers;
      this.layer ??= list.defaultLayer;
      await this.compute();
    } catch (error) {
      this.error = errorView(error);
    }
  }

  setLayer(layer: string): void {
    this.layer = layer;
    void this.compute();
  }

  setMethod(method: ExplainMethod): void {
    this.method = method;
    void this.compute();
  }

  addClass(classIndex: number): void {
    const shown = this.classes ?? [];
    if (shown.includes(classIndex)) return;
    this.classes = [...shown, classIndex].slice(-MAX_CLASSES);
    void this.compute();
  }

  removeClass(classIndex: number): void {
    const shown = (this.classes ?? []).filter((k) => k !== classIndex);
    if (shown.length === 0) return;
    this.classes = shown;
    void this.compute();
  }

  /** Asks for the maps; an answer overtaken by a newer question is dropped. */
  async compute(): Promise<void> {
    const ask = ++this.asked;
    this.busy = true;
    this.error = null;
    try {
      const uploadId = await uploadFile(api, this.file, 'photo');
      const result = await api.invoke('models:explain', {
        modelId: this.modelId,
        uploadId,
        method: this.method,
        ...(this.layer ? { layers: [this.layer] } : {}),
        ...(this.classes ? { classIndices: this.classes } : {}),
      });
      if (ask !== this.asked) return;
      this.image = await pngToRgb(result.pngBase64);
      this.classes ??= result.maps.map((m) => m.classIndex);
      this.result = result;
    } catch (error) {
      if (ask === this.asked) this.error = errorView(error);
    } finally {
      if (ask === this.asked) this.busy = false;
    }
  }
}
