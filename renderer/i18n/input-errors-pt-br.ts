// The refusals of contract/input-errors.ts in Brazilian Portuguese, for the UI's dictionary.
import type { InputErrorParams } from '../../contract/input-errors';

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const INPUT_ERRORS_PT_BR: Texts<InputErrorParams> = {
  'hyperparameters-not-object': () => 'os hiperparâmetros precisam vir como um objeto',
  'hyperparameter-missing': (p) => `falta o hiperparâmetro ${p.key}`,
  'hyperparameter-unknown': (p) => `${p.key} não é um hiperparâmetro desta aula`,
  'hyperparameter-not-number': (p) => `${p.key} precisa ser um número`,
  'hyperparameter-not-whole': (p) => `${p.key} precisa ser um número inteiro`,
  'hyperparameter-out-of-range': (p) => `${p.key} precisa estar entre ${p.min} e ${p.max}`,
  'hyperparameter-not-choice': (p) => `${p.key} precisa ser uma destas opções: ${p.options}`,
  'lesson-takes-no-data': (p) => `a aula ${p.lessonId} não usa conjunto de dados`,
  'data-path-invalid': () => 'os dados precisam ser o caminho de um arquivo ou pasta do CIFAR-10',
  'trainer-busy': (p) => `${p.running === 1 ? 'já há 1 treino rodando' : `já há ${p.running} treinos rodando`} neste computador e a fila de espera está cheia; espere um terminar ou pare um deles`,
  'classroom-no-data-path': () => 'no modo sala de aula, o conjunto de dados é escolhido no computador do professor; comece sem indicar um caminho',
  'classroom-teacher-only': () => 'no modo sala de aula, a biblioteca de modelos é cuidada no computador do professor; os alunos classificam com os modelos dela',
};
