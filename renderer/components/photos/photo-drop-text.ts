// The photo drop's words in both languages (i18n: en.ts and pt-br.ts import them as `photoDrop`).
export const PHOTO_DROP_EN = {
  hint: (maxMb: number) => `Drop photos anywhere on the window, or choose them. JPEG, PNG, WebP, GIF or AVIF, up to ${maxMb} MB each.`,
  choose: 'Choose photos…',
  overlay: 'Drop the photos to classify them',
  overlayModel: 'Drop the .onnx file to add it to the library',
};

export const PHOTO_DROP_PT_BR: typeof PHOTO_DROP_EN = {
  hint: (maxMb: number) => `Solte fotos em qualquer lugar da janela ou escolha-as. JPEG, PNG, WebP, GIF ou AVIF, até ${maxMb} MB cada.`,
  choose: 'Escolher fotos…',
  overlay: 'Solte as fotos para classificá-las',
  overlayModel: 'Solte o arquivo .onnx para adicioná-lo à biblioteca',
};
