import type { z } from 'zod';

/** The parts of a zod schema's definition that the code walking schemas reads. */
export interface SchemaDefinition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

/** Zod keeps each schema's kind and parts in its definition, which it does not type for readers outside zod. */
export function definitionOf(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}
