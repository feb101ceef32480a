import type { Cancellation } from '../cancellation';
import type { NameIndex } from '../names/nameIndex';
import type { CableSettings } from '../settings';

/** What every feature function receives besides the tree. */
export interface FeatureContext {
  settings: CableSettings;
  /** The workspace's names; undefined when the host has no workspace. */
  names: NameIndex | undefined;
  uri: string;
  token: Cancellation;
}
