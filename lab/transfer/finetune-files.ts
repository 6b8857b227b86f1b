// A fully fine-tuned lesson-8 run's files in its run folder (written by the fine-tuning worker).
/** The whole network by torchvision's names, the new classifier.1 included. */
export const FINETUNED_WEIGHTS = 'model.safetensors';
/** The same network exported to ONNX (input "input", logits "output"): classify, Grad-CAM and "Export ONNX" use it. */
export const FINETUNED_ONNX = 'classifier.onnx';
