import { Argument, type Command } from 'commander';
import { SANDBOX_KEYS, SANDBOXES, startSandbox, type SandboxKey } from '../../connectors/sandboxes.ts';
import { CliError } from '../input.ts';

export function registerSandboxCommands(program: Command): void {
  program
    .command('sandbox')
    .description('run one provider sandbox alone (a local simulator of the provider’s real API)')
    .addArgument(new Argument('<provider>', 'the connector key').choices(SANDBOX_KEYS))
    .option('--port <port>', 'port to listen on', '4010')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <seed>', 'seed of the generated data and faults', '1')
    .action(async (provider: SandboxKey, options: { port: string; host: string; seed: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be a port number (0 to 65535)');
      const seed = Number(options.seed);
      if (!Number.isInteger(seed)) throw new CliError('--seed must be a whole number');
      const sandbox = await startSandbox(provider, { host: options.host, port, seed });
      process.stdout.write(`${SANDBOXES[provider].name} sandbox at ${sandbox.baseUrl} (control API: ${sandbox.address}/_control)\n`);
      const stop = () => void sandbox.close().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
}
