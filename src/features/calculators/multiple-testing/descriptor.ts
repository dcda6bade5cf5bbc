// The multiple-testing screen: a pasted list of p-values, every correction side by side.
import type { DescriptorGroup } from '../descriptor';
import { parseNumberText, type Draft } from '../form-draft';
import { MultipleTestingView } from './MultipleTestingView';
import { parsePValueList } from './p-value-list';
import { PValueEditor } from './PValueEditor';
import { multipleTestingSummary } from './summary';

const text = (draft: Draft, key: string): string => (draft && typeof draft === 'object' && !Array.isArray(draft) && typeof draft[key] === 'string' ? draft[key] : '');

export const multipleTestingDescriptors = {
  'multiple-testing-correction': {
    fields: { editors: { pValues: PValueEditor } },
    form: {
      fromInput(input) {
        const record = (input ?? {}) as { pValues?: unknown; alpha?: unknown };
        const list = Array.isArray(record.pValues) ? record.pValues : [];
        return { pValues: list.map(String).join('\n'), alpha: record.alpha === undefined ? '0.05' : String(record.alpha) };
      },
      toInput(draft) {
        return { pValues: parsePValueList(text(draft, 'pValues')).map((e) => e.value), alpha: parseNumberText(text(draft, 'alpha')) };
      },
    },
    presets: [
      {
        label: 'Ten metrics of one launch',
        input: { pValues: [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324], alpha: 0.05 },
      },
      { label: 'Five variants vs control', input: { pValues: [0.012, 0.031, 0.044, 0.29, 0.61], alpha: 0.05 } },
      { label: '20 metrics, no real effect', input: { pValues: [0.038, 0.11, 0.16, 0.21, 0.27, 0.31, 0.36, 0.42, 0.47, 0.5, 0.55, 0.58, 0.63, 0.69, 0.72, 0.77, 0.81, 0.86, 0.91, 0.97], alpha: 0.05 } },
    ],
    View: MultipleTestingView,
    summary: multipleTestingSummary,
    about: {
      when: 'You tested several metrics, segments or variants and want to know which results survive the extra chances of a false positive. With 20 independent tests at α = 0.05, at least one false positive is more likely than not (64%).',
      assumes: 'Bonferroni and Holm hold for any dependence between the tests; Hochberg, Hommel and Benjamini-Hochberg need independent or positively correlated tests (usual for metrics of one experiment); Benjamini-Yekutieli holds under any dependence, at the cost of power.',
    },
  },
} satisfies DescriptorGroup;
