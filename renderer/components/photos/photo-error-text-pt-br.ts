// The photo and upload errors in Brazilian Portuguese (contract/photo-errors.ts has the English).
import type { PhotoErrorParams } from '../../../contract/photo-errors';

const mb = (n: number) => n.toFixed(n < 10 ? 1 : 0).replace('.', ',');

export const PHOTO_ERRORS_PT_BR: { [C in keyof PhotoErrorParams]: (params: PhotoErrorParams[C]) => string } = {
  'photo-not-image': (p) => `o arquivo ${p.file} não é uma imagem que conseguimos ler (JPEG, PNG, WebP, GIF, AVIF, TIFF): ${p.detail}`,
  'photo-truncated': (p) => `o arquivo ${p.file} está cortado (o arquivo termina antes da imagem); copie-o de novo`,
  'photo-too-large': (p) =>
    `o arquivo ${p.file} tem ${p.width}×${p.height} pixels, mais que os ${p.maxMegapixels} megapixels permitidos aqui; reduza a foto antes`,
  'photo-file-too-big': (p) => `o arquivo ${p.file} tem ${mb(p.megabytes)} MB, mais que os ${p.maxMegabytes} MB que uma foto pode ter`,
  'photo-empty': (p) => `o arquivo ${p.file} está vazio (0 bytes)`,
  'upload-too-big': (p) => `o arquivo ${p.file} tem ${mb(p.megabytes)} MB, mais que os ${p.maxMegabytes} MB que podem ser enviados ao laboratório`,
  'upload-not-found': (p) => `o envio ${p.uploadId} não está no servidor (terminou, falhou ou expirou); envie o arquivo de novo`,
  'upload-incomplete': (p) => `o arquivo ${p.file} chegou incompleto (${p.received} de ${p.expected} bytes); envie-o de novo`,
};
