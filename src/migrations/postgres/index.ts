import * as migration_20261124_000606_initial from './20261124_000606_initial';

export const migrations = [
  {
    up: migration_20261124_000606_initial.up,
    down: migration_20261124_000606_initial.down,
    name: '20261124_000606_initial'
  },
];
