// The settings every lane of one CIFAR-10 optimizer race shares (lesson 4), in a file of their own so
// the race and the code that restores a past race can both read them without importing each other.
export interface RaceSettings {
  epochs: number;
  trainImages: number;
  hiddenSize: number;
  batchSize: number;
  seed: number;
}
