// The state of lessons 5 and 6's pictures for one run: which image is being looked at (a test image
// or a dropped photo), which class and method Grad-CAM explains, which cell of the confusion matrix
// is open, and the pictures insights:compute made for them. Each picture loads on its own
// (PictureState), so a slow one never holds the others and a stale answer never replaces a newer one.
import type { PictureKind, PictureRequest } from '../../../contract/insights';
import { PictureState } from '../cifar/picture-state.svelte';
import type { CamMethodName, CamTargetName } from './picture-request';

export type ImageSource = { kind: 'test'; index: number } | { kind: 'photo'; uploadId: string; name: string; url: string };

/** Notebook 5's truck, the image it looked inside; used when the run's test split has it. */
const NOTEBOOK_IMAGE = 609;

export class ConvPictures {
  runId = $state<string | null>(null);
  /** Test images of the run's dataset (10,000 for the full CIFAR-10, fewer for a slice). */
  testCount = $state(10_000);
  source = $state.raw<ImageSource>({ kind: 'test', index: NOTEBOOK_IMAGE });
  featureLayer = $state(0);
  camClass = $state(-1);
  camMethod = $state<CamMethodName>('grad-cam');
  camTarget = $state<CamTargetName>('logit');
  cell = $state.raw<{ actual: number; predicted: number } | null>(null);

  readonly filters = new PictureState();
  readonly featureMaps = new PictureState();
  readonly cam = new PictureState();
  readonly camCompare = [new PictureState(), new PictureState(), new PictureState()];
  readonly confusion = new PictureState();
  readonly gallery = new PictureState();
  readonly film = new PictureState();

  /** Opens a run: everything it has is fetched again. */
  open(runId: string | null, testCount: number): void {
    if (runId === this.runId) return;
    this.runId = runId;
    this.testCount = Math.max(1, testCount);
    if (this.source.kind === 'test' && this.source.index >= this.testCount) this.source = { kind: 'test', index: 0 };
    this.cell = null;
    for (const slot of [this.filters, this.featureMaps, this.cam, ...this.camCompare, this.confusion, this.gallery, this.film]) slot.clear();
    if (!runId) return;
    void this.filters.load(this.ask('filters'));
    void this.confusion.load(this.ask('confusion'));
    void this.film.load(this.ask('cam-film'));
    this.refreshImage();
  }

  chooseTestImage(index: number): void {
    this.source = { kind: 'test', index: Math.max(0, Math.min(this.testCount - 1, Math.floor(index))) };
    this.camClass = -1;
    this.refreshImage();
  }

  choosePhoto(uploadId: string, name: string, url: string): void {
    if (this.source.kind === 'photo') URL.revokeObjectURL(this.source.url);
    this.source = { kind: 'photo', uploadId, name, url };
    this.camClass = -1;
    this.refreshImage();
  }

  chooseLayer(ordinal: number): void {
    this.featureLayer = ordinal;
    void this.featureMaps.load(this.ask('feature-maps', { ...this.imageParams(), layer: ordinal }));
  }

  chooseCam(classIndex: number, method: CamMethodName, target: CamTargetName): void {
    this.camClass = classIndex;
    this.camMethod = method;
    this.camTarget = target;
    this.loadCam();
  }

  /** Grad-CAM, Grad-CAM++ and Eigen-CAM side by side for the current image and class. */
  compareMethods(): void {
    const methods: CamMethodName[] = ['grad-cam', 'grad-cam++', 'eigen-cam'];
    methods.forEach((method, m) => {
      void this.camCompare[m].load(this.ask('grad-cam', this.camParams(method)));
    });
  }

  openCell(actual: number, predicted: number, offset = 0): void {
    this.cell = { actual, predicted };
    void this.gallery.load(this.ask('cell-gallery', { actual, predicted, offset }));
  }

  private refreshImage(): void {
    if (!this.runId) return;
    void this.featureMaps.load(this.ask('feature-maps', { ...this.imageParams(), layer: this.featureLayer }));
    this.loadCam();
    for (const slot of this.camCompare) slot.clear();
  }

  private loadCam(): void {
    void this.cam.load(this.ask('grad-cam', this.camParams(this.camMethod)));
  }

  private camParams(method: CamMethodName): Record<string, number> {
    const methodIndex = ['grad-cam', 'grad-cam++', 'eigen-cam'].indexOf(method);
    return { ...this.imageParams(), classIndex: this.camClass, method: methodIndex, target: this.camTarget === 'probability' ? 1 : 0 };
  }

  private imageParams(): Record<string, number> {
    return this.source.kind === 'test' ? { imageIndex: this.source.index } : {};
  }

  /** The request for a picture of the open run (callers check that one is open). */
  private ask(kind: PictureKind, params: Record<string, number> = {}): PictureRequest {
    const photo = this.source.kind === 'photo' && (kind === 'feature-maps' || kind === 'grad-cam') ? { uploadId: this.source.uploadId } : {};
    return { kind, runId: this.runId ?? undefined, params, ...photo };
  }
}
