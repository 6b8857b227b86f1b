// Lesson 7's ImageNet VGG16 panel: one dropped photo, classified by ONNX Runtime (the import's ONNX
// copy in the model library), timed on every provider, and explained by airi's Grad-CAM at a chosen
// layer and class. Each call sends the photo again (an upload is used once).
import type { ClassifyResult } from '../../../contract/models/models';
import type { ImportedWeights } from '../../../contract/weights/imported-weights';
import type { GradCamResult, ProviderSpeeds } from '../../../contract/weights/weights-explain';
import { uploadFile } from '../../components/photos/upload-file';
import { errorView, type LabErrorView } from '../../i18n/error-text';
import { api } from '../../state/lab.svelte';

export class ImagenetVggState {
  photo = $state.raw<File | null>(null);
  classified = $state.raw<ClassifyResult | null>(null);
  speeds = $state.raw<ProviderSpeeds | null>(null);
  cam = $state.raw<GradCamResult | null>(null);
  camBusy = $state(false);
  error = $state<LabErrorView | null>(null);

  async take(weights: ImportedWeights, photo: File): Promise<void> {
    this.photo = photo;
    this.classified = null;
    this.speeds = null;
    this.cam = null;
    this.error = null;
    try {
      if (!weights.onnxModelId) throw new Error('the ONNX copy of these weights was removed from the model library');
      this.classified = await api.invoke('models:classify', { modelId: weights.onnxModelId, uploadId: await uploadFile(api, photo, 'photo'), top: 5 });
      // One after the other: timing the providers while airi computes Grad-CAM would time both badly.
      this.speeds = await api.invoke('weights:speeds', { id: weights.id, uploadId: await uploadFile(api, photo, 'photo') });
      await this.explain(weights, {});
    } catch (error) {
      this.error = errorView(error);
    }
  }

  async explain(weights: ImportedWeights, choice: { layer?: number; classIndex?: number }): Promise<void> {
    if (!this.photo) return;
    this.camBusy = true;
    try {
      const layer = choice.layer ?? this.cam?.layer;
      const classIndex = choice.classIndex ?? (choice.layer !== undefined ? this.cam?.classIndex : undefined);
      this.cam = await api.invoke('weights:grad-cam', {
        id: weights.id, uploadId: await uploadFile(api, this.photo, 'photo'),
        ...(layer === undefined ? {} : { layer }), ...(classIndex === undefined ? {} : { classIndex }),
      });
    } catch (error) {
      this.error = errorView(error);
    } finally {
      this.camBusy = false;
    }
  }
}
