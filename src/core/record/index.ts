/** The decision record: schema, versions with a hash chain, pitfall checks. */
export * from './sections';
export * from './record';
export * from './history';
export * from './pitfalls';
export { canonicalJson } from './canonicalJson';
export { sha256Hex, utf8Bytes } from './sha256';
