// The choices a learner makes about a Grad-CAM picture, as lab/ numbers them in a request's params
// (method: its index in CAM_METHODS; target: 0 for the logit, 1 for the probability).
export type CamMethodName = 'grad-cam' | 'grad-cam++' | 'eigen-cam';
export type CamTargetName = 'logit' | 'probability';
