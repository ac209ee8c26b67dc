import { expect } from '@open-wc/testing';
import { BACKEND_CALLS, buildOpenApi, routes } from '../../../src/core/backend/index.js';
import { schemaRegistry } from '../../../src/core/schemas/index.js';

type Json = Record<string, unknown>;

describe('OpenAPI document', () => {
  const document = buildOpenApi({ version: '1.2.3' });

  it('is OpenAPI 3.1 with info and servers', () => {
    expect(document.openapi).to.equal('3.1.0');
    expect(document.info.version).to.equal('1.2.3');
    expect(document.servers).to.deep.equal([{ url: '/api', description: 'The demo server of `npm start`' }]);
  });

  it('has every route of the table, once, by its method and call name', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [operation.operationId, `${method.toUpperCase()} ${path}`]),
    );
    expect(operations.map(([call]) => call).sort()).to.deep.equal([...BACKEND_CALLS].sort());
    for (const [call, route] of operations)
      expect(route).to.equal(`${routes[call as keyof typeof routes].method} ${routes[call as keyof typeof routes].path}`);
    expect(BACKEND_CALLS).to.have.length(27);
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).to.be.greaterThan(40);
    for (const ref of refs) {
      const id = /#\/components\/schemas\/([^"]+)/.exec(ref)?.[1] as string;
      expect(document.components.schemas, ref).to.have.property(id);
    }
  });

  it('describes bodies, path parameters, responses and error codes', () => {
    const verify = document.paths['/registrations/otp/verify'].post as Json;
    expect(verify.requestBody).to.deep.equal({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/VerifyOtpRequest' } } },
    });
    const responses = verify.responses as Record<string, Json>;
    expect(Object.keys(responses).sort()).to.deep.equal(['200', '400', '404', '409', '410', '422', '423', '429', '500']);
    expect(responses['422'].description).to.equal('error.code: otp-wrong');
    const lookup = document.paths['/dossiers/{code}'].get as Json;
    expect(lookup.parameters).to.deep.equal([
      { name: 'code', in: 'path', required: true, schema: { description: 'Dossier code (mã hồ sơ).', type: 'string' } },
    ]);
    expect(lookup.requestBody).to.equal(undefined);
    const payment = document.components.schemas.CreatePaymentRequest as { required: string[] };
    expect(payment.required).to.deep.equal(['dossierCode', 'providerId', 'idempotencyKey', 'returnUrl']);
    const phone = (document.components.schemas.PhoneRegistration as { properties: Record<string, Json> }).properties.phone;
    expect(phone).to.deep.include({ type: 'string', pattern: '^0\\d{9}$' });
    expect((document.components.schemas.DossierStatus as Json).enum).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('puts a search in the query string: text and numbers plainly, filters as JSON', () => {
    const search = document.paths['/procedures'].get as Json;
    expect(search.requestBody).to.equal(undefined);
    expect(search.parameters).to.deep.equal([
      { name: 'query', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } },
      {
        name: 'filters',
        in: 'query',
        required: false,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ProcedureFilters' } } },
      },
      { name: 'province', in: 'query', required: false, schema: { type: 'string', pattern: '^\\d{2,3}$' } },
      { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100000 } },
      { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } },
    ]);
    expect((search.responses as Record<string, Json>)['200']).to.deep.equal({
      description: 'Success',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ProcedureSearchResult' } } },
    });
    const lookup = document.paths['/procedures/{code}'].get as Json;
    expect((lookup.parameters as Json[]).map((parameter) => [parameter.name, parameter.in])).to.deep.equal([['code', 'path']]);
    expect(Object.keys(lookup.responses as Json)).to.include('404');
  });

  it('keeps secrets out of paths: no password, code or captcha parameter', () => {
    const parameters = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).flatMap((operation) =>
        ((operation.parameters ?? []) as { name: string }[]).map((parameter) => parameter.name),
      ),
    );
    expect(parameters.sort()).to.deep.equal([
      'accountId',
      'code',
      'code',
      'filters',
      'page',
      'pageSize',
      'province',
      'query',
      'reference',
      'requestId',
      'transactionId',
      'transactionId',
      'x-file-name',
    ]);
    // The calls whose request holds a password, a one-time code or a captcha answer are POSTs.
    const expand = (id: string, seen = new Set<string>()): string => {
      seen.add(id);
      const text = JSON.stringify(document.components.schemas[id]);
      const referenced = [...text.matchAll(/#\/components\/schemas\/(\w+)/g)].map((match) => match[1]).filter((ref) => !seen.has(ref));
      return text + referenced.map((ref) => expand(ref, seen)).join('');
    };
    // A binary upload's request is the file itself, not a component.
    const carriers = BACKEND_CALLS.filter((call) => {
      const id = schemaRegistry.get(routes[call].request)?.id;
      if (id === undefined) return false;
      const schema = expand(id);
      return /"(password|captchaAnswer)"/.test(schema) || call === 'verifyOtp';
    });
    expect(carriers).to.deep.equal(['startRegistration', 'verifyOtp', 'setPassword', 'submitFeedback', 'submitSupportRequest']);
    for (const call of carriers) expect(routes[call].method).to.equal('POST');
  });
});
