import { createEvent } from 'ics';
import type { TrainingEventDto } from './training-schemas.ts';

/** The event as a calendar entry (`.ics`, RFC 5545), in UTC, which every calendar program reads. */
export function calendarFile(event: TrainingEventDto, pageUrl: string): string {
  const created = createEvent({
    uid: `${event.id}@sangiaodich.quangngai`,
    productId: 'san-tmdt-quang-ngai/dao-tao',
    title: event.title,
    description: event.description,
    start: new Date(event.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: new Date(event.endsAt).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(event.place ? { location: event.place } : event.onlineUrl ? { location: event.onlineUrl } : {}),
    url: pageUrl,
    status: 'CONFIRMED',
  });
  if (created.error || !created.value) throw created.error ?? new Error('no calendar entry');
  return created.value;
}
