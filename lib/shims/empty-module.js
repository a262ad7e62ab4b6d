// Stands in for core-js polyfills in the extension bundles: the browsers we target (Chrome 120+,
// Firefox 115+) have every feature twitter-text's ES5 build polyfills. Node (CLI, tests) keeps them.
export {};
