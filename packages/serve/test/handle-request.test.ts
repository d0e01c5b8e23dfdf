import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { createFaultSchedule, ENDPOINTS, handleRequest, NO_FAULTS, type RequestContext, type RowStore } from '@pcaq/serve';
import { get, PATH } from './support.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server around `handleRequest` with a store whose answers fail as `failure` says. */
async function serveFailing(failure: () => never, log: string[]): Promise<string> {
  const store: RowStore = {
    engine: 'js',
    rowCount: 0,
    evaluate: () => Promise.resolve(failure()),
    page: () => Promise.resolve(failure()),
    close: () => Promise.resolve(),
  };
  const schedule = createFaultSchedule(NO_FAULTS);
  const context: RequestContext = { endpoint: ENDPOINTS['license-usage']!, store, maxUrlLength: 4096, schedules: () => schedule, log: (line) => log.push(line) };
  server = createServer((request, response) => void handleRequest(request, response, context));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

it('an unexpected failure is a 500 with the error body and no stack trace; the reason goes to the log; the server keeps answering', async () => {
  const log: string[] = [];
  const url = await serveFailing(() => {
    throw new Error('disk on fire');
  }, log);
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await get(`${url}${PATH}?top=1`, { 'MS-RequestId': `r${attempt}` });
    expect(response.status).toBe(500);
    expect(response.headers.get('ms-requestid')).toBe(`r${attempt}`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ code: 500, description: 'The request could not be answered; the server logged why.', data: [], source: 'pcaq serve' });
    expect(text).not.toMatch(/disk on fire|at .*\.ts/);
  }
  expect(log).toEqual(['pcaq serve: request r0 failed: disk on fire', 'pcaq serve: request r1 failed: disk on fire']);
});
