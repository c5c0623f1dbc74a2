import { checkCommand, checkHelp } from './commands/check.js';
import { exportCommand, exportHelp } from './commands/export.js';
import { importCommand, importHelp } from './commands/import.js';
import { parseCommand, parseHelp } from './commands/parse.js';
import { renderCommand, renderHelp } from './commands/render.js';
import { rereadCommand, rereadHelp } from './commands/reread.js';
import { rulesCommand, rulesHelp } from './commands/rules.js';
import { schemaCommand, schemaHelp } from './commands/schema.js';
import { serveCommand, serveHelp } from './commands/serve.js';
import { templateCommand, templateHelp } from './commands/template.js';
import { EXIT, write, type CliIO } from './io.js';

// yusuan CLI: a table of commands; each command is a function of (argv, io) → exit code.

type Command = { run: (argv: string[], io: CliIO) => Promise<number>; help: string };

const COMMANDS: Record<string, Command> = {
  parse: { run: parseCommand, help: parseHelp },
  export: { run: exportCommand, help: exportHelp },
  check: { run: checkCommand, help: checkHelp },
  rules: { run: rulesCommand, help: rulesHelp },
  import: { run: importCommand, help: importHelp },
  reread: { run: rereadCommand, help: rereadHelp },
  serve: { run: serveCommand, help: serveHelp },
  schema: { run: schemaCommand, help: schemaHelp },
  render: { run: renderCommand, help: renderHelp },
  template: { run: templateCommand, help: templateHelp },
};

export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

function usage(): string {
  return `yusuan — 部门预算公开与绩效目标：读取、检查、生成、查询\n\n${Object.values(COMMANDS).map((c) => c.help).join('\n\n')}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    await write(io.stdout, usage());
    return name ? EXIT.ok : EXIT.unreadable;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    await write(io.stderr, `yusuan: 未知命令 “${name}” (unknown command)\n\n${usage()}`);
    return EXIT.unreadable;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    // Expected failures are results; an exception here is a bug — say so plainly.
    const err = e as Error & { code?: string };
    if (err.code === 'EPIPE') return EXIT.ok; // the reader went away (`| head`): not an error
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      await write(io.stderr, `yusuan ${name}: ${err.message}\n\n${cmd.help}\n`);
      return EXIT.unreadable;
    }
    await write(io.stderr, `yusuan ${name}: 内部错误 (bug): ${err.stack ?? String(e)}\n`);
    return 3;
  }
}
