/// <reference types="node" />
/**
 * The demo backend over real HTTP, for the Vite dev server (`npm start`) and the test runner:
 * `handle` answers everything under `/api/` from the route table and leaves other URLs alone.
 *
 * - `/api/...` is the demo page's backend; `/api/sandbox/<id>/...` gets its own backend, created
 *   on first use and seeded from the id, so parallel tests never see each other's state.
 * - `{base}/_demo/...` are demo-only routes: the inbox, remote-signing approval, fault injection,
 *   clock, reset, provider outages (`POST {base}/_demo/providers/outage` `{ providerId, down }`),
 *   moving a dossier to another status (`POST {base}/_demo/dossiers/status`
 *   `{ code, status, note?, documents? }`), answering a feedback (`POST {base}/_demo/feedback/answer`
 *   `{ reference, status, agency?, text? }`), and the stand-in VNeID, payment and receipt pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DvcError, toDvcError } from '../errors.js';
import { dossierStatusSchema } from '../schemas/dossier.js';
import { feedbackStatusSchema } from '../schemas/feedback.js';
import { procedureSchema, withNamedAgency, type Procedure } from '../schemas/procedure.js';
import { validate } from '../schemas/validate.js';
import { z } from '../schemas/zod.js';
import { createDemoBackend, type DemoBackend, type DemoBackendOptions } from './demo-backend.js';
import { FAULT_KINDS } from './demo/faults.js';
import { messagePage, PAGE_STYLE, paymentPage, providerDownPage, receiptPage, vneidConsentPage } from './demo/pages.js';
import { statusForCode } from './http-status.js';
import { readQuery } from './query-fields.js';
import { BACKEND_CALLS, routes, type Route } from './routes.js';
import type { BackendCall } from './types.js';

export interface DemoServerOptions {
  /** Path prefix of the API; default `/api`. */
  basePath?: string;
  /** Options for every demo backend; each sandbox's seed is its id, the main one's `seed` or the default. */
  backend?: Omit<DemoBackendOptions, 'now' | 'vneidAuthorizeUrl' | 'paymentPageUrl' | 'receiptBaseUrl'>;
  /** Largest request body accepted; default 64 KiB. */
  maxBodyBytes?: number;
  /** Sandboxes kept at once; the least recently used is dropped first. Default 200. */
  maxSandboxes?: number;
  /** How long an injected `timeout` fault holds the response open if the client waits; default 30 s. */
  hangMs?: number;
  /**
   * The procedure database every instance searches (unless `backend.procedures` is given): a JSON
   * array of records, relative to the working directory. Default `data/procedures.json`; `false`
   * for none. Records that do not fit the schema are left out with a warning.
   */
  proceduresFile?: string | false;
}

export interface DemoServer {
  /** Serves the request if its URL is under the base path; `false` leaves it to the next handler. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

interface Instance {
  base: string;
  seed: string | number | undefined;
  /** Added to the real clock: `POST {base}/_demo/clock` moves an instance's time forward. */
  clock: { offset: number };
  backend: DemoBackend;
}

const SANDBOX = /^\/sandbox\/([A-Za-z0-9_-]{1,64})(\/.*)$/;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'; base-uri 'none'; frame-ancestors 'none'`,
};

const faultRequestSchema = z.object({
  /** A method name (`verifyOtp`), `*`, or a route as `METHOD /path` (`POST /registrations/otp/verify`). */
  call: z.optional(z.string()),
  route: z.optional(z.string()),
  kind: z.enum(FAULT_KINDS),
  times: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
const signingDecisionSchema = z.object({ requestId: z.string() });
const clockSchema = z.object({ advanceMs: z.int().check(z.minimum(0)) });
const dossierChangeSchema = z.object({
  code: z.string(),
  status: dossierStatusSchema,
  note: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  documents: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(20))),
});
const vneidFormSchema = z.object({ state: z.string(), code_challenge: z.string(), decision: z.enum(['approve', 'deny']) });
const paymentFormSchema = z.object({
  transactionId: z.string(),
  outcome: z.enum(['succeeded', 'failed', 'cancelled', 'delayed']),
  /** For `delayed`: how long until the provider confirms (tests move the demo clock past it). */
  confirmDelayMs: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
});
const feedbackAnswerSchema = z.object({
  reference: z.string(),
  status: feedbackStatusSchema,
  agency: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  text: z.optional(z.string().check(z.minLength(1), z.maxLength(5000))),
});
const providerOutageSchema = z.object({ providerId: z.string().check(z.minLength(1), z.maxLength(40)), down: z.boolean() });

