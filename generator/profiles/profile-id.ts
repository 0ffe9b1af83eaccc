/**
 * What a profile id may be. Its own module so the config (config.ts) can check the ids it names
 * without loading the overlay machinery (JSONPath) that profile.ts brings.
 */

/** Profile ids are file names (`spec/profiles/<id>.overlay.yaml`) and package-name suffixes. */
export const PROFILE_ID = /^[a-z][a-z0-9-]*$/;
