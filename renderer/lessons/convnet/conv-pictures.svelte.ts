// The state of lessons 5 and 6's pictures for one run: which image is being looked at (a test image
// or a dropped photo), which class and method Grad-CAM explains, which cell of the confusion matrix
// is open, and the pictures the lab computed for them. Each picture loads on its own, so a slow one
// never holds the others; a request overtaken by a newer one is dropped when it arrives.
import type { CamMethodName, CamTargetName, PictureRequestLike } from './picture-request';
import type { PictureData } from './picture-data';
import { errorText } from '../../i18n/error-text';

export type ImageSource = { kind: 'test'; index: number } | { kind: 'photo'; uploadId: string; name: string; url: string };

/** One picture: the last answer, whether a newer one is on its way, and the last failure. */
export class PictureSlot {
  picture = $state.raw<PictureData | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  private ticket = 0;

  async load(fetch: () => Promise<PictureData>): Promise<void> {
    const ticket = ++this.ticket;
    this.loading = true;
    this.error = null;
    try {
      const picture = await fetch();
      if (ticket === this.ticket) this.picture = picture;
    } catch (error) {
      if (ticket === this.ticket) this.error = errorText(error);
    } finally {
      if (ticket === this.ticket) this.loading = false;
    }
  }

  clear(): void {
    this.ticket++;
    this.picture = null;
    this.loading = false;
    this.error = null;
  }
}

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

  readonly filters = new PictureSlot();
  readonly featureMaps = new PictureSlot();
  readonly cam = new PictureSlot();
  readonly camCompare = [new PictureSlot(), new PictureSlot(), new PictureSlot()];
  readonly confusion = new PictureSlot();
  readonly gallery = new PictureSlot();
  readonly film = new PictureSlot();

  constructor(private readonly request: (request: PictureRequestLike) => Promise<PictureData>) {}

  /** Opens a run: everything it has is fetched again. */
  open(runId: string | null, testCount: number): void {
    if (runId === this.runId) return;
    this.runId = runId;
    this.testCount = Math.max(1, testCount);
    if (this.source.kind === 'test' && this.source.index >= this.testCount) this.source = { kind: 'test', index: 0 };
    this.cell = null;
    for (const slot of [this.filters, this.featureMaps, this.cam, ...this.camCompare, this.confusion, this.gallery, this.film]) slot.clear();
    if (!runId) return;
    void this.filters.load(() => this.ask('filters'));
    void this.confusion.load(() => this.ask('confusion'));
    void this.film.load(() => this.ask('cam-film'));
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
    void this.featureMaps.load(() => this.ask('feature-maps', { ...this.imageParams(), layer: ordinal }));
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
      void this.camCompare[m].load(() => this.ask('grad-cam', this.camParams(method)));
    });
  }

  openCell(actual: number, predicted: number, offset = 0): void {
    this.cell = { actual, predicted };
    void this.gallery.load(() => this.ask('cell-gallery', { actual, predicted, offset }));
  }

  private refreshImage(): void {
    if (!this.runId) return;
    void this.featureMaps.load(() => this.ask('feature-maps', { ...this.imageParams(), layer: this.featureLayer }));
    this.loadCam();
    for (const slot of this.camCompare) slot.clear();
  }

  private loadCam(): void {
    void this.cam.load(() => this.ask('grad-cam', this.camParams(this.camMethod)));
  }

  private camParams(method: CamMethodName): Record<string, number> {
    const methodIndex = ['grad-cam', 'grad-cam++', 'eigen-cam'].indexOf(method);
    return { ...this.imageParams(), classIndex: this.camClass, method: methodIndex, target: this.camTarget === 'probability' ? 1 : 0 };
  }

  private imageParams(): Record<string, number> {
    return this.source.kind === 'test' ? { imageIndex: this.source.index } : {};
  }

  private ask(kind: string, params: Record<string, number> = {}): Promise<PictureData> {
    const runId = this.runId;
    if (!runId) return Promise.reject(new Error('no run is open'));
    const photo = this.source.kind === 'photo' && (kind === 'feature-maps' || kind === 'grad-cam') ? { uploadId: this.source.uploadId } : {};
    return this.request({ kind, runId, params, ...photo });
  }
}
