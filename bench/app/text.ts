// Seeded prose for the benchmark journal: sentences about ML courses, churn models, A/B tests and
// interview prep, assembled from templates so the vocabulary is varied but every run is identical.

/** mulberry32: a tiny seeded generator; the same seed gives the same journal on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export const topics = [
  'gradient boosting', 'feature stores', 'regularization', 'cross-validation', 'probability calibration', 'data leakage',
  'embeddings', 'hyperparameter tuning', 'class imbalance', 'survival analysis', 'model monitoring', 'concept drift',
  'batch inference', 'online serving', 'SHAP values', 'partial dependence', 'feature crosses', 'early stopping',
  'learning rate schedules', 'dropout', 'transformers', 'attention', 'tokenization', 'vector search', 'BigQuery ML',
  'Vertex AI pipelines', 'SageMaker endpoints', 'training/serving skew', 'label noise', 'time-based splits',
  'target encoding', 'isotonic regression', 'uplift modeling', 'causal forests', 'bandits', 'Thompson sampling',
];
export const metrics = ['AUC', 'log loss', 'precision at the top decile', 'recall', 'lift', 'retention', 'Brier score', 'F1', 'calibration error', 'revenue per visitor', 'conversion rate', 'churn rate'];
export const models = ['logistic regression', 'XGBoost', 'LightGBM', 'a random forest', 'a survival model', 'a two-tower model', 'a small neural net', 'CatBoost', 'a Cox model', 'a baseline heuristic'];
export const tests = ['two-proportion z-test', 'Welch t-test', 'sequential test', 'CUPED adjustment', 'bootstrap interval', 'chi-square test for SRM', 'Bayesian A/B comparison', 'power analysis', 'minimum detectable effect'];
export const courses = ['Machine Learning Specialization', 'Google Cloud ML Engineer path', 'AWS ML Engineer Associate', 'Fast.ai Practical Deep Learning', 'Trustworthy Online Experiments reading group', 'MLOps Zoomcamp', 'Stanford CS229 lectures', 'Causal Inference for the Brave and True'];
export const people = ['Ana', 'Bilal', 'Chen', 'Dara', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ines', 'Jonas', 'Keiko', 'Lars', 'Maya', 'Nikhil', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq'];
export const features = ['support tickets in the last 30 days', 'months since the last plan change', 'payment method', 'login frequency', 'seats used', 'days since the last invoice', 'NPS answer', 'feature adoption score', 'contract length', 'discount history'];
export const questions = ['design an experiment for a new onboarding flow', 'explain a p-value to a product manager', 'handle a sample ratio mismatch', 'pick a metric for a recommendation carousel', 'size a test with a 2% baseline', 'explain the bias-variance trade-off', 'debug a model that got worse in production', 'choose between precision and recall for fraud', 'explain peeking and why it inflates errors', 'estimate the value of a churn model'];
export const tagPool = ['churn-model', 'ab-testing', 'certification', 'interview-prep', 'mlops', 'statistics', 'deep-learning', 'feature-engineering', 'career', 'reading', 'sql', 'python', 'causal-inference', 'experiments', 'cloud-ml', 'portfolio', 'kaggle', 'mock-interview', 'learning-in-public', 'retrospective'];

const templates: Record<'course' | 'project' | 'interview' | 'inspiration' | 'filler', readonly string[]> = {
  course: [
    'I finished module {n} of the {course}, which covered {topic} and ended with a quiz on {topic2}.',
    'The lecture on {topic} finally made sense once I drew the picture for {topic2} by hand.',
    'I scored {n} out of 10 on the quiz; the questions I missed were all about {topic}.',
    'The lab asked us to compare {model} with {model2} and report {metric} on a held-out month.',
    'My notes on {topic} are now a page of flashcards, and the hardest card is about {topic2}.',
    'I spent about {n} hours on the course this week, mostly rewatching the part about {topic}.',
    'The instructor warned that {topic} is where most production models quietly fail.',
  ],
  project: [
    'The churn model with {model} reached a {metric} of 0.{nn} on the held-out customers.',
    'I added {feature} as a feature and {metric} moved by {n} points, which is less than I hoped.',
    'Rebuilding the pipeline around {topic} removed a whole class of bugs from the notebook.',
    'The baseline still beats {model} on {metric}, so I wrote down why before trying anything else.',
    'I ran a {test} on the retention email and the interval for the lift was wider than the lift itself.',
    'The experiment reached {nnnn} visitors per arm, and the {test} said we could not tell the arms apart.',
    'I wrote a small report on {feature} versus churn and shared it with the team.',
    'Monitoring showed {topic} in the weekly scores, so I scheduled a retraining job.',
  ],
  interview: [
    'In the mock interview I was asked to {question}, and I took too long on the set-up.',
    'I practised how to {question} out loud, slowly, until it fitted into two minutes.',
    'The interviewer pushed on {topic}; next time I will start from the {metric} and work back.',
    'A good answer about the {test} starts with the decision it informs, not the formula.',
    'I wrote a one-page cheat sheet on {test} and {topic} for the next round.',
    'The take-home asked for a churn model, and I spent most of the time on {topic}.',
  ],
  inspiration: [
    '{person} wrote a thread on {topic} that explained it better than the course did.',
    '{person} showed me how they present a {test} result to people who hate statistics.',
    'A talk by {person} on {topic} changed how I think about {metric}.',
    '{person} reviewed my churn notebook and asked the one question I could not answer.',
  ],
  filler: [
    'That is the part I want to remember next week.',
    'It took longer than planned, and that is fine.',
    'I keep coming back to the idea that {topic} is mostly about asking the right question.',
    'Writing it down is what turns a busy week into a week of learning.',
  ],
};

function fill(r: Random, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'n':
        return String(int(r, 2, 9));
      case 'nn':
        return String(int(r, 61, 93));
      case 'nnnn':
        return String(int(r, 2, 60) * 1000);
      case 'topic':
      case 'topic2':
        return pick(r, topics);
      case 'course':
        return pick(r, courses);
      case 'model':
      case 'model2':
        return pick(r, models);
      case 'metric':
        return pick(r, metrics);
      case 'test':
        return pick(r, tests);
      case 'feature':
        return pick(r, features);
      case 'question':
        return pick(r, questions);
      case 'person':
        return pick(r, people);
      default:
        return slot;
    }
  });
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Paragraphs of about `words` words on a section's subject, now and then with an inline #tag. */
export function prose(r: Random, kind: keyof typeof templates, words: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    const length = int(r, 3, 6);
    for (let i = 0; i < length && total < words; i++) {
      const sentence = fill(r, pick(r, r() < 0.85 ? templates[kind] : templates.filler));
      total += countWords(sentence);
      sentences.push(sentence);
    }
    if (r() < 0.08) sentences.push(`#${pick(r, tagPool)}`);
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

export function bullets(r: Random, kind: keyof typeof templates, count: number): string {
  return Array.from({ length: count }, () => `- ${fill(r, pick(r, templates[kind]))}`).join('\n');
}

/** 100 search queries: common words, phrases, word prefixes, a few typos (fuzzy) and rare names. */
export function searchQueries(seed: number): string[] {
  const r = rng(seed);
  const single = ['churn', 'calibration', 'bootstrap', 'retention', 'XGBoost', 'interview', 'pipeline', 'leakage', 'embeddings', 'monitoring', 'quiz', 'flashcards', 'notebook', 'variance', 'Thompson'];
  const phrases = ['churn model', 'sequential test', 'feature stores', 'sample ratio mismatch', 'logistic regression', 'mock interview', 'held-out month', 'training serving skew', 'p-value product manager', 'survival analysis'];
  const prefixes = ['regulariz', 'hyperpar', 'calib', 'boost', 'reten', 'interv', 'experim', 'monit', 'emb', 'transf'];
  const typos = ['calibartion', 'retnetion', 'pipleine', 'embedings', 'regularisation', 'bootsrap'];
  const rare = ['Quentin', 'Keiko', 'isotonic', 'CatBoost', 'Zoomcamp', 'causal forests'];
  const queries: string[] = [];
  const pools = [single, phrases, prefixes, typos, rare, [...tagPool]];
  const weights = [0.3, 0.25, 0.15, 0.1, 0.1, 0.1];
  while (queries.length < 100) {
    let x = r();
    let i = 0;
    while (x > weights[i]! && i < weights.length - 1) x -= weights[i++]!;
    queries.push(pick(r, pools[i]!));
  }
  return queries;
}
