// The words of continuing a stopped run (issue 8), in both languages (en.ts and pt-br.ts import them
// as `continueRun`).
export const CONTINUE_EN = {
  button: (epoch: number) => `Continue from epoch ${epoch}`,
  starting: 'Continuing…',
  hint: (epoch: number, epochs: number) => `Trains on from the end of epoch ${epoch} of ${epochs}, with the same weights, optimizer and data order, as if it had never stopped.`,
  failed: 'The run could not be continued',
  continuedAt: (epochs: string) => `Continued after a stop from epoch ${epochs}.`,
};

export const CONTINUE_PT_BR: typeof CONTINUE_EN = {
  button: (epoch) => `Continuar da época ${epoch}`,
  starting: 'Continuando…',
  hint: (epoch, epochs) => `Treina a partir do fim da época ${epoch} de ${epochs}, com os mesmos pesos, otimizador e ordem dos dados, como se nunca tivesse parado.`,
  failed: 'Não foi possível continuar o treino',
  continuedAt: (epochs) => `Continuado depois de uma parada, a partir da época ${epochs}.`,
};
