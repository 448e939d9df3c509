// Writes the JSON Schema of a programme document next to the build, from the zod schema itself.
import { writeFileSync } from 'node:fs'
import { toJSONSchema } from 'zod/mini'
import { ProgrammeDocumentSchema } from '../dist/index.js'

const schema = toJSONSchema(ProgrammeDocumentSchema, { io: 'input', unrepresentable: 'any' })
schema.$id = 'https://unpkg.com/@kth-vs/core/dist/schema.json'
writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
