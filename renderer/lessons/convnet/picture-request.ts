// What lessons 5 and 6 ask the lab for: a picture of a run, by kind, with its numbers; a dropped
// photo travels as the id of its upload.
export type CamMethodName = 'grad-cam' | 'grad-cam++' | 'eigen-cam';
export type CamTargetName = 'logit' | 'probability';

export interface PictureRequestLike {
  kind: string;
  runId: string;
  params: Record<string, number>;
  uploadId?: string;
}
