import type { App } from '@tradeqn/kit';
import { opsPages } from './ops-routes.tsx';
import { peoplePages } from './people-routes.tsx';

/**
 * The admins' part of the province console: accounts (`/quan-tri/tai-khoan`), partner API keys
 * (`/quan-tri/khoa-api`), payments and refunds (`/quan-tri/thanh-toan`) and failed background
 * jobs (`/quan-tri/cong-viec-loi`). A moderator gets the 403 page, anyone else the 404.
 */
export async function consolePeoplePages(app: App): Promise<void> {
  await peoplePages(app);
  await opsPages(app);
}
