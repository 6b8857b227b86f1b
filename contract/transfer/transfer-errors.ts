// Errors of lesson 8's fast mode (lab/transfer), in English for the CLI and the stored run; the
// renderer words them in the learner's language (renderer/lessons/cat-breeds/transfer-error-text-pt-br.ts).
export interface TransferErrorParams {
  'transfer-folder-unreadable': { folder: string; detail: string };
  'transfer-too-few-classes': { folder: string; classes: number };
  'transfer-too-few-photos': { folder: string; className: string; photos: number };
  'transfer-no-features': { model: string };
  'transfer-no-good-photos': { split: string };
  'transfer-head-missing': { runId: string };
  'transfer-backbone-missing': { runId: string; model: string };
}

type Texts = { [C in keyof TransferErrorParams]: (params: TransferErrorParams[C]) => string };

export const ENGLISH_TRANSFER_ERRORS: Texts = {
  'transfer-folder-unreadable': (p) => `the folder ${p.folder} cannot be read: ${p.detail}`,
  'transfer-too-few-classes': (p) => `the folder ${p.folder} needs at least 2 class subfolders with photos; it has ${p.classes}`,
  'transfer-too-few-photos': (p) => `the class ${p.className} in ${p.folder} has ${p.photos} photos; each class needs at least 3 (train, validation, test)`,
  'transfer-no-features': (p) => `no classifier layer was found in ${p.model}, so its features cannot be used for a new head`,
  'transfer-no-good-photos': (p) => `no photo of the ${p.split} split could be read`,
  'transfer-head-missing': (p) => `run ${p.runId} has no trained head (it did not finish, or its files were removed)`,
  'transfer-backbone-missing': (p) => `run ${p.runId} was trained on ${p.model}, which is no longer in the model library: import it again to use or export this run`,
};
