// What the app composes from the calculators: their cards and export tables for abtest blocks.
export { registerAbtestResultCards } from './abtest-registration';
