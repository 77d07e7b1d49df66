import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const EVENT_KINDS = ['training', 'workshop', 'fair'] as const;
export const AUDIENCES = ['officials', 'enterprises', 'students'] as const;

const dateTime = () => Type.String({ format: 'date-time' });
const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const TrainingEventSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: StringEnum(EVENT_KINDS, { description: 'training: khoá đào tạo · workshop: hội thảo · fair: hội chợ' }),
    title: Type.String(),
    description: Type.String(),
    audience: StringEnum(AUDIENCES, { description: 'officials: cán bộ · enterprises: doanh nghiệp · students: sinh viên' }),
    startsAt: dateTime(),
    endsAt: dateTime(),
    place: Nullable(Type.String()),
    onlineUrl: Nullable(Type.String()),
    capacity: Type.Integer(),
    registeredCount: Type.Integer(),
    seatsLeft: Type.Integer(),
    isOpen: Type.Boolean({ description: 'còn nhận đăng ký: chưa bắt đầu và còn chỗ' }),
  },
  { $id: 'TrainingEvent' },
);
export type TrainingEventDto = Static<typeof TrainingEventSchema>;

export const NewTrainingEventBody = Type.Object(
  {
    kind: StringEnum(EVENT_KINDS),
    title: text(200),
    description: text(5000),
    audience: StringEnum(AUDIENCES),
    startsAt: dateTime(),
    endsAt: dateTime(),
    place: Type.Optional(Type.String({ maxLength: 300 })),
    onlineUrl: Type.Optional(Type.String({ maxLength: 500, format: 'uri', pattern: '^https?://', description: 'http(s) only' })),
    capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
  },
  { additionalProperties: false },
);
export type NewTrainingEventInput = Static<typeof NewTrainingEventBody>;

export const RegisterBody = Type.Object(
  {
    fullName: text(120),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    organisation: Type.Optional(Type.String({ maxLength: 200, description: 'cơ quan, doanh nghiệp hoặc trường' })),
  },
  { additionalProperties: false },
);
export type RegisterInput = Static<typeof RegisterBody>;

export const RegistrationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    eventId: Type.String({ format: 'uuid' }),
    fullName: Type.String(),
    email: Type.String(),
    phone: Nullable(Type.String()),
    organisation: Nullable(Type.String()),
    attendedAt: Nullable(dateTime()),
    createdAt: dateTime(),
  },
  { $id: 'Registration' },
);
export type RegistrationDto = Static<typeof RegistrationSchema>;
