// Naming a model on the command line: exact id or name, else the start of an id or a name; two
// matches are an error that lists both.
import { describe, expect, it } from 'vitest';
import type { ModelSummary } from '../../../../../contract/models/models';
import { findModel } from '../../../../../lab/cli/models/cli-models';

const model = (id: string, name: string) => ({ id, name }) as ModelSummary;
const library = [model('cc028fe6cae7bc11', 'mobilenetv2-12-int8'), model('2403eeb4e1136b72', 'mobilenet-small'), model('aa00000000000000', 'vgg16')];

describe('findModel', () => {
  it('finds by exact name or id, then by a unique start', () => {
    expect(findModel(library, 'VGG16').id).toBe('aa00000000000000');
    expect(findModel(library, 'cc028f').name).toBe('mobilenetv2-12-int8');
    expect(findModel(library, 'mobilenetv2').id).toBe('cc028fe6cae7bc11');
  });

  it('refuses an ambiguous or unknown name', () => {
    expect(() => findModel(library, 'mobilenet')).toThrow(/could be mobilenetv2-12-int8 \(cc028fe6cae7bc11\) or mobilenet-small/);
    expect(() => findModel(library, 'resnet')).toThrow(/no model "resnet"/);
    expect(() => findModel(library, undefined)).toThrow(/name the model/);
  });
});