/** Route templates as patterns, for matching request paths. */
const compiledRoutes = BACKEND_CALLS.map((call) => {
  const route: Route = routes[call];
  const names: string[] = [];
  const pattern = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { call, route, names, pattern: new RegExp(`^${pattern}$`) };
});

function callForFault(request: z.infer<typeof faultRequestSchema>): BackendCall | '*' {
  if (request.call === '*' || (request.call !== undefined && (BACKEND_CALLS as string[]).includes(request.call))) {
    return request.call as BackendCall | '*';
  }
  const byRoute = compiledRoutes.find(({ route }) => request.route === `${route.method} ${route.path}` || request.route === route.path);
  if (byRoute === undefined) throw new DvcError('invalid-input', { fields: [request.call === undefined ? 'route' : 'call'] });
  return byRoute.call;
}

/** The valid records of a JSON array file; none (with a warning) when the file cannot be read. */
function loadProcedures(file: string): Procedure[] {
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (error) {
    console.warn(`[dvc demo server] no procedures: ${file} could not be read (${error instanceof Error ? error.message : String(error)})`);
    return [];
  }
  if (!Array.isArray(records)) {
    console.warn(`[dvc demo server] no procedures: ${file} does not hold a JSON array`);
    return [];
  }
  const valid: Procedure[] = [];
  for (const record of records) {
    const parsed = z.safeParse(procedureSchema, record);
    if (parsed.success) valid.push(withNamedAgency(parsed.data));
  }
  if (valid.length < records.length)
    console.warn(`[dvc demo server] ${records.length - valid.length} invalid procedure record(s) in ${file} left out`);
  return valid;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(JSON.stringify(body));
}

function sendPage(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, PAGE_HEADERS);
  res.end(html);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

