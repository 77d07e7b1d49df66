import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { formatDateTimeVn } from '@tradeqn/vn';
import { ProgrammeEvents } from '../contract/events.ts';
import { calendarFile } from './calendar-file.ts';
import { certificateBuffer } from './certificate-pdf.ts';
import type { CheckInPasses } from './check-in-pass.ts';
import type { TrainingService } from './training-service.ts';

/** The confirmation of a registration, with the event as a calendar file; sent once in effect (Message-ID from the event). */
export function registrationEmailSubscriber(deps: {
  training: TrainingService;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  passes: CheckInPasses;
}): Subscriber {
  return defineSubscriber({
    name: 'programme.send-registration-email',
    events: [ProgrammeEvents.registrationCreated],
    inbox: deps.inbox,
    async run(event) {
      const registration = await deps.training.registration(event.payload.registrationId);
      if (!registration) return;
      const training = await deps.training.get(event.payload.eventId);
      const page = new URL(`/dao-tao/${training.id}`, deps.publicUrl).toString();
      const where = [training.place, training.onlineUrl].filter(Boolean).join(' · ');
      const { html, text } = renderEmail({
        greeting: `Xin chào ${registration.fullName},`,
        paragraphs: [
          `Bạn đã đăng ký tham dự “${training.title}”.`,
          `Thời gian: ${formatDateTimeVn(training.startsAt)} đến ${formatDateTimeVn(training.endsAt)}.`,
          `Địa điểm: ${where}.`,
          'Tệp lịch (.ics) đính kèm thư này mở được bằng Google Calendar, Outlook hay lịch của điện thoại.',
          'Khi đến, xin xuất trình mã QR điểm danh đính kèm (ma-diem-danh.png) trên điện thoại hoặc bản in để ban tổ chức ghi nhận bạn có mặt.',
        ],
        action: { label: 'Xem chi tiết', url: page },
      });
      await deps.mailer.send({
        to: registration.email,
        subject: `Xác nhận đăng ký: ${training.title} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId: `registration.${event.id}`,
        attachments: [
          {
            filename: 'su-kien.ics',
            content: calendarFile(training, page),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
          {
            filename: 'ma-diem-danh.png',
            content: await deps.passes.png(deps.passes.url(training.id, registration.id)),
            contentType: 'image/png',
          },
        ],
      });
    },
  });
}

/** The certificate of attendance, mailed as a PDF once staff record that the person came. */
export function certificateEmailSubscriber(deps: {
  training: TrainingService;
  mailer: Mailer;
  inbox: InboxTable;
  issuer: string;
}): Subscriber {
  return defineSubscriber({
    name: 'programme.send-certificate-email',
    events: [ProgrammeEvents.attendanceRecorded],
    inbox: deps.inbox,
    async run(event) {
      const registration = await deps.training.registration(event.payload.registrationId);
      // taken back since: nothing to certify
      if (!registration?.attendedAt) return;
      const training = await deps.training.get(event.payload.eventId);
      const { html, text } = renderEmail({
        greeting: `Xin chào ${registration.fullName},`,
        paragraphs: [`Cảm ơn bạn đã tham dự “${training.title}”.`, 'Giấy chứng nhận tham dự được đính kèm thư này (tệp PDF).'],
      });
      await deps.mailer.send({
        to: registration.email,
        subject: `Giấy chứng nhận tham dự: ${training.title} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId: `certificate.${event.id}`,
        attachments: [
          {
            filename: 'giay-chung-nhan.pdf',
            content: await certificateBuffer({ registration, event: training, issuer: deps.issuer }),
            contentType: 'application/pdf',
          },
        ],
      });
    },
  });
}
