import { disclosureJsonSchema } from '../../model/json-schema.js';
import { EXIT, write, type CliIO } from '../io.js';

export const schemaHelp = `yusuan schema
  打印规范模型的 JSON Schema（schema/disclosure.schema.json 由此生成）。`;

export async function schemaCommand(_argv: string[], io: CliIO): Promise<number> {
  await write(io.stdout, `${JSON.stringify(disclosureJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
