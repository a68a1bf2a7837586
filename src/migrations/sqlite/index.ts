import * as migration_20261124_000601_initial from './20261124_000601_initial';

export const migrations = [
  {
    up: migration_20261124_000601_initial.up,
    down: migration_20261124_000601_initial.down,
    name: '20261124_000601_initial'
  },
];
