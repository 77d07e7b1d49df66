import { type Static, type TObject, type TProperties, Type } from 'typebox';
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import type { DomainEvent } from './event.ts';

/**
 * An event as its service's contract defines it: the name and the schema of the payload. Writing
 * it (OutboxWriter.write, outboxEntry) and handling it (defineSubscriber) are typed from here, so
 * a field renamed on one side only breaks the build.
 */
export interface EventDefinition<Name extends string = string, Schema extends TObject = TObject> {
  readonly name: Name;
  readonly schema: Schema;
  /** Throws an EventPayloadError naming the event and each failing path unless the payload fits. */
  check(payload: unknown): void;
}

/** What a handler of this event receives as its payload. */
export type PayloadOf<Definition extends EventDefinition> = Static<Definition['schema']>;

/** The event as a handler receives it; over a union of definitions, a union narrowed by `type`. */
export type EventOf<Definition extends EventDefinition> =
  Definition extends EventDefinition<infer Name, infer Schema> ? DomainEvent<Static<Schema>, Name> : never;

export class EventPayloadError extends Error {
  constructor(
    readonly eventName: string,
    readonly problems: string[],
  ) {
    super(`${eventName}: the payload does not fit its schema: ${problems.join('; ')}`);
    this.name = 'EventPayloadError';
  }
}

/**
 * Defines an event `<service>.<entity>.<past-tense>` with its payload's properties. The payload is
 * a closed object: a field the schema does not name (a token, a whole row) is refused, not stored.
 * The check is compiled on first use, once per event.
 */
export function defineEvent<const Name extends string, Properties extends TProperties>(
  name: Name,
  properties: Properties,
): EventDefinition<Name, TObject<Properties>> {
  const schema = Type.Object(properties, { additionalProperties: false });
  let validator: ReturnType<typeof Compile<TObject<Properties>>> | undefined;
  return {
    name,
    schema,
    check(payload) {
      validator ??= Compile(schema);
      if (validator.Check(payload)) return;
      throw new EventPayloadError(name, validator.Errors(payload).flatMap(describe));
    },
  };
}

function describe(error: TLocalizedValidationError): string[] {
  const path = error.instancePath || '/';
  // an unnamed field is reported twice: as `false` for its path, and by name on its object
  if (error.keyword === 'boolean') return [];
  if (error.keyword === 'additionalProperties') {
    return [`${path} must not have ${error.params.additionalProperties.join(', ')}`];
  }
  return [`${path} ${error.message}`];
}
