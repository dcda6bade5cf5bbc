// The descriptor registry: one entry per calculator id, checked against every id the engine has.
import type { CalculatorId } from '../../../domain/stats';
import type { CalculatorDescriptor, Descriptors } from '../descriptor';
import { multipleTestingDescriptors } from '../multiple-testing/descriptor';
import { sumMetricDescriptors } from '../sum-metrics/descriptor';
import { peekingDescriptors } from '../peeking/descriptor';
import { sequentialDescriptors } from '../sequential/descriptor';
import { planningDescriptors } from './planning';
import { testDescriptors } from './tests';
import { toolDescriptors } from './tools';

export const descriptors = {
  ...testDescriptors,
  ...planningDescriptors,
  ...toolDescriptors,
  ...multipleTestingDescriptors,
  ...sequentialDescriptors,
  ...sumMetricDescriptors,
  ...peekingDescriptors,
} satisfies Descriptors;

/** A descriptor without its id's types, for code that handles any calculator. */
export function descriptorOf(id: CalculatorId): CalculatorDescriptor<CalculatorId> {
  return descriptors[id] as unknown as CalculatorDescriptor<CalculatorId>;
}
