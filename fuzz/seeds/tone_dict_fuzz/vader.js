export const lexicon = {
  good: 1.9,
  'it\'s': 1,
  "fed up": -1.8
};
