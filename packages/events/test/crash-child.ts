// A worker process for the crash test: it runs the bus with a slow handler until the test kills it.
import { openDatabase } from '@tradeqn/db';
import { createInProcessBus } from '../src/in-process-bus.ts';
import { fixtureBullmqBus, outbox, recordingSubscriber } from './fixture.ts';

const database = await openDatabase({ url: String(process.env.CHILD_DATABASE_URL) });
const subscribers = [recordingSubscriber({ delayMs: 40 })];
const redisUrl = process.env.CHILD_REDIS_URL;
const bus = redisUrl
  ? fixtureBullmqBus(database.db, redisUrl, String(process.env.CHILD_PREFIX), subscribers, { concurrency: 4 })
  : createInProcessBus({ db: database.db, outboxes: [outbox], subscribers, pollMs: 20, leaseMs: 1000, batchSize: 10 });
bus.start();
process.stdout.write('started\n');
