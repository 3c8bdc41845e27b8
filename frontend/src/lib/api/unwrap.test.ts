import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';
import { nullIfNotFound, unwrap, unwrapEmpty, unwrapResponse } from './unwrap';

const problemHeaders = { 'Content-Type': 'application/problem+json' };

describe('unwrap', () => {
  it('gives the data of a 2xx answer', async () => {
    const response = new Response('{}', { status: 200 });
    await expect(unwrap(Promise.resolve({ data: { id: 'a' }, response }))).resolves.toEqual({ id: 'a' });
  });

  it('throws an ApiError with the problem details of a non-2xx answer', async () => {
    const problem = {
      title: 'Ongeldig verzoek',
      status: 400,
      errors: [{ field: 'name', code: 'required', message: 'is verplicht' }],
    };
    const response = new Response(null, { status: 400, headers: problemHeaders });
    const error: unknown = await unwrap(Promise.resolve({ error: problem, response })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.errors).toEqual(problem.errors);
  });

  it('throws when a 2xx answer lacks its documented body', async () => {
    const response = new Response(null, { status: 200 });
    await expect(unwrap(Promise.resolve({ response }))).rejects.toBeInstanceOf(ApiError);
  });

  it('keeps the response for callers that read its status', async () => {
    const response = new Response('{}', { status: 201 });
    const { data, response: kept } = await unwrapResponse(Promise.resolve({ data: 1, response }));
    expect(data).toBe(1);
    expect(kept.status).toBe(201);
  });
});

describe('unwrapEmpty', () => {
  it('resolves on 204 and throws on an error status', async () => {
    await expect(unwrapEmpty(Promise.resolve({ response: new Response(null, { status: 204 }) }))).resolves.toBe(
      undefined,
    );
    const conflict = new Response(null, { status: 409, headers: problemHeaders });
    await expect(unwrapEmpty(Promise.resolve({ error: { title: 'Conflict' }, response: conflict }))).rejects.toThrow(
      'Conflict',
    );
  });
});

describe('nullIfNotFound', () => {
  it('turns a 404 into null and lets every other error through', async () => {
    await expect(nullIfNotFound(Promise.reject(new ApiError(404, undefined)))).resolves.toBeNull();
    await expect(nullIfNotFound(Promise.reject(new ApiError(500, undefined)))).rejects.toBeInstanceOf(ApiError);
    await expect(nullIfNotFound(Promise.resolve('mine'))).resolves.toBe('mine');
  });
});
