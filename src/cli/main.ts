import { ConfigError } from '../config/index.js';
import { DomainError } from '../domain/errors.js';
import { exportCommand } from './commands/backup.js';
import { importCommand } from './commands/import.js';
import { lintCommand } from './commands/lint.js';
import { demoCommand } from './commands/demo.js';
import { migrateCommand } from './commands/migrate.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { userCommand } from './commands/user.js';
import { UsageError } from './runtime.js';

const commands: Record<string, { run: (args: string[]) => Promise<void>; help: string }> = {
  serve: { run: serveCommand, help: 'serve the web app and API (migrates first; loads the demo forum on a first start in development)' },
  migrate: { run: migrateCommand, help: 'bring the database schema up to date' },
  demo: { run: demoCommand, help: 'load a generated forum shaped like Bilbao 2018  [--seed N] [--scale N]' },
  user: { run: userCommand, help: 'create --email E --name N [--password P] [--role ROLE --edition SLUG] [--admin]' },
  export: { run: exportCommand, help: 'write everything as canonical JSON  --format json [--output FILE]' },
  import: { run: importCommand, help: 'import forum documents  FILE… [--edition SLUG] [--time-zone ZONE] [--dry-run]; or a full export into an empty database  FILE.json' },
  lint: { run: lintCommand, help: 'check the program for contradictions  [--edition SLUG] [--format json] [--lang fr|es|en]' },
  search: { run: searchCommand, help: 'search the public archive  QUERY [--kind K] [--edition SLUG] [--limit N] [--offset N] [--format json]' },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(8)} ${command.help}`);
  return ['usage: convergence COMMAND [options]', '', ...lines, '', 'Configuration: DATABASE_URL, PORT, HOST, PUBLIC_URL, CONVERGENCE_ENV, SMTP_URL, MAIL_FROM, TRUSTED_PROXIES, WORKERS'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== 'help' && name !== '--help' ? `unknown command: ${name}\n\n${usage()}` : usage());
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof DomainError) {
      console.error(`convergence ${name}: ${error.message}`);
      return 2;
    }
    if (error instanceof Error && error.name === 'ZodError') {
      console.error(`convergence ${name}: ${error.message}`);
      return 2;
    }
    console.error(`convergence ${name} failed:`, error);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
if (exitCode !== 0 || process.argv[2] !== 'serve') process.exitCode = exitCode;
