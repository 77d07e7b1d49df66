import { Nullable, PageOf, PageQuery, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.ts';

const uuid = () => Type.String({ format: 'uuid' });
const instant = () => Type.String({ format: 'date-time' });

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'withheld'] as const;

export const IdParams = Type.Object({ id: uuid() });

const EventTypes = Type.Array(StringEnum(WEBHOOK_EVENT_TYPES), {
  minItems: 1,
  maxItems: WEBHOOK_EVENT_TYPES.length,
  uniqueItems: true,
  description:
    '`product.published`, `product.unpublished` (scope `catalog:read`); `enterprise.approved`, `enterprise.suspended` (`enterprises:read`); `order.created`, `order.updated` of orders the partner placed (`orders:write`)',
});
const Url = Type.String({
  minLength: 8,
  maxLength: 2000,
  description: 'https; never a private, loopback or link-local address (checked again before every delivery)',
  examples: ['https://doitac.example.vn/webhooks/tradeqn'],
});
const Description = Type.String({ maxLength: 200 });

export const EndpointBody = Type.Object(
  { url: Url, eventTypes: EventTypes, description: Type.Optional(Description) },
  { additionalProperties: false },
);
export const StaffEndpointBody = Type.Object(
  { partnerId: uuid(), url: Url, eventTypes: EventTypes, description: Type.Optional(Description) },
  { additionalProperties: false },
);
export const EndpointPatch = Type.Object(
  {
    url: Type.Optional(Url),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Description),
    enabled: Type.Optional(Type.Boolean({ description: 'false turns the endpoint off; true on again' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Endpoint = Type.Object({
  id: uuid(),
  partnerId: uuid(),
  url: Type.String(),
  description: Nullable(Type.String()),
  eventTypes: Type.Array(StringEnum(WEBHOOK_EVENT_TYPES)),
  status: StringEnum(['enabled', 'disabled'] as const),
  disabledReason: Nullable(Type.String({ description: '`failing` (by itself), `staff` or `partner`' })),
  disabledAt: Nullable(instant()),
  consecutiveFailures: Type.Integer(),
  failingSince: Nullable(instant()),
  createdAt: instant(),
});
export const CreatedEndpoint = Type.Intersect([
  Endpoint,
  Type.Object({
    secret: Type.String({ description: 'The signing secret (`whsec_…`), shown in this answer only: keep it' }),
  }),
]);

export const Delivery = Type.Object({
  id: uuid(),
  endpointId: uuid(),
  partnerId: uuid(),
  eventId: Type.String({
    format: 'uuid',
    description: 'The webhook’s id (`webhook-id` header, `id` in the body); the same on every retry',
  }),
  eventType: Type.String(),
  status: StringEnum(DELIVERY_STATUSES),
  attempts: Type.Integer(),
  replays: Type.Integer(),
  nextAttemptAt: Nullable(instant()),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  deliveredAt: Nullable(instant()),
  createdAt: instant(),
});
export const DeliveryDetail = Type.Intersect([
  Delivery,
  Type.Object({
    body: Type.String({ description: 'The JSON body as sent: `{id, type, createdAt, data}`' }),
    attemptLog: Type.Array(
      Type.Object({
        attempt: Type.Integer(),
        trigger: StringEnum(['schedule', 'replay'] as const),
        startedAt: instant(),
        durationMs: Type.Integer(),
        statusCode: Nullable(Type.Integer()),
        error: Nullable(Type.String()),
        responseExcerpt: Nullable(Type.String()),
      }),
    ),
  }),
]);

export const DeliveryPage = PageOf(Delivery);
export const DeliveryQuery = Type.Object({
  ...PageQuery,
  endpointId: Type.Optional(uuid()),
  status: Type.Optional(StringEnum(DELIVERY_STATUSES)),
});
export const StaffDeliveryQuery = Type.Object({ ...DeliveryQuery.properties, partnerId: Type.Optional(uuid()) });
export const StaffEndpointQuery = Type.Object({ partnerId: Type.Optional(uuid()) });
