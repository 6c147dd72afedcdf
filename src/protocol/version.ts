/**
 * The protocol's version. Bump it when a message or method changes incompatibly; both ends report it
 * (`version` method), so a renderer built for another engine says so instead of misbehaving.
 */
export const PROTOCOL_VERSION = 1;
