import type { Command } from 'commander';

export function registerVaultCommands(program: Command): void {
  const vault = program.command('vault').description('the credential vault');
  vault
    .command('rotate')
    .description(
      're-wrap every credential’s data key under a new master key, while Ponte runs. Embedded: a new key is made in ' +
        'the data folder (the old one is kept in master-keys.previous). PostgreSQL: set the new PONTE_MASTER_KEY and ' +
        'the old one in PONTE_PREVIOUS_MASTER_KEYS on every process first, then run this.',
    )
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const [{ replaceMasterKeyFile }, { print, withServices }, { startProgress }] = await Promise.all([
        import('../../platform/crypto/master-key.ts'),
        import('../context.ts'),
        import('../progress.ts'),
      ]);
      const result = await withServices(async ({ config, vault: service, keyring }) => {
        if (!config.masterKey) await replaceMasterKeyFile(config.dataDir);
        const progress = startProgress('re-wrapping', { json: options.json });
        try {
          const rewrapped = await service.rewrapAll({ onProgress: ({ done, total }) => progress.step(done, total, `credentials re-wrapped ${done}/${total}`) });
          return { masterKeyId: keyring.currentId, rewrapped };
        } finally {
          progress.stop();
        }
      });
      print(result, options.json);
    });
}