export function createDemoServer(options: DemoServerOptions = {}): DemoServer {
  const { basePath = '/api', maxBodyBytes = 64 * 1024, maxSandboxes = 200, hangMs = 30_000 } = options;
  const sandboxes = new Map<string, Instance>();
  const { proceduresFile = 'data/procedures.json' } = options;
  let procedures: readonly Procedure[] | undefined = options.backend?.procedures;
  /** Read once: every instance shares the array, so the search index is built once. */
  const proceduresForInstances = (): readonly Procedure[] =>
    (procedures ??= proceduresFile === false ? [] : loadProcedures(proceduresFile));

  function backendFor(base: string, seed: string | number | undefined, clock: { offset: number }): DemoBackend {
    return createDemoBackend({
      ...options.backend,
      procedures: proceduresForInstances(),
      seed,
      now: () => Date.now() + clock.offset,
      vneidAuthorizeUrl: `${base}/_demo/vneid/authorize`,
      paymentPageUrl: `${base}/_demo/pay`,
      receiptBaseUrl: `${base}/_demo/receipts`,
    });
  }

  function createInstance(base: string, seed: string | number | undefined): Instance {
    const clock = { offset: 0 };
    return { base, seed, clock, backend: backendFor(base, seed, clock) };
  }

  const main = createInstance(basePath, options.backend?.seed);

  function instanceFor(path: string): { instance: Instance; rest: string } {
    const match = SANDBOX.exec(path);
    if (match === null) return { instance: main, rest: path };
    const [, id, rest] = match;
    // Re-inserting on every use keeps the Map in least-recently-used order.
    const instance = sandboxes.get(id) ?? createInstance(`${basePath}/sandbox/${id}`, id);
    sandboxes.delete(id);
    if (sandboxes.size >= maxSandboxes) sandboxes.delete(sandboxes.keys().next().value as string);
    sandboxes.set(id, instance);
    return { instance, rest };
  }

  async function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
    const tooLarge = () => new DvcError('invalid-input', { status: 413, fields: ['(body)'] });
    if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  const readBody = async (req: IncomingMessage): Promise<string> => (await readBytes(req, maxBodyBytes)).toString('utf8');

  /** A binary route's request: the raw body as `content`, the file name from its header. */
  async function readBinary(req: IncomingMessage, route: Route): Promise<{ fileName: string; content: Blob }> {
    const bytes = await readBytes(req, route.maxBodyBytes ?? maxBodyBytes);
    let fileName: string;
    try {
      fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
    } catch {
      throw new DvcError('invalid-input', { fields: ['fileName'] });
    }
    const type = req.headers['content-type'] ?? '';
    return { fileName, content: new Blob([new Uint8Array(bytes)], { type: type === 'application/octet-stream' ? '' : type }) };
  }

  /** The JSON body; an empty body (a bare `POST .../_demo/reset`) reads as `{}`. */
  async function readJson(req: IncomingMessage): Promise<unknown> {
    const text = await readBody(req);
    if (text === '') return {};
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      throw new DvcError('invalid-input', { status: 415, fields: ['(body)'] });
    try {
      return JSON.parse(text);
    } catch {
      throw new DvcError('invalid-input', { fields: ['(body)'] });
    }
  }

  async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
    return Object.fromEntries(new URLSearchParams(await readBody(req)));
  }

  /** An injected timeout: keep the client waiting until it gives up (or `hangMs` passes). */
  function hang(res: ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (!res.writableEnded) sendJson(res, 504, { error: { code: 'timeout' } });
        resolve();
      }, hangMs);
      res.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async function sendError(res: ServerResponse, error: DvcError) {
    if (res.writableEnded || res.destroyed) return;
    if (error.code === 'timeout') return hang(res);
    if (error.code === 'malformed-response') {
      res.writeHead(200, JSON_HEADERS);
      res.end('{"broken": tru');
      return;
    }
    const status = error.status ?? statusForCode(error.code);
    const body = { code: error.code, fields: error.fields, retryAfter: error.retryAfter, attemptsLeft: error.attemptsLeft };
    const headers: Record<string, string> = {};
    if (error.retryAfter !== undefined) headers['retry-after'] = String(Math.ceil(error.retryAfter));
    if (status === 413) headers.connection = 'close';
    sendJson(res, status, { error: body }, headers);
  }

  async function serveApi(instance: Instance, method: string, rest: string, url: URL, req: IncomingMessage, res: ServerResponse) {
    const matching = compiledRoutes.filter(({ pattern }) => pattern.test(rest));
    const found = matching.find(({ route }) => route.method === method);
    if (found === undefined) {
      if (matching.length === 0) throw new DvcError('not-found', { status: 404 });
      res.setHeader('allow', matching.map(({ route }) => route.method).join(', '));
      throw new DvcError('not-found', { status: 405 });
    }
    let input: unknown;
    if (method === 'GET') {
      const values = found.pattern.exec(rest)?.slice(1) ?? [];
      input = {
        ...readQuery(found.route, url.searchParams),
        ...Object.fromEntries(found.names.map((name, i) => [name, decodeURIComponent(values[i])])),
      };
    } else {
      input = found.route.body === 'binary' ? await readBinary(req, found.route) : await readJson(req);
    }
    const request = validate(found.route.request, input);
    // A client that goes away cancels the call, so injected latency stops with it.
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const backend = instance.backend as unknown as Record<BackendCall, (...args: unknown[]) => Promise<unknown>>;
    const signalOnly = { signal: controller.signal };
    const result = await (found.call === 'getCaptcha' ? backend.getCaptcha(signalOnly) : backend[found.call](request, signalOnly));
    sendJson(res, 200, result);
  }

  async function serveDemo(instance: Instance, method: string, route: string, url: URL, req: IncomingMessage, res: ServerResponse) {
    const { backend, base } = instance;
    const key = `${method} ${route}`;
    if (key === 'GET /_demo/inbox') {
      const since = Math.max(0, Number(url.searchParams.get('since') ?? 0) || 0);
      const inbox = backend.inbox;
      return sendJson(res, 200, { messages: inbox.slice(since), next: inbox.length });
    }
    if (method === 'GET' && route.startsWith('/_demo/captcha/')) {
      const answer = backend.captchaAnswer(decodeURIComponent(route.slice('/_demo/captcha/'.length)));
      if (answer === undefined) throw new DvcError('not-found');
      return sendJson(res, 200, { answer });
    }
    if (key === 'GET /_demo/remote-signing') return sendJson(res, 200, { requests: backend.pendingSigningRequests });
    if (key === 'POST /_demo/remote-signing/approve' || key === 'POST /_demo/remote-signing/reject') {
      const { requestId } = validate(signingDecisionSchema, await readJson(req));
      if (route.endsWith('/approve')) backend.approveSigning(requestId);
      else backend.rejectSigning(requestId);
      return sendJson(res, 200, await backend.pollRemoteSigning({ requestId }));
    }
    if (key === 'POST /_demo/faults') {
      const request = validate(faultRequestSchema, await readJson(req));
      const call = callForFault(request);
      backend.injectFault({ call, kind: request.kind, times: request.times });
      return sendJson(res, 200, { call, kind: request.kind, times: request.times ?? 1 });
    }
    if (key === 'POST /_demo/clock') {
      instance.clock.offset += validate(clockSchema, await readJson(req)).advanceMs;
      return sendJson(res, 200, { now: new Date(Date.now() + instance.clock.offset).toISOString() });
    }
    if (key === 'POST /_demo/dossiers/status') {
      const { code, ...change } = validate(dossierChangeSchema, await readJson(req));
      return sendJson(res, 200, backend.advanceDossier(code, change));
    }
    if (key === 'POST /_demo/feedback/answer') {
      return sendJson(res, 200, backend.answerFeedback(validate(feedbackAnswerSchema, await readJson(req))));
    }
    if (key === 'POST /_demo/reset') {
      instance.clock.offset = 0;
      instance.backend = backendFor(base, instance.seed, instance.clock);
      return sendJson(res, 200, { reset: true });
    }
    if (key === 'GET /_demo/vneid/authorize') {
      const state = url.searchParams.get('state') ?? '';
      const codeChallenge = url.searchParams.get('code_challenge') ?? '';
      try {
        const consent = backend.vneidConsent(state);
        return sendPage(res, 200, vneidConsentPage(consent, { action: `${base}/_demo/vneid/authorize`, state, codeChallenge }));
      } catch {
        return sendPage(
          res,
          400,
          messagePage('VNeID', 'Yêu cầu xác thực không hợp lệ hoặc đã hết hạn. Vui lòng quay lại trang đăng nhập và thử lại.'),
        );
      }
    }
    if (key === 'POST /_demo/vneid/authorize') {
      const form = validate(vneidFormSchema, await readForm(req));
      try {
        return redirect(
          res,
          backend.vneidDecide({ state: form.state, codeChallenge: form.code_challenge, approve: form.decision === 'approve' }),
        );
      } catch {
        return sendPage(
          res,
          400,
          messagePage('VNeID', 'Yêu cầu xác thực không hợp lệ hoặc đã hết hạn. Vui lòng quay lại trang đăng nhập và thử lại.'),
        );
      }
    }
    if (key === 'GET /_demo/pay') {
      let payment;
      try {
        payment = backend.openPaymentPage(url.searchParams.get('transactionId') ?? '');
      } catch {
        return sendPage(res, 404, messagePage('Cổng thanh toán', 'Không tìm thấy giao dịch.'));
      }
      const open = payment.status === 'initialised' || payment.status === 'pending';
      // A provider down while the citizen was on the way: it refuses the payment, and the citizen goes back.
      if (open && payment.paymentUrl && backend.providerDown(payment.providerId)) {
        return sendPage(res, 503, providerDownPage(backend.settlePayment(payment.transactionId, 'failed')));
      }
      return sendPage(res, 200, paymentPage(payment, `${base}/_demo/pay`));
    }
    if (key === 'POST /_demo/providers/outage') {
      const { providerId, down } = validate(providerOutageSchema, await readJson(req));
      backend.setProviderOutage(providerId, down);
      return sendJson(res, 200, { providerId, down: backend.providerDown(providerId) });
    }
    if (key === 'POST /_demo/pay') {
      const form = validate(paymentFormSchema, await readForm(req));
      try {
        const delay = form.confirmDelayMs === undefined ? undefined : Number(form.confirmDelayMs);
        return redirect(res, backend.settlePayment(form.transactionId, form.outcome, delay));
      } catch {
        return sendPage(res, 409, messagePage('Cổng thanh toán', 'Giao dịch đã kết thúc hoặc không tồn tại.'));
      }
    }
    if (method === 'GET' && route.startsWith('/_demo/receipts/')) {
      const found = backend.receipt(decodeURIComponent(route.slice('/_demo/receipts/'.length)));
      if (found === undefined) return sendPage(res, 404, messagePage('Biên lai điện tử', 'Không tìm thấy biên lai.'));
      return sendPage(res, 200, receiptPage(found.receipt, found.dossierCode));
    }
    throw new DvcError('not-found', { status: 404 });
  }

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(`${basePath}/`)) return false;
      const method = (req.method ?? 'GET').toUpperCase();
      try {
        const { instance, rest } = instanceFor(url.pathname.slice(basePath.length));
        if (rest.startsWith('/_demo/')) await serveDemo(instance, method, rest, url, req, res);
        else await serveApi(instance, method, rest, url, req, res);
      } catch (error) {
        // Failures are part of the demo; only a bug (not a DvcError) is worth a log line, and it
        // never includes the request, which may hold a password.
        if (!(error instanceof DvcError)) console.error('[dvc demo server]', error instanceof Error ? error.stack : String(error));
        await sendError(res, toDvcError(error));
      }
      return true;
    },
  };
}
